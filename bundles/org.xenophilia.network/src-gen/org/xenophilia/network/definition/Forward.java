/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Forward</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A port forward of a nat network: connections to dom0's hostPort (or the ports hostPort..hostPortEnd) on any of its addresses outside the network go on to guestAddress, at guestPort.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.Forward#getGuestAddress <em>Guest Address</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Forward#getGuestPort <em>Guest Port</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Forward#getHostPort <em>Host Port</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Forward#getHostPortEnd <em>Host Port End</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.Forward#getProtocol <em>Protocol</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.network.definition.NetworkPackage#getForward()
 * @model extendedMetaData="name='Forward' kind='empty'"
 * @generated
 */
public interface Forward extends EObject {
	/**
	 * Returns the value of the '<em><b>Guest Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest's IPv4 address, inside the network's subnet and not the gateway (give the guest a fixed lease so that it keeps it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Address</em>' attribute.
	 * @see #setGuestAddress(String)
	 * @see org.xenophilia.network.definition.NetworkPackage#getForward_GuestAddress()
	 * @model dataType="org.xenophilia.network.definition.Ipv4Address" required="true"
	 *        extendedMetaData="kind='attribute' name='guestAddress'"
	 * @generated
	 */
	String getGuestAddress();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Forward#getGuestAddress <em>Guest Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Address</em>' attribute.
	 * @see #getGuestAddress()
	 * @generated
	 */
	void setGuestAddress(String value);

	/**
	 * Returns the value of the '<em><b>Guest Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest's port, 1 to 65535. When absent, the same as hostPort. Not allowed with a range (hostPortEnd), whose ports keep their numbers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Port</em>' attribute.
	 * @see #isSetGuestPort()
	 * @see #unsetGuestPort()
	 * @see #setGuestPort(int)
	 * @see org.xenophilia.network.definition.NetworkPackage#getForward_GuestPort()
	 * @model unsettable="true" dataType="org.xenophilia.network.definition.Port"
	 *        extendedMetaData="kind='attribute' name='guestPort'"
	 * @generated
	 */
	int getGuestPort();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Forward#getGuestPort <em>Guest Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Port</em>' attribute.
	 * @see #isSetGuestPort()
	 * @see #unsetGuestPort()
	 * @see #getGuestPort()
	 * @generated
	 */
	void setGuestPort(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.network.definition.Forward#getGuestPort <em>Guest Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGuestPort()
	 * @see #getGuestPort()
	 * @see #setGuestPort(int)
	 * @generated
	 */
	void unsetGuestPort();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.network.definition.Forward#getGuestPort <em>Guest Port</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Guest Port</em>' attribute is set.
	 * @see #unsetGuestPort()
	 * @see #getGuestPort()
	 * @see #setGuestPort(int)
	 * @generated
	 */
	boolean isSetGuestPort();

	/**
	 * Returns the value of the '<em><b>Host Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The port of dom0 forwarded, 1 to 65535; the first of a range when hostPortEnd is set. No two forwards of a node take the same port of one protocol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Port</em>' attribute.
	 * @see #isSetHostPort()
	 * @see #unsetHostPort()
	 * @see #setHostPort(int)
	 * @see org.xenophilia.network.definition.NetworkPackage#getForward_HostPort()
	 * @model unsettable="true" dataType="org.xenophilia.network.definition.Port" required="true"
	 *        extendedMetaData="kind='attribute' name='hostPort'"
	 * @generated
	 */
	int getHostPort();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Forward#getHostPort <em>Host Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Port</em>' attribute.
	 * @see #isSetHostPort()
	 * @see #unsetHostPort()
	 * @see #getHostPort()
	 * @generated
	 */
	void setHostPort(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.network.definition.Forward#getHostPort <em>Host Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHostPort()
	 * @see #getHostPort()
	 * @see #setHostPort(int)
	 * @generated
	 */
	void unsetHostPort();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.network.definition.Forward#getHostPort <em>Host Port</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Host Port</em>' attribute is set.
	 * @see #unsetHostPort()
	 * @see #getHostPort()
	 * @see #setHostPort(int)
	 * @generated
	 */
	boolean isSetHostPort();

	/**
	 * Returns the value of the '<em><b>Host Port End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last port of a range (inclusive, not below hostPort): each port of the range goes to the same port of the guest. When absent, only hostPort is forwarded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Port End</em>' attribute.
	 * @see #isSetHostPortEnd()
	 * @see #unsetHostPortEnd()
	 * @see #setHostPortEnd(int)
	 * @see org.xenophilia.network.definition.NetworkPackage#getForward_HostPortEnd()
	 * @model unsettable="true" dataType="org.xenophilia.network.definition.Port"
	 *        extendedMetaData="kind='attribute' name='hostPortEnd'"
	 * @generated
	 */
	int getHostPortEnd();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Forward#getHostPortEnd <em>Host Port End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Port End</em>' attribute.
	 * @see #isSetHostPortEnd()
	 * @see #unsetHostPortEnd()
	 * @see #getHostPortEnd()
	 * @generated
	 */
	void setHostPortEnd(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.network.definition.Forward#getHostPortEnd <em>Host Port End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHostPortEnd()
	 * @see #getHostPortEnd()
	 * @see #setHostPortEnd(int)
	 * @generated
	 */
	void unsetHostPortEnd();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.network.definition.Forward#getHostPortEnd <em>Host Port End</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Host Port End</em>' attribute is set.
	 * @see #unsetHostPortEnd()
	 * @see #getHostPortEnd()
	 * @see #setHostPortEnd(int)
	 * @generated
	 */
	boolean isSetHostPortEnd();

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.network.definition.ForwardProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The protocol forwarded: tcp or udp.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see org.xenophilia.network.definition.ForwardProtocol
	 * @see #isSetProtocol()
	 * @see #unsetProtocol()
	 * @see #setProtocol(ForwardProtocol)
	 * @see org.xenophilia.network.definition.NetworkPackage#getForward_Protocol()
	 * @model unsettable="true" required="true"
	 *        extendedMetaData="kind='attribute' name='protocol'"
	 * @generated
	 */
	ForwardProtocol getProtocol();

	/**
	 * Sets the value of the '{@link org.xenophilia.network.definition.Forward#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see org.xenophilia.network.definition.ForwardProtocol
	 * @see #isSetProtocol()
	 * @see #unsetProtocol()
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(ForwardProtocol value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.network.definition.Forward#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetProtocol()
	 * @see #getProtocol()
	 * @see #setProtocol(ForwardProtocol)
	 * @generated
	 */
	void unsetProtocol();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.network.definition.Forward#getProtocol <em>Protocol</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Protocol</em>' attribute is set.
	 * @see #unsetProtocol()
	 * @see #getProtocol()
	 * @see #setProtocol(ForwardProtocol)
	 * @generated
	 */
	boolean isSetProtocol();

} // Forward
