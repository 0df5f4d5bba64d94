/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lease</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fixed DHCP lease: a MAC address, the IPv4 address it always gets and optionally its host name.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.Lease#getAddress <em>Address</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Lease#getHostname <em>Hostname</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Lease#getMac <em>Mac</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.network.definition.NetworkPackage#getLease()
 * @model extendedMetaData="name='Lease' kind='empty'"
 * @generated
 */
public interface Lease extends EObject {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The address the guest gets, inside the subnet, not the gateway, unique among the leases. It may lie in the dynamic range (dnsmasq never hands it to another guest).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getLease_Address()
	 * @model dataType="org.xenophilia.network.definition.Ipv4Address" required="true"
	 *        extendedMetaData="kind='attribute' name='address'"
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Lease#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest's host name, given to it by DHCP and answered by dnsmasq's DNS on the network, e.g. web01.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getLease_Hostname()
	 * @model dataType="org.xenophilia.network.definition.HostName"
	 *        extendedMetaData="kind='attribute' name='hostname'"
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Lease#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest's MAC address (its vif's mac), six colon-separated pairs of hex digits, e.g. 00:16:3e:12:34:56. Unique among the leases of the network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mac</em>' attribute.
	 * @see #setMac(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getLease_Mac()
	 * @model dataType="org.xenophilia.network.definition.MacAddress" required="true"
	 *        extendedMetaData="kind='attribute' name='mac'"
	 * @generated
	 */
	String getMac();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Lease#getMac <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac</em>' attribute.
	 * @see #getMac()
	 * @generated
	 */
	void setMac(String value);

} // Lease
