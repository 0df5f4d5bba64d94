/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vif</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtual network interface: one vifspec of the xl.cfg vif list (xl-network-configuration(5)). The interface is attached to a bridge named directly (bridge) or to a Xenophilia-managed network (network).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.domain.Vif#getXlParams <em>Xl Params</em>}</li>
 *   <li>{@link org.xenophilia.domain.Vif#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.xenophilia.domain.Vif#getBridge <em>Bridge</em>}</li>
 *   <li>{@link org.xenophilia.domain.Vif#getIp <em>Ip</em>}</li>
 *   <li>{@link org.xenophilia.domain.Vif#getMac <em>Mac</em>}</li>
 *   <li>{@link org.xenophilia.domain.Vif#getModel <em>Model</em>}</li>
 *   <li>{@link org.xenophilia.domain.Vif#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.xenophilia.domain.Vif#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.xenophilia.domain.Vif#getRate <em>Rate</em>}</li>
 *   <li>{@link org.xenophilia.domain.Vif#getScript <em>Script</em>}</li>
 *   <li>{@link org.xenophilia.domain.Vif#getType <em>Type</em>}</li>
 *   <li>{@link org.xenophilia.domain.Vif#getVifname <em>Vifname</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.domain.DomainPackage#getVif()
 * @model extendedMetaData="name='Vif' kind='elementOnly'"
 * @generated
 */
public interface Vif extends EObject {
	/**
	 * Returns the value of the '<em><b>Xl Params</b></em>' containment reference list.
	 * The list contents are of type {@link org.xenophilia.domain.XlParam}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A vifspec keyword the model does not know (e.g. gatewaydev, vlan, devid, trusted), kept so it is written back in the xl.cfg vif entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xl Params</em>' containment reference list.
	 * @see org.xenophilia.domain.DomainPackage#getVif_XlParams()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='xlParam' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<XlParam> getXlParams();

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vifspec backend: name of the driver domain serving this interface (xl default dom0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backend</em>' attribute.
	 * @see #setBackend(String)
	 * @see org.xenophilia.domain.DomainPackage#getVif_Backend()
	 * @model dataType="org.xenophilia.domain.DomainName"
	 *        extendedMetaData="kind='attribute' name='backend'"
	 * @generated
	 */
	String getBackend();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Vif#getBackend <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' attribute.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(String value);

	/**
	 * Returns the value of the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vifspec bridge: the dom0 bridge to add the interface to (xl default xenbr0). Use either bridge or network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bridge</em>' attribute.
	 * @see #setBridge(String)
	 * @see org.xenophilia.domain.DomainPackage#getVif_Bridge()
	 * @model dataType="org.xenophilia.domain.BridgeName"
	 *        extendedMetaData="kind='attribute' name='bridge'"
	 * @generated
	 */
	String getBridge();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Vif#getBridge <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bridge</em>' attribute.
	 * @see #getBridge()
	 * @generated
	 */
	void setBridge(String value);

	/**
	 * Returns the value of the '<em><b>Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vifspec ip: IP address(es) of the guest on this interface, separated by single spaces; used by the hotplug script (e.g. vif-route, or anti-spoofing rules).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ip</em>' attribute.
	 * @see #setIp(String)
	 * @see org.xenophilia.domain.DomainPackage#getVif_Ip()
	 * @model dataType="org.xenophilia.domain.IpAddressList"
	 *        extendedMetaData="kind='attribute' name='ip'"
	 * @generated
	 */
	String getIp();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Vif#getIp <em>Ip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip</em>' attribute.
	 * @see #getIp()
	 * @generated
	 */
	void setIp(String value);

	/**
	 * Returns the value of the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vifspec mac: the guest-side MAC address, six colon-separated pairs of hex digits (e.g. 00:16:3e:12:34:56). When absent xl generates one in Xen's OUI 00:16:3e. Unique within a domain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mac</em>' attribute.
	 * @see #setMac(String)
	 * @see org.xenophilia.domain.DomainPackage#getVif_Mac()
	 * @model dataType="org.xenophilia.domain.MacAddress"
	 *        extendedMetaData="kind='attribute' name='mac'"
	 * @generated
	 */
	String getMac();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Vif#getMac <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac</em>' attribute.
	 * @see #getMac()
	 * @generated
	 */
	void setMac(String value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vifspec model (HVM with type ioemu only): the emulated NIC, e.g. rtl8139 (default), e1000, or any NIC the device model supports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.xenophilia.domain.DomainPackage#getVif_Model()
	 * @model dataType="org.xenophilia.domain.Identifier"
	 *        extendedMetaData="kind='attribute' name='model'"
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Vif#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vifspec mtu: MTU of the interface, 68 to 65535 (default 1500, or the bridge's MTU).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mtu</em>' attribute.
	 * @see #isSetMtu()
	 * @see #unsetMtu()
	 * @see #setMtu(int)
	 * @see org.xenophilia.domain.DomainPackage#getVif_Mtu()
	 * @model unsettable="true" dataType="org.xenophilia.domain.Mtu"
	 *        extendedMetaData="kind='attribute' name='mtu'"
	 * @generated
	 */
	int getMtu();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Vif#getMtu <em>Mtu</em>}' attribute.
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
	 * Unsets the value of the '{@link org.xenophilia.domain.Vif#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMtu()
	 * @see #getMtu()
	 * @see #setMtu(int)
	 * @generated
	 */
	void unsetMtu();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Vif#getMtu <em>Mtu</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xenophilia: name of a network managed by the Agent; it resolves to the network's bridge when the domain is deployed. Use either network or bridge. Not an xl.cfg key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network</em>' attribute.
	 * @see #setNetwork(String)
	 * @see org.xenophilia.domain.DomainPackage#getVif_Network()
	 * @model dataType="org.xenophilia.domain.Identifier"
	 *        extendedMetaData="kind='attribute' name='network'"
	 * @generated
	 */
	String getNetwork();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Vif#getNetwork <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' attribute.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(String value);

	/**
	 * Returns the value of the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vifspec rate: outgoing traffic limit as RATE/s[@INTERVAL], RATE with a B/KB/MB/GB (bytes) or b/Kb/Mb/Gb (bits) suffix and INTERVAL in us, ms or s, e.g. 10Mb/s, 1MB/s@20ms. Unlimited when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate</em>' attribute.
	 * @see #setRate(String)
	 * @see org.xenophilia.domain.DomainPackage#getVif_Rate()
	 * @model dataType="org.xenophilia.domain.Rate"
	 *        extendedMetaData="kind='attribute' name='rate'"
	 * @generated
	 */
	String getRate();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Vif#getRate <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate</em>' attribute.
	 * @see #getRate()
	 * @generated
	 */
	void setRate(String value);

	/**
	 * Returns the value of the '<em><b>Script</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vifspec script: hotplug script that configures the interface (xl default vif-bridge; e.g. vif-openvswitch, vif-route, or a path).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Script</em>' attribute.
	 * @see #setScript(String)
	 * @see org.xenophilia.domain.DomainPackage#getVif_Script()
	 * @model dataType="org.xenophilia.domain.Path"
	 *        extendedMetaData="kind='attribute' name='script'"
	 * @generated
	 */
	String getScript();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Vif#getScript <em>Script</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script</em>' attribute.
	 * @see #getScript()
	 * @generated
	 */
	void setScript(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.domain.VifType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vifspec type (HVM only): ioemu (emulated NIC plus PV interface, the default) or vif (PV interface only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.xenophilia.domain.VifType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(VifType)
	 * @see org.xenophilia.domain.DomainPackage#getVif_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='attribute' name='type'"
	 * @generated
	 */
	VifType getType();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Vif#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.xenophilia.domain.VifType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(VifType value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Vif#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(VifType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Vif#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(VifType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Vifname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vifspec vifname: name of the backend (dom0) interface instead of vifDOMID.DEVID; at most 15 characters. HVM guests get an extra "NAME-emu" tap interface.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vifname</em>' attribute.
	 * @see #setVifname(String)
	 * @see org.xenophilia.domain.DomainPackage#getVif_Vifname()
	 * @model dataType="org.xenophilia.domain.InterfaceName"
	 *        extendedMetaData="kind='attribute' name='vifname'"
	 * @generated
	 */
	String getVifname();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Vif#getVifname <em>Vifname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vifname</em>' attribute.
	 * @see #getVifname()
	 * @generated
	 */
	void setVifname(String value);

} // Vif
