/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Network definition of Xenophilia: one virtual network of a node (a Linux bridge in dom0 that guests' vifs join) of one of four kinds: bridged onto an existing interface, NAT behind dom0, routed through dom0, or private. The Agent makes it real on the host with iproute2, nftables and dnsmasq.
 * <!-- end-model-doc -->
 * @see org.xenophilia.network.definition.NetworkFactory
 * @model kind="package"
 * @generated
 */
public interface NetworkPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "definition";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://xenophilia.org/schema/network/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "network";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NetworkPackage eINSTANCE = org.xenophilia.network.definition.impl.NetworkPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.xenophilia.network.definition.impl.Dhcp4Impl <em>Dhcp4</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.Dhcp4Impl
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getDhcp4()
	 * @generated
	 */
	int DHCP4 = 0;

	/**
	 * The feature id for the '<em><b>Leases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DHCP4__LEASES = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DHCP4__END = 1;

	/**
	 * The feature id for the '<em><b>Lease Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DHCP4__LEASE_SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DHCP4__START = 3;

	/**
	 * The number of structural features of the '<em>Dhcp4</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DHCP4_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.xenophilia.network.definition.impl.Dhcp6Impl <em>Dhcp6</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.Dhcp6Impl
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getDhcp6()
	 * @generated
	 */
	int DHCP6 = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DHCP6__END = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DHCP6__START = 1;

	/**
	 * The number of structural features of the '<em>Dhcp6</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DHCP6_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.xenophilia.network.definition.impl.DocumentRootImpl <em>Document Root</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.DocumentRootImpl
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getDocumentRoot()
	 * @generated
	 */
	int DOCUMENT_ROOT = 2;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>XMLNS Prefix Map</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT__XMLNS_PREFIX_MAP = 1;

	/**
	 * The feature id for the '<em><b>XSI Schema Location</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT__XSI_SCHEMA_LOCATION = 2;

	/**
	 * The feature id for the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT__NETWORK = 3;

	/**
	 * The number of structural features of the '<em>Document Root</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.xenophilia.network.definition.impl.ForwardImpl <em>Forward</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.ForwardImpl
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getForward()
	 * @generated
	 */
	int FORWARD = 3;

	/**
	 * The feature id for the '<em><b>Guest Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARD__GUEST_ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Guest Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARD__GUEST_PORT = 1;

	/**
	 * The feature id for the '<em><b>Host Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARD__HOST_PORT = 2;

	/**
	 * The feature id for the '<em><b>Host Port End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARD__HOST_PORT_END = 3;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARD__PROTOCOL = 4;

	/**
	 * The number of structural features of the '<em>Forward</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARD_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.xenophilia.network.definition.impl.Ipv4Impl <em>Ipv4</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.Ipv4Impl
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv4()
	 * @generated
	 */
	int IPV4 = 4;

	/**
	 * The feature id for the '<em><b>Dhcp</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPV4__DHCP = 0;

	/**
	 * The feature id for the '<em><b>Dns Servers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPV4__DNS_SERVERS = 1;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPV4__GATEWAY = 2;

	/**
	 * The feature id for the '<em><b>Subnet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPV4__SUBNET = 3;

	/**
	 * The number of structural features of the '<em>Ipv4</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPV4_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.xenophilia.network.definition.impl.Ipv6Impl <em>Ipv6</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.Ipv6Impl
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv6()
	 * @generated
	 */
	int IPV6 = 5;

	/**
	 * The feature id for the '<em><b>Dhcp</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPV6__DHCP = 0;

	/**
	 * The feature id for the '<em><b>Addressing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPV6__ADDRESSING = 1;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPV6__GATEWAY = 2;

	/**
	 * The feature id for the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPV6__PREFIX = 3;

	/**
	 * The number of structural features of the '<em>Ipv6</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IPV6_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.xenophilia.network.definition.impl.LeaseImpl <em>Lease</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.LeaseImpl
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getLease()
	 * @generated
	 */
	int LEASE = 6;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE__ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE__HOSTNAME = 1;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE__MAC = 2;

	/**
	 * The number of structural features of the '<em>Lease</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.xenophilia.network.definition.impl.NetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.NetworkImpl
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__KIND = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__BRIDGE = 3;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__MTU = 4;

	/**
	 * The feature id for the '<em><b>Uplink</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__UPLINK = 5;

	/**
	 * The feature id for the '<em><b>Vlan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__VLAN = 6;

	/**
	 * The feature id for the '<em><b>Ipv4</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__IPV4 = 7;

	/**
	 * The feature id for the '<em><b>Ipv6</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__IPV6 = 8;

	/**
	 * The feature id for the '<em><b>Forwards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__FORWARDS = 9;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link org.xenophilia.network.definition.ForwardProtocol <em>Forward Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.ForwardProtocol
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getForwardProtocol()
	 * @generated
	 */
	int FORWARD_PROTOCOL = 8;

	/**
	 * The meta object id for the '{@link org.xenophilia.network.definition.Ipv6Addressing <em>Ipv6 Addressing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.Ipv6Addressing
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv6Addressing()
	 * @generated
	 */
	int IPV6_ADDRESSING = 9;

	/**
	 * The meta object id for the '{@link org.xenophilia.network.definition.NetworkKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.NetworkKind
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getNetworkKind()
	 * @generated
	 */
	int NETWORK_KIND = 10;

	/**
	 * The meta object id for the '<em>Forward Protocol Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.ForwardProtocol
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getForwardProtocolObject()
	 * @generated
	 */
	int FORWARD_PROTOCOL_OBJECT = 11;

	/**
	 * The meta object id for the '<em>Host Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getHostName()
	 * @generated
	 */
	int HOST_NAME = 12;

	/**
	 * The meta object id for the '<em>Identifier</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIdentifier()
	 * @generated
	 */
	int IDENTIFIER = 13;

	/**
	 * The meta object id for the '<em>Interface Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getInterfaceName()
	 * @generated
	 */
	int INTERFACE_NAME = 14;

	/**
	 * The meta object id for the '<em>Ipv4 Address</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv4Address()
	 * @generated
	 */
	int IPV4_ADDRESS = 15;

	/**
	 * The meta object id for the '<em>Ipv4 Prefix</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv4Prefix()
	 * @generated
	 */
	int IPV4_PREFIX = 16;

	/**
	 * The meta object id for the '<em>Ipv6 Address</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv6Address()
	 * @generated
	 */
	int IPV6_ADDRESS = 17;

	/**
	 * The meta object id for the '<em>Ipv6 Addressing Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.Ipv6Addressing
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv6AddressingObject()
	 * @generated
	 */
	int IPV6_ADDRESSING_OBJECT = 18;

	/**
	 * The meta object id for the '<em>Ipv6 Prefix</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv6Prefix()
	 * @generated
	 */
	int IPV6_PREFIX = 19;

	/**
	 * The meta object id for the '<em>Lease Seconds</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getLeaseSeconds()
	 * @generated
	 */
	int LEASE_SECONDS = 20;

	/**
	 * The meta object id for the '<em>Lease Seconds Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getLeaseSecondsObject()
	 * @generated
	 */
	int LEASE_SECONDS_OBJECT = 21;

	/**
	 * The meta object id for the '<em>Mac Address</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getMacAddress()
	 * @generated
	 */
	int MAC_ADDRESS = 22;

	/**
	 * The meta object id for the '<em>Mtu</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getMtu()
	 * @generated
	 */
	int MTU = 23;

	/**
	 * The meta object id for the '<em>Mtu Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getMtuObject()
	 * @generated
	 */
	int MTU_OBJECT = 24;

	/**
	 * The meta object id for the '<em>Kind Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.NetworkKind
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getNetworkKindObject()
	 * @generated
	 */
	int NETWORK_KIND_OBJECT = 25;

	/**
	 * The meta object id for the '<em>Port</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getPort()
	 * @generated
	 */
	int PORT = 26;

	/**
	 * The meta object id for the '<em>Port Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getPortObject()
	 * @generated
	 */
	int PORT_OBJECT = 27;

	/**
	 * The meta object id for the '<em>Vlan Tag</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getVlanTag()
	 * @generated
	 */
	int VLAN_TAG = 28;

	/**
	 * The meta object id for the '<em>Vlan Tag Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getVlanTagObject()
	 * @generated
	 */
	int VLAN_TAG_OBJECT = 29;


	/**
	 * Returns the meta object for class '{@link org.xenophilia.network.definition.Dhcp4 <em>Dhcp4</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dhcp4</em>'.
	 * @see org.xenophilia.network.definition.Dhcp4
	 * @generated
	 */
	EClass getDhcp4();

	/**
	 * Returns the meta object for the containment reference list '{@link org.xenophilia.network.definition.Dhcp4#getLeases <em>Leases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Leases</em>'.
	 * @see org.xenophilia.network.definition.Dhcp4#getLeases()
	 * @see #getDhcp4()
	 * @generated
	 */
	EReference getDhcp4_Leases();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Dhcp4#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.xenophilia.network.definition.Dhcp4#getEnd()
	 * @see #getDhcp4()
	 * @generated
	 */
	EAttribute getDhcp4_End();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Dhcp4#getLeaseSeconds <em>Lease Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lease Seconds</em>'.
	 * @see org.xenophilia.network.definition.Dhcp4#getLeaseSeconds()
	 * @see #getDhcp4()
	 * @generated
	 */
	EAttribute getDhcp4_LeaseSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Dhcp4#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.xenophilia.network.definition.Dhcp4#getStart()
	 * @see #getDhcp4()
	 * @generated
	 */
	EAttribute getDhcp4_Start();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.network.definition.Dhcp6 <em>Dhcp6</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dhcp6</em>'.
	 * @see org.xenophilia.network.definition.Dhcp6
	 * @generated
	 */
	EClass getDhcp6();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Dhcp6#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.xenophilia.network.definition.Dhcp6#getEnd()
	 * @see #getDhcp6()
	 * @generated
	 */
	EAttribute getDhcp6_End();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Dhcp6#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.xenophilia.network.definition.Dhcp6#getStart()
	 * @see #getDhcp6()
	 * @generated
	 */
	EAttribute getDhcp6_Start();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.network.definition.DocumentRoot <em>Document Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Root</em>'.
	 * @see org.xenophilia.network.definition.DocumentRoot
	 * @generated
	 */
	EClass getDocumentRoot();

	/**
	 * Returns the meta object for the attribute list '{@link org.xenophilia.network.definition.DocumentRoot#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.xenophilia.network.definition.DocumentRoot#getMixed()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EAttribute getDocumentRoot_Mixed();

	/**
	 * Returns the meta object for the map '{@link org.xenophilia.network.definition.DocumentRoot#getXMLNSPrefixMap <em>XMLNS Prefix Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>XMLNS Prefix Map</em>'.
	 * @see org.xenophilia.network.definition.DocumentRoot#getXMLNSPrefixMap()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_XMLNSPrefixMap();

	/**
	 * Returns the meta object for the map '{@link org.xenophilia.network.definition.DocumentRoot#getXSISchemaLocation <em>XSI Schema Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>XSI Schema Location</em>'.
	 * @see org.xenophilia.network.definition.DocumentRoot#getXSISchemaLocation()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_XSISchemaLocation();

	/**
	 * Returns the meta object for the containment reference '{@link org.xenophilia.network.definition.DocumentRoot#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Network</em>'.
	 * @see org.xenophilia.network.definition.DocumentRoot#getNetwork()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_Network();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.network.definition.Forward <em>Forward</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Forward</em>'.
	 * @see org.xenophilia.network.definition.Forward
	 * @generated
	 */
	EClass getForward();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Forward#getGuestAddress <em>Guest Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Address</em>'.
	 * @see org.xenophilia.network.definition.Forward#getGuestAddress()
	 * @see #getForward()
	 * @generated
	 */
	EAttribute getForward_GuestAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Forward#getGuestPort <em>Guest Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Port</em>'.
	 * @see org.xenophilia.network.definition.Forward#getGuestPort()
	 * @see #getForward()
	 * @generated
	 */
	EAttribute getForward_GuestPort();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Forward#getHostPort <em>Host Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Port</em>'.
	 * @see org.xenophilia.network.definition.Forward#getHostPort()
	 * @see #getForward()
	 * @generated
	 */
	EAttribute getForward_HostPort();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Forward#getHostPortEnd <em>Host Port End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Port End</em>'.
	 * @see org.xenophilia.network.definition.Forward#getHostPortEnd()
	 * @see #getForward()
	 * @generated
	 */
	EAttribute getForward_HostPortEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Forward#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see org.xenophilia.network.definition.Forward#getProtocol()
	 * @see #getForward()
	 * @generated
	 */
	EAttribute getForward_Protocol();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.network.definition.Ipv4 <em>Ipv4</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ipv4</em>'.
	 * @see org.xenophilia.network.definition.Ipv4
	 * @generated
	 */
	EClass getIpv4();

	/**
	 * Returns the meta object for the containment reference '{@link org.xenophilia.network.definition.Ipv4#getDhcp <em>Dhcp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dhcp</em>'.
	 * @see org.xenophilia.network.definition.Ipv4#getDhcp()
	 * @see #getIpv4()
	 * @generated
	 */
	EReference getIpv4_Dhcp();

	/**
	 * Returns the meta object for the attribute list '{@link org.xenophilia.network.definition.Ipv4#getDnsServers <em>Dns Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Dns Servers</em>'.
	 * @see org.xenophilia.network.definition.Ipv4#getDnsServers()
	 * @see #getIpv4()
	 * @generated
	 */
	EAttribute getIpv4_DnsServers();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Ipv4#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway</em>'.
	 * @see org.xenophilia.network.definition.Ipv4#getGateway()
	 * @see #getIpv4()
	 * @generated
	 */
	EAttribute getIpv4_Gateway();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Ipv4#getSubnet <em>Subnet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subnet</em>'.
	 * @see org.xenophilia.network.definition.Ipv4#getSubnet()
	 * @see #getIpv4()
	 * @generated
	 */
	EAttribute getIpv4_Subnet();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.network.definition.Ipv6 <em>Ipv6</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ipv6</em>'.
	 * @see org.xenophilia.network.definition.Ipv6
	 * @generated
	 */
	EClass getIpv6();

	/**
	 * Returns the meta object for the containment reference '{@link org.xenophilia.network.definition.Ipv6#getDhcp <em>Dhcp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dhcp</em>'.
	 * @see org.xenophilia.network.definition.Ipv6#getDhcp()
	 * @see #getIpv6()
	 * @generated
	 */
	EReference getIpv6_Dhcp();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Ipv6#getAddressing <em>Addressing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addressing</em>'.
	 * @see org.xenophilia.network.definition.Ipv6#getAddressing()
	 * @see #getIpv6()
	 * @generated
	 */
	EAttribute getIpv6_Addressing();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Ipv6#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway</em>'.
	 * @see org.xenophilia.network.definition.Ipv6#getGateway()
	 * @see #getIpv6()
	 * @generated
	 */
	EAttribute getIpv6_Gateway();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Ipv6#getPrefix <em>Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix</em>'.
	 * @see org.xenophilia.network.definition.Ipv6#getPrefix()
	 * @see #getIpv6()
	 * @generated
	 */
	EAttribute getIpv6_Prefix();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.network.definition.Lease <em>Lease</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lease</em>'.
	 * @see org.xenophilia.network.definition.Lease
	 * @generated
	 */
	EClass getLease();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Lease#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.xenophilia.network.definition.Lease#getAddress()
	 * @see #getLease()
	 * @generated
	 */
	EAttribute getLease_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Lease#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see org.xenophilia.network.definition.Lease#getHostname()
	 * @see #getLease()
	 * @generated
	 */
	EAttribute getLease_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Lease#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see org.xenophilia.network.definition.Lease#getMac()
	 * @see #getLease()
	 * @generated
	 */
	EAttribute getLease_Mac();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.network.definition.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see org.xenophilia.network.definition.Network
	 * @generated
	 */
	EClass getNetwork();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Network#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.xenophilia.network.definition.Network#getName()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Network#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.xenophilia.network.definition.Network#getKind()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Network#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.xenophilia.network.definition.Network#getDescription()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Network#getBridge <em>Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bridge</em>'.
	 * @see org.xenophilia.network.definition.Network#getBridge()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Bridge();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Network#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtu</em>'.
	 * @see org.xenophilia.network.definition.Network#getMtu()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Mtu();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Network#getUplink <em>Uplink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uplink</em>'.
	 * @see org.xenophilia.network.definition.Network#getUplink()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Uplink();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.network.definition.Network#getVlan <em>Vlan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vlan</em>'.
	 * @see org.xenophilia.network.definition.Network#getVlan()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Vlan();

	/**
	 * Returns the meta object for the containment reference '{@link org.xenophilia.network.definition.Network#getIpv4 <em>Ipv4</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ipv4</em>'.
	 * @see org.xenophilia.network.definition.Network#getIpv4()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Ipv4();

	/**
	 * Returns the meta object for the containment reference '{@link org.xenophilia.network.definition.Network#getIpv6 <em>Ipv6</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ipv6</em>'.
	 * @see org.xenophilia.network.definition.Network#getIpv6()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Ipv6();

	/**
	 * Returns the meta object for the containment reference list '{@link org.xenophilia.network.definition.Network#getForwards <em>Forwards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Forwards</em>'.
	 * @see org.xenophilia.network.definition.Network#getForwards()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Forwards();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.network.definition.ForwardProtocol <em>Forward Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Forward Protocol</em>'.
	 * @see org.xenophilia.network.definition.ForwardProtocol
	 * @generated
	 */
	EEnum getForwardProtocol();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.network.definition.Ipv6Addressing <em>Ipv6 Addressing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ipv6 Addressing</em>'.
	 * @see org.xenophilia.network.definition.Ipv6Addressing
	 * @generated
	 */
	EEnum getIpv6Addressing();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.network.definition.NetworkKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.xenophilia.network.definition.NetworkKind
	 * @generated
	 */
	EEnum getNetworkKind();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.network.definition.ForwardProtocol <em>Forward Protocol Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Forward Protocol Object</em>'.
	 * @see org.xenophilia.network.definition.ForwardProtocol
	 * @model instanceClass="org.xenophilia.network.definition.ForwardProtocol"
	 *        extendedMetaData="name='ForwardProtocol:Object' baseType='ForwardProtocol'"
	 * @generated
	 */
	EDataType getForwardProtocolObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Host Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A host name for DHCP and DNS: one label of 1 to 63 letters, digits and -, neither starting nor ending with -, e.g. web01.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Host Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='HostName' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?'"
	 * @generated
	 */
	EDataType getHostName();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A network name: 1 to 64 characters, letters, digits and _ . -, starting with a letter or digit (the Identifier of domain.xsd, which a vif's network attribute has).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Identifier</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Identifier' baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='64' pattern='[A-Za-z0-9][A-Za-z0-9_.\\-]*'"
	 * @generated
	 */
	EDataType getIdentifier();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Interface Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A Linux network interface name: 1 to 15 letters, digits and _ . -, starting with a letter or digit, e.g. eth0, enp3s0, bond0, xnlab (stricter than the kernel, so that no name holds whitespace, a slash, a colon or a shell metacharacter).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Interface Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='InterfaceName' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[A-Za-z0-9][A-Za-z0-9_.\\-]{0,14}'"
	 * @generated
	 */
	EDataType getInterfaceName();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Ipv4 Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An IPv4 address in dotted-decimal form: four numbers 0 to 255 separated by dots, without leading zeros, e.g. 192.168.100.1.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Ipv4 Address</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Ipv4Address' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[0-9]{1,3}(\\.[0-9]{1,3}){3}'"
	 * @generated
	 */
	EDataType getIpv4Address();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Ipv4 Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An IPv4 subnet ADDRESS/LENGTH: a dotted-decimal address with its host bits zero and a prefix length 0 to 32, e.g. 192.168.100.0/24.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Ipv4 Prefix</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Ipv4Prefix' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}'"
	 * @generated
	 */
	EDataType getIpv4Prefix();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Ipv6 Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An IPv6 address in the text form of RFC 4291 (hexadecimal groups separated by colons, :: for a run of zero groups), without zone or brackets, e.g. fd00:100::1.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Ipv6 Address</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Ipv6Address' baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='45' pattern='[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*'"
	 * @generated
	 */
	EDataType getIpv6Address();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.network.definition.Ipv6Addressing <em>Ipv6 Addressing Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Ipv6 Addressing Object</em>'.
	 * @see org.xenophilia.network.definition.Ipv6Addressing
	 * @model instanceClass="org.xenophilia.network.definition.Ipv6Addressing"
	 *        extendedMetaData="name='Ipv6Addressing:Object' baseType='Ipv6Addressing'"
	 * @generated
	 */
	EDataType getIpv6AddressingObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Ipv6 Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An IPv6 prefix ADDRESS/LENGTH: an IPv6 address with its host bits zero and a prefix length 0 to 128, e.g. fd00:100::/64.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Ipv6 Prefix</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Ipv6Prefix' baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='49' pattern='[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]\052/[0-9]{1,3}'"
	 * @generated
	 */
	EDataType getIpv6Prefix();

	/**
	 * Returns the meta object for data type '<em>Lease Seconds</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A DHCP lease time in seconds, at least 120 (dnsmasq's minimum).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Lease Seconds</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='LeaseSeconds' baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='120'"
	 * @generated
	 */
	EDataType getLeaseSeconds();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Lease Seconds Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Lease Seconds Object</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='LeaseSeconds:Object' baseType='LeaseSeconds'"
	 * @generated
	 */
	EDataType getLeaseSecondsObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Mac Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A MAC address: six pairs of hexadecimal digits separated by colons, e.g. 00:16:3e:12:34:56.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Mac Address</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='MacAddress' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}'"
	 * @generated
	 */
	EDataType getMacAddress();

	/**
	 * Returns the meta object for data type '<em>Mtu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An interface MTU, 68 to 65535.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Mtu</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='Mtu' baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='68' maxInclusive='65535'"
	 * @generated
	 */
	EDataType getMtu();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Mtu Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Mtu Object</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='Mtu:Object' baseType='Mtu'"
	 * @generated
	 */
	EDataType getMtuObject();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.network.definition.NetworkKind <em>Kind Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Kind Object</em>'.
	 * @see org.xenophilia.network.definition.NetworkKind
	 * @model instanceClass="org.xenophilia.network.definition.NetworkKind"
	 *        extendedMetaData="name='NetworkKind:Object' baseType='NetworkKind'"
	 * @generated
	 */
	EDataType getNetworkKindObject();

	/**
	 * Returns the meta object for data type '<em>Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A TCP or UDP port, 1 to 65535.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Port</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='Port' baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='1' maxInclusive='65535'"
	 * @generated
	 */
	EDataType getPort();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Port Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Port Object</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='Port:Object' baseType='Port'"
	 * @generated
	 */
	EDataType getPortObject();

	/**
	 * Returns the meta object for data type '<em>Vlan Tag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An 802.1Q VLAN tag, 1 to 4094.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Vlan Tag</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='VlanTag' baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='1' maxInclusive='4094'"
	 * @generated
	 */
	EDataType getVlanTag();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Vlan Tag Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Vlan Tag Object</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='VlanTag:Object' baseType='VlanTag'"
	 * @generated
	 */
	EDataType getVlanTagObject();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NetworkFactory getNetworkFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.xenophilia.network.definition.impl.Dhcp4Impl <em>Dhcp4</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.Dhcp4Impl
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getDhcp4()
		 * @generated
		 */
		EClass DHCP4 = eINSTANCE.getDhcp4();

		/**
		 * The meta object literal for the '<em><b>Leases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DHCP4__LEASES = eINSTANCE.getDhcp4_Leases();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DHCP4__END = eINSTANCE.getDhcp4_End();

		/**
		 * The meta object literal for the '<em><b>Lease Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DHCP4__LEASE_SECONDS = eINSTANCE.getDhcp4_LeaseSeconds();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DHCP4__START = eINSTANCE.getDhcp4_Start();

		/**
		 * The meta object literal for the '{@link org.xenophilia.network.definition.impl.Dhcp6Impl <em>Dhcp6</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.Dhcp6Impl
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getDhcp6()
		 * @generated
		 */
		EClass DHCP6 = eINSTANCE.getDhcp6();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DHCP6__END = eINSTANCE.getDhcp6_End();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DHCP6__START = eINSTANCE.getDhcp6_Start();

		/**
		 * The meta object literal for the '{@link org.xenophilia.network.definition.impl.DocumentRootImpl <em>Document Root</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.DocumentRootImpl
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getDocumentRoot()
		 * @generated
		 */
		EClass DOCUMENT_ROOT = eINSTANCE.getDocumentRoot();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ROOT__MIXED = eINSTANCE.getDocumentRoot_Mixed();

		/**
		 * The meta object literal for the '<em><b>XMLNS Prefix Map</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ROOT__XMLNS_PREFIX_MAP = eINSTANCE.getDocumentRoot_XMLNSPrefixMap();

		/**
		 * The meta object literal for the '<em><b>XSI Schema Location</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ROOT__XSI_SCHEMA_LOCATION = eINSTANCE.getDocumentRoot_XSISchemaLocation();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ROOT__NETWORK = eINSTANCE.getDocumentRoot_Network();

		/**
		 * The meta object literal for the '{@link org.xenophilia.network.definition.impl.ForwardImpl <em>Forward</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.ForwardImpl
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getForward()
		 * @generated
		 */
		EClass FORWARD = eINSTANCE.getForward();

		/**
		 * The meta object literal for the '<em><b>Guest Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORWARD__GUEST_ADDRESS = eINSTANCE.getForward_GuestAddress();

		/**
		 * The meta object literal for the '<em><b>Guest Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORWARD__GUEST_PORT = eINSTANCE.getForward_GuestPort();

		/**
		 * The meta object literal for the '<em><b>Host Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORWARD__HOST_PORT = eINSTANCE.getForward_HostPort();

		/**
		 * The meta object literal for the '<em><b>Host Port End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORWARD__HOST_PORT_END = eINSTANCE.getForward_HostPortEnd();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORWARD__PROTOCOL = eINSTANCE.getForward_Protocol();

		/**
		 * The meta object literal for the '{@link org.xenophilia.network.definition.impl.Ipv4Impl <em>Ipv4</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.Ipv4Impl
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv4()
		 * @generated
		 */
		EClass IPV4 = eINSTANCE.getIpv4();

		/**
		 * The meta object literal for the '<em><b>Dhcp</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IPV4__DHCP = eINSTANCE.getIpv4_Dhcp();

		/**
		 * The meta object literal for the '<em><b>Dns Servers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPV4__DNS_SERVERS = eINSTANCE.getIpv4_DnsServers();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPV4__GATEWAY = eINSTANCE.getIpv4_Gateway();

		/**
		 * The meta object literal for the '<em><b>Subnet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPV4__SUBNET = eINSTANCE.getIpv4_Subnet();

		/**
		 * The meta object literal for the '{@link org.xenophilia.network.definition.impl.Ipv6Impl <em>Ipv6</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.Ipv6Impl
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv6()
		 * @generated
		 */
		EClass IPV6 = eINSTANCE.getIpv6();

		/**
		 * The meta object literal for the '<em><b>Dhcp</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IPV6__DHCP = eINSTANCE.getIpv6_Dhcp();

		/**
		 * The meta object literal for the '<em><b>Addressing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPV6__ADDRESSING = eINSTANCE.getIpv6_Addressing();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPV6__GATEWAY = eINSTANCE.getIpv6_Gateway();

		/**
		 * The meta object literal for the '<em><b>Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IPV6__PREFIX = eINSTANCE.getIpv6_Prefix();

		/**
		 * The meta object literal for the '{@link org.xenophilia.network.definition.impl.LeaseImpl <em>Lease</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.LeaseImpl
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getLease()
		 * @generated
		 */
		EClass LEASE = eINSTANCE.getLease();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE__ADDRESS = eINSTANCE.getLease_Address();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE__HOSTNAME = eINSTANCE.getLease_Hostname();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE__MAC = eINSTANCE.getLease_Mac();

		/**
		 * The meta object literal for the '{@link org.xenophilia.network.definition.impl.NetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.NetworkImpl
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getNetwork()
		 * @generated
		 */
		EClass NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__NAME = eINSTANCE.getNetwork_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__KIND = eINSTANCE.getNetwork_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__DESCRIPTION = eINSTANCE.getNetwork_Description();

		/**
		 * The meta object literal for the '<em><b>Bridge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__BRIDGE = eINSTANCE.getNetwork_Bridge();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__MTU = eINSTANCE.getNetwork_Mtu();

		/**
		 * The meta object literal for the '<em><b>Uplink</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__UPLINK = eINSTANCE.getNetwork_Uplink();

		/**
		 * The meta object literal for the '<em><b>Vlan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__VLAN = eINSTANCE.getNetwork_Vlan();

		/**
		 * The meta object literal for the '<em><b>Ipv4</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__IPV4 = eINSTANCE.getNetwork_Ipv4();

		/**
		 * The meta object literal for the '<em><b>Ipv6</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__IPV6 = eINSTANCE.getNetwork_Ipv6();

		/**
		 * The meta object literal for the '<em><b>Forwards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__FORWARDS = eINSTANCE.getNetwork_Forwards();

		/**
		 * The meta object literal for the '{@link org.xenophilia.network.definition.ForwardProtocol <em>Forward Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.ForwardProtocol
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getForwardProtocol()
		 * @generated
		 */
		EEnum FORWARD_PROTOCOL = eINSTANCE.getForwardProtocol();

		/**
		 * The meta object literal for the '{@link org.xenophilia.network.definition.Ipv6Addressing <em>Ipv6 Addressing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.Ipv6Addressing
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv6Addressing()
		 * @generated
		 */
		EEnum IPV6_ADDRESSING = eINSTANCE.getIpv6Addressing();

		/**
		 * The meta object literal for the '{@link org.xenophilia.network.definition.NetworkKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.NetworkKind
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getNetworkKind()
		 * @generated
		 */
		EEnum NETWORK_KIND = eINSTANCE.getNetworkKind();

		/**
		 * The meta object literal for the '<em>Forward Protocol Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.ForwardProtocol
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getForwardProtocolObject()
		 * @generated
		 */
		EDataType FORWARD_PROTOCOL_OBJECT = eINSTANCE.getForwardProtocolObject();

		/**
		 * The meta object literal for the '<em>Host Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getHostName()
		 * @generated
		 */
		EDataType HOST_NAME = eINSTANCE.getHostName();

		/**
		 * The meta object literal for the '<em>Identifier</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIdentifier()
		 * @generated
		 */
		EDataType IDENTIFIER = eINSTANCE.getIdentifier();

		/**
		 * The meta object literal for the '<em>Interface Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getInterfaceName()
		 * @generated
		 */
		EDataType INTERFACE_NAME = eINSTANCE.getInterfaceName();

		/**
		 * The meta object literal for the '<em>Ipv4 Address</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv4Address()
		 * @generated
		 */
		EDataType IPV4_ADDRESS = eINSTANCE.getIpv4Address();

		/**
		 * The meta object literal for the '<em>Ipv4 Prefix</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv4Prefix()
		 * @generated
		 */
		EDataType IPV4_PREFIX = eINSTANCE.getIpv4Prefix();

		/**
		 * The meta object literal for the '<em>Ipv6 Address</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv6Address()
		 * @generated
		 */
		EDataType IPV6_ADDRESS = eINSTANCE.getIpv6Address();

		/**
		 * The meta object literal for the '<em>Ipv6 Addressing Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.Ipv6Addressing
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv6AddressingObject()
		 * @generated
		 */
		EDataType IPV6_ADDRESSING_OBJECT = eINSTANCE.getIpv6AddressingObject();

		/**
		 * The meta object literal for the '<em>Ipv6 Prefix</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getIpv6Prefix()
		 * @generated
		 */
		EDataType IPV6_PREFIX = eINSTANCE.getIpv6Prefix();

		/**
		 * The meta object literal for the '<em>Lease Seconds</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getLeaseSeconds()
		 * @generated
		 */
		EDataType LEASE_SECONDS = eINSTANCE.getLeaseSeconds();

		/**
		 * The meta object literal for the '<em>Lease Seconds Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getLeaseSecondsObject()
		 * @generated
		 */
		EDataType LEASE_SECONDS_OBJECT = eINSTANCE.getLeaseSecondsObject();

		/**
		 * The meta object literal for the '<em>Mac Address</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getMacAddress()
		 * @generated
		 */
		EDataType MAC_ADDRESS = eINSTANCE.getMacAddress();

		/**
		 * The meta object literal for the '<em>Mtu</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getMtu()
		 * @generated
		 */
		EDataType MTU = eINSTANCE.getMtu();

		/**
		 * The meta object literal for the '<em>Mtu Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getMtuObject()
		 * @generated
		 */
		EDataType MTU_OBJECT = eINSTANCE.getMtuObject();

		/**
		 * The meta object literal for the '<em>Kind Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.NetworkKind
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getNetworkKindObject()
		 * @generated
		 */
		EDataType NETWORK_KIND_OBJECT = eINSTANCE.getNetworkKindObject();

		/**
		 * The meta object literal for the '<em>Port</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getPort()
		 * @generated
		 */
		EDataType PORT = eINSTANCE.getPort();

		/**
		 * The meta object literal for the '<em>Port Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getPortObject()
		 * @generated
		 */
		EDataType PORT_OBJECT = eINSTANCE.getPortObject();

		/**
		 * The meta object literal for the '<em>Vlan Tag</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getVlanTag()
		 * @generated
		 */
		EDataType VLAN_TAG = eINSTANCE.getVlanTag();

		/**
		 * The meta object literal for the '<em>Vlan Tag Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.xenophilia.network.definition.impl.NetworkPackageImpl#getVlanTagObject()
		 * @generated
		 */
		EDataType VLAN_TAG_OBJECT = eINSTANCE.getVlanTagObject();

	}

} //NetworkPackage
