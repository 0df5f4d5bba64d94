/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.xenophilia.network.definition.Forward;
import org.xenophilia.network.definition.ForwardProtocol;
import org.xenophilia.network.definition.NetworkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Forward</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.impl.ForwardImpl#getGuestAddress <em>Guest Address</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.ForwardImpl#getGuestPort <em>Guest Port</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.ForwardImpl#getHostPort <em>Host Port</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.ForwardImpl#getHostPortEnd <em>Host Port End</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.ForwardImpl#getProtocol <em>Protocol</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ForwardImpl extends EObjectImpl implements Forward {
	/**
	 * The default value of the '{@link #getGuestAddress() <em>Guest Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String GUEST_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuestAddress() <em>Guest Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestAddress()
	 * @generated
	 * @ordered
	 */
	protected String guestAddress = GUEST_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuestPort() <em>Guest Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestPort()
	 * @generated
	 * @ordered
	 */
	protected static final int GUEST_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGuestPort() <em>Guest Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestPort()
	 * @generated
	 * @ordered
	 */
	protected int guestPort = GUEST_PORT_EDEFAULT;

	/**
	 * This is true if the Guest Port attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean guestPortESet;

	/**
	 * The default value of the '{@link #getHostPort() <em>Host Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostPort()
	 * @generated
	 * @ordered
	 */
	protected static final int HOST_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHostPort() <em>Host Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostPort()
	 * @generated
	 * @ordered
	 */
	protected int hostPort = HOST_PORT_EDEFAULT;

	/**
	 * This is true if the Host Port attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean hostPortESet;

	/**
	 * The default value of the '{@link #getHostPortEnd() <em>Host Port End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostPortEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int HOST_PORT_END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHostPortEnd() <em>Host Port End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostPortEnd()
	 * @generated
	 * @ordered
	 */
	protected int hostPortEnd = HOST_PORT_END_EDEFAULT;

	/**
	 * This is true if the Host Port End attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean hostPortEndESet;

	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final ForwardProtocol PROTOCOL_EDEFAULT = ForwardProtocol.TCP;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected ForwardProtocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * This is true if the Protocol attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean protocolESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ForwardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.FORWARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGuestAddress() {
		return guestAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestAddress(String newGuestAddress) {
		String oldGuestAddress = guestAddress;
		guestAddress = newGuestAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.FORWARD__GUEST_ADDRESS, oldGuestAddress, guestAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGuestPort() {
		return guestPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestPort(int newGuestPort) {
		int oldGuestPort = guestPort;
		guestPort = newGuestPort;
		boolean oldGuestPortESet = guestPortESet;
		guestPortESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.FORWARD__GUEST_PORT, oldGuestPort, guestPort, !oldGuestPortESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGuestPort() {
		int oldGuestPort = guestPort;
		boolean oldGuestPortESet = guestPortESet;
		guestPort = GUEST_PORT_EDEFAULT;
		guestPortESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NetworkPackage.FORWARD__GUEST_PORT, oldGuestPort, GUEST_PORT_EDEFAULT, oldGuestPortESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGuestPort() {
		return guestPortESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHostPort() {
		return hostPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostPort(int newHostPort) {
		int oldHostPort = hostPort;
		hostPort = newHostPort;
		boolean oldHostPortESet = hostPortESet;
		hostPortESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.FORWARD__HOST_PORT, oldHostPort, hostPort, !oldHostPortESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHostPort() {
		int oldHostPort = hostPort;
		boolean oldHostPortESet = hostPortESet;
		hostPort = HOST_PORT_EDEFAULT;
		hostPortESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NetworkPackage.FORWARD__HOST_PORT, oldHostPort, HOST_PORT_EDEFAULT, oldHostPortESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHostPort() {
		return hostPortESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHostPortEnd() {
		return hostPortEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostPortEnd(int newHostPortEnd) {
		int oldHostPortEnd = hostPortEnd;
		hostPortEnd = newHostPortEnd;
		boolean oldHostPortEndESet = hostPortEndESet;
		hostPortEndESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.FORWARD__HOST_PORT_END, oldHostPortEnd, hostPortEnd, !oldHostPortEndESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHostPortEnd() {
		int oldHostPortEnd = hostPortEnd;
		boolean oldHostPortEndESet = hostPortEndESet;
		hostPortEnd = HOST_PORT_END_EDEFAULT;
		hostPortEndESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NetworkPackage.FORWARD__HOST_PORT_END, oldHostPortEnd, HOST_PORT_END_EDEFAULT, oldHostPortEndESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHostPortEnd() {
		return hostPortEndESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ForwardProtocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(ForwardProtocol newProtocol) {
		ForwardProtocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		boolean oldProtocolESet = protocolESet;
		protocolESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.FORWARD__PROTOCOL, oldProtocol, protocol, !oldProtocolESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetProtocol() {
		ForwardProtocol oldProtocol = protocol;
		boolean oldProtocolESet = protocolESet;
		protocol = PROTOCOL_EDEFAULT;
		protocolESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NetworkPackage.FORWARD__PROTOCOL, oldProtocol, PROTOCOL_EDEFAULT, oldProtocolESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetProtocol() {
		return protocolESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetworkPackage.FORWARD__GUEST_ADDRESS:
				return getGuestAddress();
			case NetworkPackage.FORWARD__GUEST_PORT:
				return getGuestPort();
			case NetworkPackage.FORWARD__HOST_PORT:
				return getHostPort();
			case NetworkPackage.FORWARD__HOST_PORT_END:
				return getHostPortEnd();
			case NetworkPackage.FORWARD__PROTOCOL:
				return getProtocol();
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
			case NetworkPackage.FORWARD__GUEST_ADDRESS:
				setGuestAddress((String)newValue);
				return;
			case NetworkPackage.FORWARD__GUEST_PORT:
				setGuestPort((Integer)newValue);
				return;
			case NetworkPackage.FORWARD__HOST_PORT:
				setHostPort((Integer)newValue);
				return;
			case NetworkPackage.FORWARD__HOST_PORT_END:
				setHostPortEnd((Integer)newValue);
				return;
			case NetworkPackage.FORWARD__PROTOCOL:
				setProtocol((ForwardProtocol)newValue);
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
			case NetworkPackage.FORWARD__GUEST_ADDRESS:
				setGuestAddress(GUEST_ADDRESS_EDEFAULT);
				return;
			case NetworkPackage.FORWARD__GUEST_PORT:
				unsetGuestPort();
				return;
			case NetworkPackage.FORWARD__HOST_PORT:
				unsetHostPort();
				return;
			case NetworkPackage.FORWARD__HOST_PORT_END:
				unsetHostPortEnd();
				return;
			case NetworkPackage.FORWARD__PROTOCOL:
				unsetProtocol();
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
			case NetworkPackage.FORWARD__GUEST_ADDRESS:
				return GUEST_ADDRESS_EDEFAULT == null ? guestAddress != null : !GUEST_ADDRESS_EDEFAULT.equals(guestAddress);
			case NetworkPackage.FORWARD__GUEST_PORT:
				return isSetGuestPort();
			case NetworkPackage.FORWARD__HOST_PORT:
				return isSetHostPort();
			case NetworkPackage.FORWARD__HOST_PORT_END:
				return isSetHostPortEnd();
			case NetworkPackage.FORWARD__PROTOCOL:
				return isSetProtocol();
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
		result.append(" (guestAddress: ");
		result.append(guestAddress);
		result.append(", guestPort: ");
		if (guestPortESet) result.append(guestPort); else result.append("<unset>");
		result.append(", hostPort: ");
		if (hostPortESet) result.append(hostPort); else result.append("<unset>");
		result.append(", hostPortEnd: ");
		if (hostPortEndESet) result.append(hostPortEnd); else result.append("<unset>");
		result.append(", protocol: ");
		if (protocolESet) result.append(protocol); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ForwardImpl
