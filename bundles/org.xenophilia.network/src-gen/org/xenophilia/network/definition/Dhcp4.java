/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dhcp4</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * DHCPv4 of a network: the dynamic range start..end (inclusive) and fixed leases by MAC address.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.Dhcp4#getLeases <em>Leases</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Dhcp4#getEnd <em>End</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Dhcp4#getLeaseSeconds <em>Lease Seconds</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Dhcp4#getStart <em>Start</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.network.definition.NetworkPackage#getDhcp4()
 * @model extendedMetaData="name='Dhcp4' kind='elementOnly'"
 * @generated
 */
public interface Dhcp4 extends EObject {
	/**
	 * Returns the value of the '<em><b>Leases</b></em>' containment reference list.
	 * The list contents are of type {@link org.xenophilia.network.definition.Lease}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fixed lease: the guest with this MAC address always gets this address. Repeat for each guest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leases</em>' containment reference list.
	 * @see org.xenophilia.network.definition.NetworkPackage#getDhcp4_Leases()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='lease' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<Lease> getLeases();

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last address of the dynamic range (inclusive), inside the subnet and not before start, e.g. 192.168.100.199. The gateway must not lie between start and end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getDhcp4_End()
	 * @model dataType="org.xenophilia.network.definition.Ipv4Address" required="true"
	 *        extendedMetaData="kind='attribute' name='end'"
	 * @generated
	 */
	String getEnd();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Dhcp4#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(String value);

	/**
	 * Returns the value of the '<em><b>Lease Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long a dynamic lease lasts, in seconds, at least 120. When absent dnsmasq's default (one hour).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lease Seconds</em>' attribute.
	 * @see #isSetLeaseSeconds()
	 * @see #unsetLeaseSeconds()
	 * @see #setLeaseSeconds(int)
	 * @see org.xenophilia.network.definition.NetworkPackage#getDhcp4_LeaseSeconds()
	 * @model unsettable="true" dataType="org.xenophilia.network.definition.LeaseSeconds"
	 *        extendedMetaData="kind='attribute' name='leaseSeconds'"
	 * @generated
	 */
	int getLeaseSeconds();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Dhcp4#getLeaseSeconds <em>Lease Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lease Seconds</em>' attribute.
	 * @see #isSetLeaseSeconds()
	 * @see #unsetLeaseSeconds()
	 * @see #getLeaseSeconds()
	 * @generated
	 */
	void setLeaseSeconds(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.network.definition.Dhcp4#getLeaseSeconds <em>Lease Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLeaseSeconds()
	 * @see #getLeaseSeconds()
	 * @see #setLeaseSeconds(int)
	 * @generated
	 */
	void unsetLeaseSeconds();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.network.definition.Dhcp4#getLeaseSeconds <em>Lease Seconds</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Lease Seconds</em>' attribute is set.
	 * @see #unsetLeaseSeconds()
	 * @see #getLeaseSeconds()
	 * @see #setLeaseSeconds(int)
	 * @generated
	 */
	boolean isSetLeaseSeconds();

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first address of the dynamic range, inside the subnet, e.g. 192.168.100.100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getDhcp4_Start()
	 * @model dataType="org.xenophilia.network.definition.Ipv4Address" required="true"
	 *        extendedMetaData="kind='attribute' name='start'"
	 * @generated
	 */
	String getStart();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Dhcp4#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(String value);

} // Dhcp4
