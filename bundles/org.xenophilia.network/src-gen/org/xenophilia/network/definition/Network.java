/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One network of a node: a bridge in dom0 that the guests' vifs join, and what dom0 does for it (nothing more for a bridged network; gateway, DHCP and NAT for a nat network; gateway and DHCP for routed and private ones).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.Network#getName <em>Name</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Network#getKind <em>Kind</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Network#getDescription <em>Description</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Network#getBridge <em>Bridge</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Network#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Network#getUplink <em>Uplink</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Network#getVlan <em>Vlan</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Network#getIpv4 <em>Ipv4</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Network#getIpv6 <em>Ipv6</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Network#getForwards <em>Forwards</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.network.definition.NetworkPackage#getNetwork()
 * @model extendedMetaData="name='Network' kind='elementOnly'"
 * @generated
 */
public interface Network extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network's name, unique among the networks of a node; a domain's vif names its network by it (the vif's network attribute in domain.xsd). Mandatory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getNetwork_Name()
	 * @model dataType="org.xenophilia.network.definition.Identifier" required="true"
	 *        extendedMetaData="kind='element' name='name' namespace='##targetNamespace'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Network#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.network.definition.NetworkKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What dom0 does for the network: bridged, nat, routed or private (see NetworkKind). Mandatory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.xenophilia.network.definition.NetworkKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(NetworkKind)
	 * @see org.xenophilia.network.definition.NetworkPackage#getNetwork_Kind()
	 * @model unsettable="true" required="true"
	 *        extendedMetaData="kind='element' name='kind' namespace='##targetNamespace'"
	 * @generated
	 */
	NetworkKind getKind();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Network#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.xenophilia.network.definition.NetworkKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NetworkKind value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.network.definition.Network#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(NetworkKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.network.definition.Network#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(NetworkKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text for administrators (purpose, owner, notes). Not used on the host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getNetwork_Description()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='element' name='description' namespace='##targetNamespace'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Network#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the network's Linux bridge in dom0 (at most 15 characters), the bridge the vifs of its domains join. When absent it is derived from the name: "xn" followed by the name when the name has at most 13 characters (network lab: bridge xnlab); otherwise "xn", the first 7 characters of the name, "-" and the first 5 hexadecimal digits of the SHA-256 of the name in UTF-8 (network production-frontend: bridge xnproduct-ea752).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bridge</em>' attribute.
	 * @see #setBridge(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getNetwork_Bridge()
	 * @model dataType="org.xenophilia.network.definition.InterfaceName"
	 *        extendedMetaData="kind='element' name='bridge' namespace='##targetNamespace'"
	 * @generated
	 */
	String getBridge();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Network#getBridge <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bridge</em>' attribute.
	 * @see #getBridge()
	 * @generated
	 */
	void setBridge(String value);

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MTU of the bridge, 68 to 65535 (at least 1280 with IPv6). When absent the kernel's default (1500 for a new bridge; a bridged network's bridge follows its uplink).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mtu</em>' attribute.
	 * @see #isSetMtu()
	 * @see #unsetMtu()
	 * @see #setMtu(int)
	 * @see org.xenophilia.network.definition.NetworkPackage#getNetwork_Mtu()
	 * @model unsettable="true" dataType="org.xenophilia.network.definition.Mtu"
	 *        extendedMetaData="kind='element' name='mtu' namespace='##targetNamespace'"
	 * @generated
	 */
	int getMtu();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Network#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtu</em>' attribute.
	 * @see #isSetMtu()
	 * @see #unsetMtu()
	 * @see #getMtu()
	 * @generated
	 */
	void setMtu(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.network.definition.Network#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMtu()
	 * @see #getMtu()
	 * @see #setMtu(int)
	 * @generated
	 */
	void unsetMtu();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.network.definition.Network#getMtu <em>Mtu</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Mtu</em>' attribute is set.
	 * @see #unsetMtu()
	 * @see #getMtu()
	 * @see #setMtu(int)
	 * @generated
	 */
	boolean isSetMtu();

	/**
	 * Returns the value of the '<em><b>Uplink</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An existing interface of dom0 (e.g. eth0, bond0). Bridged: the interface enslaved to the bridge, mandatory. Nat and routed: the interface traffic leaves dom0 by (masqueraded there for nat); when absent, whichever interface dom0's routes choose. Not allowed on a private network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uplink</em>' attribute.
	 * @see #setUplink(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getNetwork_Uplink()
	 * @model dataType="org.xenophilia.network.definition.InterfaceName"
	 *        extendedMetaData="kind='element' name='uplink' namespace='##targetNamespace'"
	 * @generated
	 */
	String getUplink();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Network#getUplink <em>Uplink</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uplink</em>' attribute.
	 * @see #getUplink()
	 * @generated
	 */
	void setUplink(String value);

	/**
	 * Returns the value of the '<em><b>Vlan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bridged only: the 802.1Q VLAN tag, 1 to 4094. The bridge then joins a VLAN interface on the uplink (UPLINK.TAG, e.g. eth0.42) instead of the uplink itself, so the guests see that VLAN untagged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vlan</em>' attribute.
	 * @see #isSetVlan()
	 * @see #unsetVlan()
	 * @see #setVlan(int)
	 * @see org.xenophilia.network.definition.NetworkPackage#getNetwork_Vlan()
	 * @model unsettable="true" dataType="org.xenophilia.network.definition.VlanTag"
	 *        extendedMetaData="kind='element' name='vlan' namespace='##targetNamespace'"
	 * @generated
	 */
	int getVlan();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Network#getVlan <em>Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vlan</em>' attribute.
	 * @see #isSetVlan()
	 * @see #unsetVlan()
	 * @see #getVlan()
	 * @generated
	 */
	void setVlan(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.network.definition.Network#getVlan <em>Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVlan()
	 * @see #getVlan()
	 * @see #setVlan(int)
	 * @generated
	 */
	void unsetVlan();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.network.definition.Network#getVlan <em>Vlan</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Vlan</em>' attribute is set.
	 * @see #unsetVlan()
	 * @see #getVlan()
	 * @see #setVlan(int)
	 * @generated
	 */
	boolean isSetVlan();

	/**
	 * Returns the value of the '<em><b>Ipv4</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network's IPv4 subnet, dom0's address on it, DHCP and DNS. Mandatory for nat, optional for routed (which needs ipv4 or ipv6) and private; not allowed on a bridged network (its addresses are the uplink's LAN's business).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ipv4</em>' containment reference.
	 * @see #setIpv4(Ipv4)
	 * @see org.xenophilia.network.definition.NetworkPackage#getNetwork_Ipv4()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='ipv4' namespace='##targetNamespace'"
	 * @generated
	 */
	Ipv4 getIpv4();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Network#getIpv4 <em>Ipv4</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipv4</em>' containment reference.
	 * @see #getIpv4()
	 * @generated
	 */
	void setIpv4(Ipv4 value);

	/**
	 * Returns the value of the '<em><b>Ipv6</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network's IPv6 prefix, dom0's address on it and how guests get addresses (router advertisements, DHCPv6). Optional for nat, routed and private; not allowed on a bridged network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ipv6</em>' containment reference.
	 * @see #setIpv6(Ipv6)
	 * @see org.xenophilia.network.definition.NetworkPackage#getNetwork_Ipv6()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='ipv6' namespace='##targetNamespace'"
	 * @generated
	 */
	Ipv6 getIpv6();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Network#getIpv6 <em>Ipv6</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipv6</em>' containment reference.
	 * @see #getIpv6()
	 * @generated
	 */
	void setIpv6(Ipv6 value);

	/**
	 * Returns the value of the '<em><b>Forwards</b></em>' containment reference list.
	 * The list contents are of type {@link org.xenophilia.network.definition.Forward}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nat only: a port forward, which sends connections to a port of dom0 on to a guest's address. Repeat the element for each forward.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forwards</em>' containment reference list.
	 * @see org.xenophilia.network.definition.NetworkPackage#getNetwork_Forwards()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='forward' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<Forward> getForwards();

} // Network
