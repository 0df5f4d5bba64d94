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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.xenophilia.network.definition.Forward;
import org.xenophilia.network.definition.Ipv4;
import org.xenophilia.network.definition.Ipv6;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkKind;
import org.xenophilia.network.definition.NetworkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.impl.NetworkImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.NetworkImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.NetworkImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.NetworkImpl#getBridge <em>Bridge</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.NetworkImpl#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.NetworkImpl#getUplink <em>Uplink</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.NetworkImpl#getVlan <em>Vlan</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.NetworkImpl#getIpv4 <em>Ipv4</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.NetworkImpl#getIpv6 <em>Ipv6</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.NetworkImpl#getForwards <em>Forwards</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkImpl extends EObjectImpl implements Network {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final NetworkKind KIND_EDEFAULT = NetworkKind.BRIDGED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected NetworkKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBridge() <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBridge()
	 * @generated
	 * @ordered
	 */
	protected static final String BRIDGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBridge() <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBridge()
	 * @generated
	 * @ordered
	 */
	protected String bridge = BRIDGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected static final int MTU_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected int mtu = MTU_EDEFAULT;

	/**
	 * This is true if the Mtu attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean mtuESet;

	/**
	 * The default value of the '{@link #getUplink() <em>Uplink</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUplink()
	 * @generated
	 * @ordered
	 */
	protected static final String UPLINK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUplink() <em>Uplink</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUplink()
	 * @generated
	 * @ordered
	 */
	protected String uplink = UPLINK_EDEFAULT;

	/**
	 * The default value of the '{@link #getVlan() <em>Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVlan()
	 * @generated
	 * @ordered
	 */
	protected static final int VLAN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVlan() <em>Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVlan()
	 * @generated
	 * @ordered
	 */
	protected int vlan = VLAN_EDEFAULT;

	/**
	 * This is true if the Vlan attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean vlanESet;

	/**
	 * The cached value of the '{@link #getIpv4() <em>Ipv4</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpv4()
	 * @generated
	 * @ordered
	 */
	protected Ipv4 ipv4;

	/**
	 * The cached value of the '{@link #getIpv6() <em>Ipv6</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpv6()
	 * @generated
	 * @ordered
	 */
	protected Ipv6 ipv6;

	/**
	 * The cached value of the '{@link #getForwards() <em>Forwards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForwards()
	 * @generated
	 * @ordered
	 */
	protected EList<Forward> forwards;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.NETWORK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(NetworkKind newKind) {
		NetworkKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.NETWORK__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind() {
		NetworkKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NetworkPackage.NETWORK__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKind() {
		return kindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.NETWORK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBridge() {
		return bridge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBridge(String newBridge) {
		String oldBridge = bridge;
		bridge = newBridge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.NETWORK__BRIDGE, oldBridge, bridge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMtu() {
		return mtu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtu(int newMtu) {
		int oldMtu = mtu;
		mtu = newMtu;
		boolean oldMtuESet = mtuESet;
		mtuESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.NETWORK__MTU, oldMtu, mtu, !oldMtuESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMtu() {
		int oldMtu = mtu;
		boolean oldMtuESet = mtuESet;
		mtu = MTU_EDEFAULT;
		mtuESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NetworkPackage.NETWORK__MTU, oldMtu, MTU_EDEFAULT, oldMtuESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMtu() {
		return mtuESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUplink() {
		return uplink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUplink(String newUplink) {
		String oldUplink = uplink;
		uplink = newUplink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.NETWORK__UPLINK, oldUplink, uplink));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVlan() {
		return vlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVlan(int newVlan) {
		int oldVlan = vlan;
		vlan = newVlan;
		boolean oldVlanESet = vlanESet;
		vlanESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.NETWORK__VLAN, oldVlan, vlan, !oldVlanESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVlan() {
		int oldVlan = vlan;
		boolean oldVlanESet = vlanESet;
		vlan = VLAN_EDEFAULT;
		vlanESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NetworkPackage.NETWORK__VLAN, oldVlan, VLAN_EDEFAULT, oldVlanESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVlan() {
		return vlanESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ipv4 getIpv4() {
		return ipv4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIpv4(Ipv4 newIpv4, NotificationChain msgs) {
		Ipv4 oldIpv4 = ipv4;
		ipv4 = newIpv4;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkPackage.NETWORK__IPV4, oldIpv4, newIpv4);
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
	public void setIpv4(Ipv4 newIpv4) {
		if (newIpv4 != ipv4) {
			NotificationChain msgs = null;
			if (ipv4 != null)
				msgs = ((InternalEObject)ipv4).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkPackage.NETWORK__IPV4, null, msgs);
			if (newIpv4 != null)
				msgs = ((InternalEObject)newIpv4).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkPackage.NETWORK__IPV4, null, msgs);
			msgs = basicSetIpv4(newIpv4, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.NETWORK__IPV4, newIpv4, newIpv4));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ipv6 getIpv6() {
		return ipv6;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIpv6(Ipv6 newIpv6, NotificationChain msgs) {
		Ipv6 oldIpv6 = ipv6;
		ipv6 = newIpv6;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkPackage.NETWORK__IPV6, oldIpv6, newIpv6);
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
	public void setIpv6(Ipv6 newIpv6) {
		if (newIpv6 != ipv6) {
			NotificationChain msgs = null;
			if (ipv6 != null)
				msgs = ((InternalEObject)ipv6).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkPackage.NETWORK__IPV6, null, msgs);
			if (newIpv6 != null)
				msgs = ((InternalEObject)newIpv6).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkPackage.NETWORK__IPV6, null, msgs);
			msgs = basicSetIpv6(newIpv6, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.NETWORK__IPV6, newIpv6, newIpv6));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Forward> getForwards() {
		if (forwards == null) {
			forwards = new EObjectContainmentEList<Forward>(Forward.class, this, NetworkPackage.NETWORK__FORWARDS);
		}
		return forwards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetworkPackage.NETWORK__IPV4:
				return basicSetIpv4(null, msgs);
			case NetworkPackage.NETWORK__IPV6:
				return basicSetIpv6(null, msgs);
			case NetworkPackage.NETWORK__FORWARDS:
				return ((InternalEList<?>)getForwards()).basicRemove(otherEnd, msgs);
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
			case NetworkPackage.NETWORK__NAME:
				return getName();
			case NetworkPackage.NETWORK__KIND:
				return getKind();
			case NetworkPackage.NETWORK__DESCRIPTION:
				return getDescription();
			case NetworkPackage.NETWORK__BRIDGE:
				return getBridge();
			case NetworkPackage.NETWORK__MTU:
				return getMtu();
			case NetworkPackage.NETWORK__UPLINK:
				return getUplink();
			case NetworkPackage.NETWORK__VLAN:
				return getVlan();
			case NetworkPackage.NETWORK__IPV4:
				return getIpv4();
			case NetworkPackage.NETWORK__IPV6:
				return getIpv6();
			case NetworkPackage.NETWORK__FORWARDS:
				return getForwards();
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
			case NetworkPackage.NETWORK__NAME:
				setName((String)newValue);
				return;
			case NetworkPackage.NETWORK__KIND:
				setKind((NetworkKind)newValue);
				return;
			case NetworkPackage.NETWORK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NetworkPackage.NETWORK__BRIDGE:
				setBridge((String)newValue);
				return;
			case NetworkPackage.NETWORK__MTU:
				setMtu((Integer)newValue);
				return;
			case NetworkPackage.NETWORK__UPLINK:
				setUplink((String)newValue);
				return;
			case NetworkPackage.NETWORK__VLAN:
				setVlan((Integer)newValue);
				return;
			case NetworkPackage.NETWORK__IPV4:
				setIpv4((Ipv4)newValue);
				return;
			case NetworkPackage.NETWORK__IPV6:
				setIpv6((Ipv6)newValue);
				return;
			case NetworkPackage.NETWORK__FORWARDS:
				getForwards().clear();
				getForwards().addAll((Collection<? extends Forward>)newValue);
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
			case NetworkPackage.NETWORK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NetworkPackage.NETWORK__KIND:
				unsetKind();
				return;
			case NetworkPackage.NETWORK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NetworkPackage.NETWORK__BRIDGE:
				setBridge(BRIDGE_EDEFAULT);
				return;
			case NetworkPackage.NETWORK__MTU:
				unsetMtu();
				return;
			case NetworkPackage.NETWORK__UPLINK:
				setUplink(UPLINK_EDEFAULT);
				return;
			case NetworkPackage.NETWORK__VLAN:
				unsetVlan();
				return;
			case NetworkPackage.NETWORK__IPV4:
				setIpv4((Ipv4)null);
				return;
			case NetworkPackage.NETWORK__IPV6:
				setIpv6((Ipv6)null);
				return;
			case NetworkPackage.NETWORK__FORWARDS:
				getForwards().clear();
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
			case NetworkPackage.NETWORK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NetworkPackage.NETWORK__KIND:
				return isSetKind();
			case NetworkPackage.NETWORK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NetworkPackage.NETWORK__BRIDGE:
				return BRIDGE_EDEFAULT == null ? bridge != null : !BRIDGE_EDEFAULT.equals(bridge);
			case NetworkPackage.NETWORK__MTU:
				return isSetMtu();
			case NetworkPackage.NETWORK__UPLINK:
				return UPLINK_EDEFAULT == null ? uplink != null : !UPLINK_EDEFAULT.equals(uplink);
			case NetworkPackage.NETWORK__VLAN:
				return isSetVlan();
			case NetworkPackage.NETWORK__IPV4:
				return ipv4 != null;
			case NetworkPackage.NETWORK__IPV6:
				return ipv6 != null;
			case NetworkPackage.NETWORK__FORWARDS:
				return forwards != null && !forwards.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		if (kindESet) result.append(kind); else result.append("<unset>");
		result.append(", description: ");
		result.append(description);
		result.append(", bridge: ");
		result.append(bridge);
		result.append(", mtu: ");
		if (mtuESet) result.append(mtu); else result.append("<unset>");
		result.append(", uplink: ");
		result.append(uplink);
		result.append(", vlan: ");
		if (vlanESet) result.append(vlan); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //NetworkImpl
