/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dhcp6</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The range of a stateful DHCPv6 server: start..end (inclusive), inside the prefix.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.Dhcp6#getEnd <em>End</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Dhcp6#getStart <em>Start</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.network.definition.NetworkPackage#getDhcp6()
 * @model extendedMetaData="name='Dhcp6' kind='empty'"
 * @generated
 */
public interface Dhcp6 extends EObject {
	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last address handed out (inclusive), inside the prefix and not before start, e.g. fd00:100::1fff.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getDhcp6_End()
	 * @model dataType="org.xenophilia.network.definition.Ipv6Address" required="true"
	 *        extendedMetaData="kind='attribute' name='end'"
	 * @generated
	 */
	String getEnd();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Dhcp6#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first address handed out, inside the prefix, e.g. fd00:100::1000.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getDhcp6_Start()
	 * @model dataType="org.xenophilia.network.definition.Ipv6Address" required="true"
	 *        extendedMetaData="kind='attribute' name='start'"
	 * @generated
	 */
	String getStart();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Dhcp6#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(String value);

} // Dhcp6
