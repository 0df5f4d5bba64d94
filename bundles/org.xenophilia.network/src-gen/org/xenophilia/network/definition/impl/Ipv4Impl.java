/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.xenophilia.network.definition.Dhcp4;
import org.xenophilia.network.definition.Ipv4;
import org.xenophilia.network.definition.NetworkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ipv4</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.impl.Ipv4Impl#getDhcp <em>Dhcp</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.Ipv4Impl#getDnsServers <em>Dns Servers</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.Ipv4Impl#getGateway <em>Gateway</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.Ipv4Impl#getSubnet <em>Subnet</em>}</li>
 * </ul>
 *
 * @generated
 */
public class Ipv4Impl extends EObjectImpl implements Ipv4 {
	/**
	 * The cached value of the '{@link #getDhcp() <em>Dhcp</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhcp()
	 * @generated
	 * @ordered
	 */
	protected Dhcp4 dhcp;

	/**
	 * The cached value of the '{@link #getDnsServers() <em>Dns Servers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDnsServers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> dnsServers;

	/**
	 * The default value of the '{@link #getGateway() <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected static final String GATEWAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGateway() <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected String gateway = GATEWAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubnet() <em>Subnet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnet()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBNET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubnet() <em>Subnet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnet()
	 * @generated
	 * @ordered
	 */
	protected String subnet = SUBNET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected Ipv4Impl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.IPV4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dhcp4 getDhcp() {
		return dhcp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDhcp(Dhcp4 newDhcp, NotificationChain msgs) {
		Dhcp4 oldDhcp = dhcp;
		dhcp = newDhcp;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkPackage.IPV4__DHCP, oldDhcp, newDhcp);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDhcp(Dhcp4 newDhcp) {
		if (newDhcp != dhcp) {
			NotificationChain msgs = null;
			if (dhcp != null)
				msgs = ((InternalEObject)dhcp).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkPackage.IPV4__DHCP, null, msgs);
			if (newDhcp != null)
				msgs = ((InternalEObject)newDhcp).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkPackage.IPV4__DHCP, null, msgs);
			msgs = basicSetDhcp(newDhcp, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.IPV4__DHCP, newDhcp, newDhcp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDnsServers() {
		if (dnsServers == null) {
			dnsServers = new EDataTypeEList<String>(String.class, this, NetworkPackage.IPV4__DNS_SERVERS);
		}
		return dnsServers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGateway() {
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGateway(String newGateway) {
		String oldGateway = gateway;
		gateway = newGateway;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.IPV4__GATEWAY, oldGateway, gateway));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubnet() {
		return subnet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubnet(String newSubnet) {
		String oldSubnet = subnet;
		subnet = newSubnet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.IPV4__SUBNET, oldSubnet, subnet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetworkPackage.IPV4__DHCP:
				return basicSetDhcp(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetworkPackage.IPV4__DHCP:
				return getDhcp();
			case NetworkPackage.IPV4__DNS_SERVERS:
				return getDnsServers();
			case NetworkPackage.IPV4__GATEWAY:
				return getGateway();
			case NetworkPackage.IPV4__SUBNET:
				return getSubnet();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NetworkPackage.IPV4__DHCP:
				setDhcp((Dhcp4)newValue);
				return;
			case NetworkPackage.IPV4__DNS_SERVERS:
				getDnsServers().clear();
				getDnsServers().addAll((Collection<? extends String>)newValue);
				return;
			case NetworkPackage.IPV4__GATEWAY:
				setGateway((String)newValue);
				return;
			case NetworkPackage.IPV4__SUBNET:
				setSubnet((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NetworkPackage.IPV4__DHCP:
				setDhcp((Dhcp4)null);
				return;
			case NetworkPackage.IPV4__DNS_SERVERS:
				getDnsServers().clear();
				return;
			case NetworkPackage.IPV4__GATEWAY:
				setGateway(GATEWAY_EDEFAULT);
				return;
			case NetworkPackage.IPV4__SUBNET:
				setSubnet(SUBNET_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NetworkPackage.IPV4__DHCP:
				return dhcp != null;
			case NetworkPackage.IPV4__DNS_SERVERS:
				return dnsServers != null && !dnsServers.isEmpty();
			case NetworkPackage.IPV4__GATEWAY:
				return GATEWAY_EDEFAULT == null ? gateway != null : !GATEWAY_EDEFAULT.equals(gateway);
			case NetworkPackage.IPV4__SUBNET:
				return SUBNET_EDEFAULT == null ? subnet != null : !SUBNET_EDEFAULT.equals(subnet);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (dnsServers: ");
		result.append(dnsServers);
		result.append(", gateway: ");
		result.append(gateway);
		result.append(", subnet: ");
		result.append(subnet);
		result.append(')');
		return result.toString();
	}

} //Ipv4Impl
