/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.xenophilia.network.definition.Dhcp6;
import org.xenophilia.network.definition.Ipv6;
import org.xenophilia.network.definition.Ipv6Addressing;
import org.xenophilia.network.definition.NetworkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ipv6</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.impl.Ipv6Impl#getDhcp <em>Dhcp</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.Ipv6Impl#getAddressing <em>Addressing</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.Ipv6Impl#getGateway <em>Gateway</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.Ipv6Impl#getPrefix <em>Prefix</em>}</li>
 * </ul>
 *
 * @generated
 */
public class Ipv6Impl extends EObjectImpl implements Ipv6 {
	/**
	 * The cached value of the '{@link #getDhcp() <em>Dhcp</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhcp()
	 * @generated
	 * @ordered
	 */
	protected Dhcp6 dhcp;

	/**
	 * The default value of the '{@link #getAddressing() <em>Addressing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressing()
	 * @generated
	 * @ordered
	 */
	protected static final Ipv6Addressing ADDRESSING_EDEFAULT = Ipv6Addressing.STATIC;

	/**
	 * The cached value of the '{@link #getAddressing() <em>Addressing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressing()
	 * @generated
	 * @ordered
	 */
	protected Ipv6Addressing addressing = ADDRESSING_EDEFAULT;

	/**
	 * This is true if the Addressing attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean addressingESet;

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
	 * The default value of the '{@link #getPrefix() <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefix()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrefix() <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefix()
	 * @generated
	 * @ordered
	 */
	protected String prefix = PREFIX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected Ipv6Impl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.IPV6;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dhcp6 getDhcp() {
		return dhcp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDhcp(Dhcp6 newDhcp, NotificationChain msgs) {
		Dhcp6 oldDhcp = dhcp;
		dhcp = newDhcp;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkPackage.IPV6__DHCP, oldDhcp, newDhcp);
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
	public void setDhcp(Dhcp6 newDhcp) {
		if (newDhcp != dhcp) {
			NotificationChain msgs = null;
			if (dhcp != null)
				msgs = ((InternalEObject)dhcp).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkPackage.IPV6__DHCP, null, msgs);
			if (newDhcp != null)
				msgs = ((InternalEObject)newDhcp).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkPackage.IPV6__DHCP, null, msgs);
			msgs = basicSetDhcp(newDhcp, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.IPV6__DHCP, newDhcp, newDhcp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ipv6Addressing getAddressing() {
		return addressing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressing(Ipv6Addressing newAddressing) {
		Ipv6Addressing oldAddressing = addressing;
		addressing = newAddressing == null ? ADDRESSING_EDEFAULT : newAddressing;
		boolean oldAddressingESet = addressingESet;
		addressingESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.IPV6__ADDRESSING, oldAddressing, addressing, !oldAddressingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAddressing() {
		Ipv6Addressing oldAddressing = addressing;
		boolean oldAddressingESet = addressingESet;
		addressing = ADDRESSING_EDEFAULT;
		addressingESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NetworkPackage.IPV6__ADDRESSING, oldAddressing, ADDRESSING_EDEFAULT, oldAddressingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAddressing() {
		return addressingESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.IPV6__GATEWAY, oldGateway, gateway));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrefix() {
		return prefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrefix(String newPrefix) {
		String oldPrefix = prefix;
		prefix = newPrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.IPV6__PREFIX, oldPrefix, prefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetworkPackage.IPV6__DHCP:
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
			case NetworkPackage.IPV6__DHCP:
				return getDhcp();
			case NetworkPackage.IPV6__ADDRESSING:
				return getAddressing();
			case NetworkPackage.IPV6__GATEWAY:
				return getGateway();
			case NetworkPackage.IPV6__PREFIX:
				return getPrefix();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NetworkPackage.IPV6__DHCP:
				setDhcp((Dhcp6)newValue);
				return;
			case NetworkPackage.IPV6__ADDRESSING:
				setAddressing((Ipv6Addressing)newValue);
				return;
			case NetworkPackage.IPV6__GATEWAY:
				setGateway((String)newValue);
				return;
			case NetworkPackage.IPV6__PREFIX:
				setPrefix((String)newValue);
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
			case NetworkPackage.IPV6__DHCP:
				setDhcp((Dhcp6)null);
				return;
			case NetworkPackage.IPV6__ADDRESSING:
				unsetAddressing();
				return;
			case NetworkPackage.IPV6__GATEWAY:
				setGateway(GATEWAY_EDEFAULT);
				return;
			case NetworkPackage.IPV6__PREFIX:
				setPrefix(PREFIX_EDEFAULT);
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
			case NetworkPackage.IPV6__DHCP:
				return dhcp != null;
			case NetworkPackage.IPV6__ADDRESSING:
				return isSetAddressing();
			case NetworkPackage.IPV6__GATEWAY:
				return GATEWAY_EDEFAULT == null ? gateway != null : !GATEWAY_EDEFAULT.equals(gateway);
			case NetworkPackage.IPV6__PREFIX:
				return PREFIX_EDEFAULT == null ? prefix != null : !PREFIX_EDEFAULT.equals(prefix);
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
		result.append(" (addressing: ");
		if (addressingESet) result.append(addressing); else result.append("<unset>");
		result.append(", gateway: ");
		result.append(gateway);
		result.append(", prefix: ");
		result.append(prefix);
		result.append(')');
		return result.toString();
	}

} //Ipv6Impl
