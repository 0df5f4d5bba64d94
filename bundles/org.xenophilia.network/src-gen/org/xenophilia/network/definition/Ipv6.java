/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ipv6</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The IPv6 side of a nat, routed or private network: the prefix, dom0's address on the bridge and how guests get addresses, as dnsmasq can serve them (router advertisements for SLAAC, stateful DHCPv6).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.Ipv6#getDhcp <em>Dhcp</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Ipv6#getAddressing <em>Addressing</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Ipv6#getGateway <em>Gateway</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Ipv6#getPrefix <em>Prefix</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.network.definition.NetworkPackage#getIpv6()
 * @model extendedMetaData="name='Ipv6' kind='elementOnly'"
 * @generated
 */
public interface Ipv6 extends EObject {
	/**
	 * Returns the value of the '<em><b>Dhcp</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The DHCPv6 range; mandatory with addressing dhcpv6, unused otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dhcp</em>' containment reference.
	 * @see #setDhcp(Dhcp6)
	 * @see org.xenophilia.network.definition.NetworkPackage#getIpv6_Dhcp()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='dhcp' namespace='##targetNamespace'"
	 * @generated
	 */
	Dhcp6 getDhcp();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Ipv6#getDhcp <em>Dhcp</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dhcp</em>' containment reference.
	 * @see #getDhcp()
	 * @generated
	 */
	void setDhcp(Dhcp6 value);

	/**
	 * Returns the value of the '<em><b>Addressing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.network.definition.Ipv6Addressing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How guests get their IPv6 address: static, slaac or dhcpv6 (see Ipv6Addressing). When absent, slaac.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressing</em>' attribute.
	 * @see org.xenophilia.network.definition.Ipv6Addressing
	 * @see #isSetAddressing()
	 * @see #unsetAddressing()
	 * @see #setAddressing(Ipv6Addressing)
	 * @see org.xenophilia.network.definition.NetworkPackage#getIpv6_Addressing()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='attribute' name='addressing'"
	 * @generated
	 */
	Ipv6Addressing getAddressing();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Ipv6#getAddressing <em>Addressing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressing</em>' attribute.
	 * @see org.xenophilia.network.definition.Ipv6Addressing
	 * @see #isSetAddressing()
	 * @see #unsetAddressing()
	 * @see #getAddressing()
	 * @generated
	 */
	void setAddressing(Ipv6Addressing value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.network.definition.Ipv6#getAddressing <em>Addressing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAddressing()
	 * @see #getAddressing()
	 * @see #setAddressing(Ipv6Addressing)
	 * @generated
	 */
	void unsetAddressing();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.network.definition.Ipv6#getAddressing <em>Addressing</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Addressing</em>' attribute is set.
	 * @see #unsetAddressing()
	 * @see #getAddressing()
	 * @see #setAddressing(Ipv6Addressing)
	 * @generated
	 */
	boolean isSetAddressing();

	/**
	 * Returns the value of the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dom0's address on the bridge, inside the prefix and not its all-zero (subnet-router anycast) address, e.g. fd00:100::1. Router advertisements come from the bridge; on a private network it is no way out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gateway</em>' attribute.
	 * @see #setGateway(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getIpv6_Gateway()
	 * @model dataType="org.xenophilia.network.definition.Ipv6Address" required="true"
	 *        extendedMetaData="kind='attribute' name='gateway'"
	 * @generated
	 */
	String getGateway();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Ipv6#getGateway <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' attribute.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(String value);

	/**
	 * Returns the value of the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The prefix as ADDRESS/LENGTH with the host bits zero, e.g. fd00:100::/64 (a unique local prefix for a nat or private network, a prefix delegated to the host for a routed one); /64 for slaac. It must not overlap another network of the node nor a route of the host. On a nat network guests' IPv6 traffic leaves masqueraded as IPv4 does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prefix</em>' attribute.
	 * @see #setPrefix(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getIpv6_Prefix()
	 * @model dataType="org.xenophilia.network.definition.Ipv6Prefix" required="true"
	 *        extendedMetaData="kind='attribute' name='prefix'"
	 * @generated
	 */
	String getPrefix();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Ipv6#getPrefix <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix</em>' attribute.
	 * @see #getPrefix()
	 * @generated
	 */
	void setPrefix(String value);

} // Ipv6
