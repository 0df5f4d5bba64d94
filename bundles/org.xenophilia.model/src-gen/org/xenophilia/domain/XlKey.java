/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Xl Key</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An xl.cfg assignment KEY = VALUE the model does not know. The element text is the right-hand side exactly as written in the file, quotes, brackets and all (e.g. [ 'a', "b" ] or "host,rdtscp=0" or 1), so it can be written back verbatim.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.domain.XlKey#getValue <em>Value</em>}</li>
 *   <li>{@link org.xenophilia.domain.XlKey#isAppend <em>Append</em>}</li>
 *   <li>{@link org.xenophilia.domain.XlKey#getKey <em>Key</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.domain.DomainPackage#getXlKey()
 * @model extendedMetaData="name='XlKey' kind='simple'"
 * @generated
 */
public interface XlKey extends EObject {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.xenophilia.domain.DomainPackage#getXlKey_Value()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="name=':0' kind='simple'"
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.XlKey#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Append</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * true when the assignment used the += operator (append to a list) instead of =.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Append</em>' attribute.
	 * @see #isSetAppend()
	 * @see #unsetAppend()
	 * @see #setAppend(boolean)
	 * @see org.xenophilia.domain.DomainPackage#getXlKey_Append()
	 * @model unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='append'"
	 * @generated
	 */
	boolean isAppend();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.XlKey#isAppend <em>Append</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Append</em>' attribute.
	 * @see #isSetAppend()
	 * @see #unsetAppend()
	 * @see #isAppend()
	 * @generated
	 */
	void setAppend(boolean value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.XlKey#isAppend <em>Append</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAppend()
	 * @see #isAppend()
	 * @see #setAppend(boolean)
	 * @generated
	 */
	void unsetAppend();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.XlKey#isAppend <em>Append</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Append</em>' attribute is set.
	 * @see #unsetAppend()
	 * @see #isAppend()
	 * @see #setAppend(boolean)
	 * @generated
	 */
	boolean isSetAppend();

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The xl.cfg key (left-hand side), e.g. viridian, pci, device_model_version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.xenophilia.domain.DomainPackage#getXlKey_Key()
	 * @model dataType="org.xenophilia.domain.XlKeyName" required="true"
	 *        extendedMetaData="kind='attribute' name='key'"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.XlKey#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

} // XlKey
