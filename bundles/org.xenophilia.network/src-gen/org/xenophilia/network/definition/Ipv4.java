/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ipv4</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The IPv4 side of a nat, routed or private network: the subnet, dom0's address on the bridge, DHCP and the DNS servers handed out.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.Ipv4#getDhcp <em>Dhcp</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Ipv4#getDnsServers <em>Dns Servers</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Ipv4#getGateway <em>Gateway</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Ipv4#getSubnet <em>Subnet</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.network.definition.NetworkPackage#getIpv4()
 * @model extendedMetaData="name='Ipv4' kind='elementOnly'"
 * @generated
 */
public interface Ipv4 extends EObject {
	/**
	 * Returns the value of the '<em><b>Dhcp</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DHCP served on the network by dom0 (dnsmasq): the range of addresses handed out and the fixed leases. When absent no DHCP is served and guests are configured by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dhcp</em>' containment reference.
	 * @see #setDhcp(Dhcp4)
	 * @see org.xenophilia.network.definition.NetworkPackage#getIpv4_Dhcp()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='dhcp' namespace='##targetNamespace'"
	 * @generated
	 */
	Dhcp4 getDhcp();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Ipv4#getDhcp <em>Dhcp</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dhcp</em>' containment reference.
	 * @see #getDhcp()
	 * @generated
	 */
	void setDhcp(Dhcp4 value);

	/**
	 * Returns the value of the '<em><b>Dns Servers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A DNS server handed out by DHCP, in order (e.g. 192.0.2.53). When none is given, guests are handed the gateway, where dnsmasq answers with the names of dom0's resolvers and of the fixed leases.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dns Servers</em>' attribute list.
	 * @see org.xenophilia.network.definition.NetworkPackage#getIpv4_DnsServers()
	 * @model unique="false" dataType="org.xenophilia.network.definition.Ipv4Address"
	 *        extendedMetaData="kind='element' name='dns' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<String> getDnsServers();

	/**
	 * Returns the value of the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dom0's address on the bridge, inside the subnet and neither its network nor its broadcast address, e.g. 192.168.100.1. Guests of nat and routed networks use it as their default gateway (mandatory there); on a private network it is only where DHCP and DNS answer, never a way out (mandatory with dhcp).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gateway</em>' attribute.
	 * @see #setGateway(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getIpv4_Gateway()
	 * @model dataType="org.xenophilia.network.definition.Ipv4Address"
	 *        extendedMetaData="kind='attribute' name='gateway'"
	 * @generated
	 */
	String getGateway();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Ipv4#getGateway <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' attribute.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(String value);

	/**
	 * Returns the value of the '<em><b>Subnet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subnet as ADDRESS/LENGTH with the host bits zero, e.g. 192.168.100.0/24; at most /30 so that it holds dom0's address and a guest. It must not overlap another network of the node nor a route of the host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subnet</em>' attribute.
	 * @see #setSubnet(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getIpv4_Subnet()
	 * @model dataType="org.xenophilia.network.definition.Ipv4Prefix" required="true"
	 *        extendedMetaData="kind='attribute' name='subnet'"
	 * @generated
	 */
	String getSubnet();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Ipv4#getSubnet <em>Subnet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subnet</em>' attribute.
	 * @see #getSubnet()
	 * @generated
	 */
	void setSubnet(String value);

} // Ipv4
