/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

import org.xenophilia.network.definition.Dhcp4;
import org.xenophilia.network.definition.Dhcp6;
import org.xenophilia.network.definition.DocumentRoot;
import org.xenophilia.network.definition.Forward;
import org.xenophilia.network.definition.ForwardProtocol;
import org.xenophilia.network.definition.Ipv4;
import org.xenophilia.network.definition.Ipv6;
import org.xenophilia.network.definition.Ipv6Addressing;
import org.xenophilia.network.definition.Lease;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkFactory;
import org.xenophilia.network.definition.NetworkKind;
import org.xenophilia.network.definition.NetworkPackage;

import org.xenophilia.network.definition.util.NetworkValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NetworkPackageImpl extends EPackageImpl implements NetworkPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dhcp4EClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dhcp6EClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentRootEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass forwardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ipv4EClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ipv6EClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass leaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum forwardProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ipv6AddressingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum networkKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType forwardProtocolObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType hostNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType identifierEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType interfaceNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ipv4AddressEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ipv4PrefixEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ipv6AddressEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ipv6AddressingObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ipv6PrefixEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType leaseSecondsEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType leaseSecondsObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType macAddressEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType mtuEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType mtuObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType networkKindObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType portEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType portObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType vlanTagEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType vlanTagObjectEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.xenophilia.network.definition.NetworkPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NetworkPackageImpl() {
		super(eNS_URI, NetworkFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link NetworkPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static NetworkPackage init() {
		if (isInited) return (NetworkPackage)EPackage.Registry.INSTANCE.getEPackage(NetworkPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredNetworkPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		NetworkPackageImpl theNetworkPackage = registeredNetworkPackage instanceof NetworkPackageImpl ? (NetworkPackageImpl)registeredNetworkPackage : new NetworkPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		XMLTypePackage.eINSTANCE.eClass();
		EcorePackage.eINSTANCE.eClass();
		XMLTypePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theNetworkPackage.createPackageContents();

		// Initialize created meta-data
		theNetworkPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theNetworkPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return NetworkValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theNetworkPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NetworkPackage.eNS_URI, theNetworkPackage);
		return theNetworkPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDhcp4() {
		return dhcp4EClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDhcp4_Leases() {
		return (EReference)dhcp4EClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDhcp4_End() {
		return (EAttribute)dhcp4EClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDhcp4_LeaseSeconds() {
		return (EAttribute)dhcp4EClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDhcp4_Start() {
		return (EAttribute)dhcp4EClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDhcp6() {
		return dhcp6EClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDhcp6_End() {
		return (EAttribute)dhcp6EClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDhcp6_Start() {
		return (EAttribute)dhcp6EClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocumentRoot() {
		return documentRootEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentRoot_Mixed() {
		return (EAttribute)documentRootEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentRoot_XMLNSPrefixMap() {
		return (EReference)documentRootEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentRoot_XSISchemaLocation() {
		return (EReference)documentRootEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentRoot_Network() {
		return (EReference)documentRootEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getForward() {
		return forwardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForward_GuestAddress() {
		return (EAttribute)forwardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForward_GuestPort() {
		return (EAttribute)forwardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForward_HostPort() {
		return (EAttribute)forwardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForward_HostPortEnd() {
		return (EAttribute)forwardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForward_Protocol() {
		return (EAttribute)forwardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIpv4() {
		return ipv4EClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIpv4_Dhcp() {
		return (EReference)ipv4EClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpv4_DnsServers() {
		return (EAttribute)ipv4EClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpv4_Gateway() {
		return (EAttribute)ipv4EClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpv4_Subnet() {
		return (EAttribute)ipv4EClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIpv6() {
		return ipv6EClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIpv6_Dhcp() {
		return (EReference)ipv6EClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpv6_Addressing() {
		return (EAttribute)ipv6EClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpv6_Gateway() {
		return (EAttribute)ipv6EClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpv6_Prefix() {
		return (EAttribute)ipv6EClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLease() {
		return leaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLease_Address() {
		return (EAttribute)leaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLease_Hostname() {
		return (EAttribute)leaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLease_Mac() {
		return (EAttribute)leaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetwork() {
		return networkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetwork_Name() {
		return (EAttribute)networkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetwork_Kind() {
		return (EAttribute)networkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetwork_Description() {
		return (EAttribute)networkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetwork_Bridge() {
		return (EAttribute)networkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetwork_Mtu() {
		return (EAttribute)networkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetwork_Uplink() {
		return (EAttribute)networkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetwork_Vlan() {
		return (EAttribute)networkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Ipv4() {
		return (EReference)networkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Ipv6() {
		return (EReference)networkEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Forwards() {
		return (EReference)networkEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getForwardProtocol() {
		return forwardProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIpv6Addressing() {
		return ipv6AddressingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNetworkKind() {
		return networkKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getForwardProtocolObject() {
		return forwardProtocolObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getHostName() {
		return hostNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIdentifier() {
		return identifierEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInterfaceName() {
		return interfaceNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIpv4Address() {
		return ipv4AddressEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIpv4Prefix() {
		return ipv4PrefixEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIpv6Address() {
		return ipv6AddressEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIpv6AddressingObject() {
		return ipv6AddressingObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIpv6Prefix() {
		return ipv6PrefixEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLeaseSeconds() {
		return leaseSecondsEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLeaseSecondsObject() {
		return leaseSecondsObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMacAddress() {
		return macAddressEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMtu() {
		return mtuEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMtuObject() {
		return mtuObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getNetworkKindObject() {
		return networkKindObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPort() {
		return portEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPortObject() {
		return portObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVlanTag() {
		return vlanTagEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVlanTagObject() {
		return vlanTagObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkFactory getNetworkFactory() {
		return (NetworkFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		dhcp4EClass = createEClass(DHCP4);
		createEReference(dhcp4EClass, DHCP4__LEASES);
		createEAttribute(dhcp4EClass, DHCP4__END);
		createEAttribute(dhcp4EClass, DHCP4__LEASE_SECONDS);
		createEAttribute(dhcp4EClass, DHCP4__START);

		dhcp6EClass = createEClass(DHCP6);
		createEAttribute(dhcp6EClass, DHCP6__END);
		createEAttribute(dhcp6EClass, DHCP6__START);

		documentRootEClass = createEClass(DOCUMENT_ROOT);
		createEAttribute(documentRootEClass, DOCUMENT_ROOT__MIXED);
		createEReference(documentRootEClass, DOCUMENT_ROOT__XMLNS_PREFIX_MAP);
		createEReference(documentRootEClass, DOCUMENT_ROOT__XSI_SCHEMA_LOCATION);
		createEReference(documentRootEClass, DOCUMENT_ROOT__NETWORK);

		forwardEClass = createEClass(FORWARD);
		createEAttribute(forwardEClass, FORWARD__GUEST_ADDRESS);
		createEAttribute(forwardEClass, FORWARD__GUEST_PORT);
		createEAttribute(forwardEClass, FORWARD__HOST_PORT);
		createEAttribute(forwardEClass, FORWARD__HOST_PORT_END);
		createEAttribute(forwardEClass, FORWARD__PROTOCOL);

		ipv4EClass = createEClass(IPV4);
		createEReference(ipv4EClass, IPV4__DHCP);
		createEAttribute(ipv4EClass, IPV4__DNS_SERVERS);
		createEAttribute(ipv4EClass, IPV4__GATEWAY);
		createEAttribute(ipv4EClass, IPV4__SUBNET);

		ipv6EClass = createEClass(IPV6);
		createEReference(ipv6EClass, IPV6__DHCP);
		createEAttribute(ipv6EClass, IPV6__ADDRESSING);
		createEAttribute(ipv6EClass, IPV6__GATEWAY);
		createEAttribute(ipv6EClass, IPV6__PREFIX);

		leaseEClass = createEClass(LEASE);
		createEAttribute(leaseEClass, LEASE__ADDRESS);
		createEAttribute(leaseEClass, LEASE__HOSTNAME);
		createEAttribute(leaseEClass, LEASE__MAC);

		networkEClass = createEClass(NETWORK);
		createEAttribute(networkEClass, NETWORK__NAME);
		createEAttribute(networkEClass, NETWORK__KIND);
		createEAttribute(networkEClass, NETWORK__DESCRIPTION);
		createEAttribute(networkEClass, NETWORK__BRIDGE);
		createEAttribute(networkEClass, NETWORK__MTU);
		createEAttribute(networkEClass, NETWORK__UPLINK);
		createEAttribute(networkEClass, NETWORK__VLAN);
		createEReference(networkEClass, NETWORK__IPV4);
		createEReference(networkEClass, NETWORK__IPV6);
		createEReference(networkEClass, NETWORK__FORWARDS);

		// Create enums
		forwardProtocolEEnum = createEEnum(FORWARD_PROTOCOL);
		ipv6AddressingEEnum = createEEnum(IPV6_ADDRESSING);
		networkKindEEnum = createEEnum(NETWORK_KIND);

		// Create data types
		forwardProtocolObjectEDataType = createEDataType(FORWARD_PROTOCOL_OBJECT);
		hostNameEDataType = createEDataType(HOST_NAME);
		identifierEDataType = createEDataType(IDENTIFIER);
		interfaceNameEDataType = createEDataType(INTERFACE_NAME);
		ipv4AddressEDataType = createEDataType(IPV4_ADDRESS);
		ipv4PrefixEDataType = createEDataType(IPV4_PREFIX);
		ipv6AddressEDataType = createEDataType(IPV6_ADDRESS);
		ipv6AddressingObjectEDataType = createEDataType(IPV6_ADDRESSING_OBJECT);
		ipv6PrefixEDataType = createEDataType(IPV6_PREFIX);
		leaseSecondsEDataType = createEDataType(LEASE_SECONDS);
		leaseSecondsObjectEDataType = createEDataType(LEASE_SECONDS_OBJECT);
		macAddressEDataType = createEDataType(MAC_ADDRESS);
		mtuEDataType = createEDataType(MTU);
		mtuObjectEDataType = createEDataType(MTU_OBJECT);
		networkKindObjectEDataType = createEDataType(NETWORK_KIND_OBJECT);
		portEDataType = createEDataType(PORT);
		portObjectEDataType = createEDataType(PORT_OBJECT);
		vlanTagEDataType = createEDataType(VLAN_TAG);
		vlanTagObjectEDataType = createEDataType(VLAN_TAG_OBJECT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		XMLTypePackage theXMLTypePackage_1 = (XMLTypePackage)EPackage.Registry.INSTANCE.getEPackage(XMLTypePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes and features; add operations and parameters
		initEClass(dhcp4EClass, Dhcp4.class, "Dhcp4", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDhcp4_Leases(), this.getLease(), null, "leases", null, 0, -1, Dhcp4.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDhcp4_End(), this.getIpv4Address(), "end", null, 1, 1, Dhcp4.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDhcp4_LeaseSeconds(), this.getLeaseSeconds(), "leaseSeconds", null, 0, 1, Dhcp4.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDhcp4_Start(), this.getIpv4Address(), "start", null, 1, 1, Dhcp4.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dhcp6EClass, Dhcp6.class, "Dhcp6", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDhcp6_End(), this.getIpv6Address(), "end", null, 1, 1, Dhcp6.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDhcp6_Start(), this.getIpv6Address(), "start", null, 1, 1, Dhcp6.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(documentRootEClass, DocumentRoot.class, "DocumentRoot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocumentRoot_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, null, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_XMLNSPrefixMap(), ecorePackage.getEStringToStringMapEntry(), null, "xMLNSPrefixMap", null, 0, -1, null, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_XSISchemaLocation(), ecorePackage.getEStringToStringMapEntry(), null, "xSISchemaLocation", null, 0, -1, null, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_Network(), this.getNetwork(), null, "network", null, 0, -2, null, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(forwardEClass, Forward.class, "Forward", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getForward_GuestAddress(), this.getIpv4Address(), "guestAddress", null, 1, 1, Forward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getForward_GuestPort(), this.getPort(), "guestPort", null, 0, 1, Forward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getForward_HostPort(), this.getPort(), "hostPort", null, 1, 1, Forward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getForward_HostPortEnd(), this.getPort(), "hostPortEnd", null, 0, 1, Forward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getForward_Protocol(), this.getForwardProtocol(), "protocol", null, 1, 1, Forward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ipv4EClass, Ipv4.class, "Ipv4", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIpv4_Dhcp(), this.getDhcp4(), null, "dhcp", null, 0, 1, Ipv4.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpv4_DnsServers(), this.getIpv4Address(), "dnsServers", null, 0, -1, Ipv4.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpv4_Gateway(), this.getIpv4Address(), "gateway", null, 0, 1, Ipv4.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpv4_Subnet(), this.getIpv4Prefix(), "subnet", null, 1, 1, Ipv4.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ipv6EClass, Ipv6.class, "Ipv6", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIpv6_Dhcp(), this.getDhcp6(), null, "dhcp", null, 0, 1, Ipv6.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpv6_Addressing(), this.getIpv6Addressing(), "addressing", null, 0, 1, Ipv6.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpv6_Gateway(), this.getIpv6Address(), "gateway", null, 1, 1, Ipv6.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpv6_Prefix(), this.getIpv6Prefix(), "prefix", null, 1, 1, Ipv6.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(leaseEClass, Lease.class, "Lease", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLease_Address(), this.getIpv4Address(), "address", null, 1, 1, Lease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLease_Hostname(), this.getHostName(), "hostname", null, 0, 1, Lease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLease_Mac(), this.getMacAddress(), "mac", null, 1, 1, Lease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkEClass, Network.class, "Network", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNetwork_Name(), this.getIdentifier(), "name", null, 1, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetwork_Kind(), this.getNetworkKind(), "kind", null, 1, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetwork_Description(), theXMLTypePackage_1.getString(), "description", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetwork_Bridge(), this.getInterfaceName(), "bridge", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetwork_Mtu(), this.getMtu(), "mtu", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetwork_Uplink(), this.getInterfaceName(), "uplink", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetwork_Vlan(), this.getVlanTag(), "vlan", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Ipv4(), this.getIpv4(), null, "ipv4", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Ipv6(), this.getIpv6(), null, "ipv6", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Forwards(), this.getForward(), null, "forwards", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(forwardProtocolEEnum, ForwardProtocol.class, "ForwardProtocol");
		addEEnumLiteral(forwardProtocolEEnum, ForwardProtocol.TCP);
		addEEnumLiteral(forwardProtocolEEnum, ForwardProtocol.UDP);

		initEEnum(ipv6AddressingEEnum, Ipv6Addressing.class, "Ipv6Addressing");
		addEEnumLiteral(ipv6AddressingEEnum, Ipv6Addressing.STATIC);
		addEEnumLiteral(ipv6AddressingEEnum, Ipv6Addressing.SLAAC);
		addEEnumLiteral(ipv6AddressingEEnum, Ipv6Addressing.DHCPV6);

		initEEnum(networkKindEEnum, NetworkKind.class, "NetworkKind");
		addEEnumLiteral(networkKindEEnum, NetworkKind.BRIDGED);
		addEEnumLiteral(networkKindEEnum, NetworkKind.NAT);
		addEEnumLiteral(networkKindEEnum, NetworkKind.ROUTED);
		addEEnumLiteral(networkKindEEnum, NetworkKind.PRIVATE);

		// Initialize data types
		initEDataType(forwardProtocolObjectEDataType, ForwardProtocol.class, "ForwardProtocolObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(hostNameEDataType, String.class, "HostName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(identifierEDataType, String.class, "Identifier", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(interfaceNameEDataType, String.class, "InterfaceName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ipv4AddressEDataType, String.class, "Ipv4Address", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ipv4PrefixEDataType, String.class, "Ipv4Prefix", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ipv6AddressEDataType, String.class, "Ipv6Address", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ipv6AddressingObjectEDataType, Ipv6Addressing.class, "Ipv6AddressingObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ipv6PrefixEDataType, String.class, "Ipv6Prefix", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(leaseSecondsEDataType, int.class, "LeaseSeconds", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(leaseSecondsObjectEDataType, Integer.class, "LeaseSecondsObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(macAddressEDataType, String.class, "MacAddress", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(mtuEDataType, int.class, "Mtu", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(mtuObjectEDataType, Integer.class, "MtuObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(networkKindObjectEDataType, NetworkKind.class, "NetworkKindObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(portEDataType, int.class, "Port", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(portObjectEDataType, Integer.class, "PortObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vlanTagEDataType, int.class, "VlanTag", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vlanTagObjectEDataType, Integer.class, "VlanTagObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Network definition of Xenophilia: one virtual network of a node (a Linux bridge in dom0 that guests\' vifs join) of one of four kinds: bridged onto an existing interface, NAT behind dom0, routed through dom0, or private. The Agent makes it real on the host with iproute2, nftables and dnsmasq."
		   });
		addAnnotation
		  (dhcp4EClass,
		   source,
		   new String[] {
			   "documentation", "DHCPv4 of a network: the dynamic range start..end (inclusive) and fixed leases by MAC address."
		   });
		addAnnotation
		  (getDhcp4_Leases(),
		   source,
		   new String[] {
			   "documentation", "A fixed lease: the guest with this MAC address always gets this address. Repeat for each guest."
		   });
		addAnnotation
		  (getDhcp4_End(),
		   source,
		   new String[] {
			   "documentation", "The last address of the dynamic range (inclusive), inside the subnet and not before start, e.g. 192.168.100.199. The gateway must not lie between start and end."
		   });
		addAnnotation
		  (getDhcp4_LeaseSeconds(),
		   source,
		   new String[] {
			   "documentation", "How long a dynamic lease lasts, in seconds, at least 120. When absent dnsmasq\'s default (one hour)."
		   });
		addAnnotation
		  (getDhcp4_Start(),
		   source,
		   new String[] {
			   "documentation", "The first address of the dynamic range, inside the subnet, e.g. 192.168.100.100."
		   });
		addAnnotation
		  (dhcp6EClass,
		   source,
		   new String[] {
			   "documentation", "The range of a stateful DHCPv6 server: start..end (inclusive), inside the prefix."
		   });
		addAnnotation
		  (getDhcp6_End(),
		   source,
		   new String[] {
			   "documentation", "The last address handed out (inclusive), inside the prefix and not before start, e.g. fd00:100::1fff."
		   });
		addAnnotation
		  (getDhcp6_Start(),
		   source,
		   new String[] {
			   "documentation", "The first address handed out, inside the prefix, e.g. fd00:100::1000."
		   });
		addAnnotation
		  (getDocumentRoot_Network(),
		   source,
		   new String[] {
			   "documentation", "The root element of a network definition document: exactly one network of one node."
		   });
		addAnnotation
		  (forwardEClass,
		   source,
		   new String[] {
			   "documentation", "A port forward of a nat network: connections to dom0\'s hostPort (or the ports hostPort..hostPortEnd) on any of its addresses outside the network go on to guestAddress, at guestPort."
		   });
		addAnnotation
		  (getForward_GuestAddress(),
		   source,
		   new String[] {
			   "documentation", "The guest\'s IPv4 address, inside the network\'s subnet and not the gateway (give the guest a fixed lease so that it keeps it)."
		   });
		addAnnotation
		  (getForward_GuestPort(),
		   source,
		   new String[] {
			   "documentation", "The guest\'s port, 1 to 65535. When absent, the same as hostPort. Not allowed with a range (hostPortEnd), whose ports keep their numbers."
		   });
		addAnnotation
		  (getForward_HostPort(),
		   source,
		   new String[] {
			   "documentation", "The port of dom0 forwarded, 1 to 65535; the first of a range when hostPortEnd is set. No two forwards of a node take the same port of one protocol."
		   });
		addAnnotation
		  (getForward_HostPortEnd(),
		   source,
		   new String[] {
			   "documentation", "The last port of a range (inclusive, not below hostPort): each port of the range goes to the same port of the guest. When absent, only hostPort is forwarded."
		   });
		addAnnotation
		  (getForward_Protocol(),
		   source,
		   new String[] {
			   "documentation", "The protocol forwarded: tcp or udp."
		   });
		addAnnotation
		  (forwardProtocolEEnum,
		   source,
		   new String[] {
			   "documentation", "The transport protocol of a port forward: tcp or udp."
		   });
		addAnnotation
		  (hostNameEDataType,
		   source,
		   new String[] {
			   "documentation", "A host name for DHCP and DNS: one label of 1 to 63 letters, digits and -, neither starting nor ending with -, e.g. web01."
		   });
		addAnnotation
		  (identifierEDataType,
		   source,
		   new String[] {
			   "documentation", "A network name: 1 to 64 characters, letters, digits and _ . -, starting with a letter or digit (the Identifier of domain.xsd, which a vif\'s network attribute has)."
		   });
		addAnnotation
		  (interfaceNameEDataType,
		   source,
		   new String[] {
			   "documentation", "A Linux network interface name: 1 to 15 letters, digits and _ . -, starting with a letter or digit, e.g. eth0, enp3s0, bond0, xnlab (stricter than the kernel, so that no name holds whitespace, a slash, a colon or a shell metacharacter)."
		   });
		addAnnotation
		  (ipv4EClass,
		   source,
		   new String[] {
			   "documentation", "The IPv4 side of a nat, routed or private network: the subnet, dom0\'s address on the bridge, DHCP and the DNS servers handed out."
		   });
		addAnnotation
		  (getIpv4_Dhcp(),
		   source,
		   new String[] {
			   "documentation", "DHCP served on the network by dom0 (dnsmasq): the range of addresses handed out and the fixed leases. When absent no DHCP is served and guests are configured by hand."
		   });
		addAnnotation
		  (getIpv4_DnsServers(),
		   source,
		   new String[] {
			   "documentation", "A DNS server handed out by DHCP, in order (e.g. 192.0.2.53). When none is given, guests are handed the gateway, where dnsmasq answers with the names of dom0\'s resolvers and of the fixed leases."
		   });
		addAnnotation
		  (getIpv4_Gateway(),
		   source,
		   new String[] {
			   "documentation", "Dom0\'s address on the bridge, inside the subnet and neither its network nor its broadcast address, e.g. 192.168.100.1. Guests of nat and routed networks use it as their default gateway (mandatory there); on a private network it is only where DHCP and DNS answer, never a way out (mandatory with dhcp)."
		   });
		addAnnotation
		  (getIpv4_Subnet(),
		   source,
		   new String[] {
			   "documentation", "The subnet as ADDRESS/LENGTH with the host bits zero, e.g. 192.168.100.0/24; at most /30 so that it holds dom0\'s address and a guest. It must not overlap another network of the node nor a route of the host."
		   });
		addAnnotation
		  (ipv4AddressEDataType,
		   source,
		   new String[] {
			   "documentation", "An IPv4 address in dotted-decimal form: four numbers 0 to 255 separated by dots, without leading zeros, e.g. 192.168.100.1."
		   });
		addAnnotation
		  (ipv4PrefixEDataType,
		   source,
		   new String[] {
			   "documentation", "An IPv4 subnet ADDRESS/LENGTH: a dotted-decimal address with its host bits zero and a prefix length 0 to 32, e.g. 192.168.100.0/24."
		   });
		addAnnotation
		  (ipv6EClass,
		   source,
		   new String[] {
			   "documentation", "The IPv6 side of a nat, routed or private network: the prefix, dom0\'s address on the bridge and how guests get addresses, as dnsmasq can serve them (router advertisements for SLAAC, stateful DHCPv6)."
		   });
		addAnnotation
		  (getIpv6_Dhcp(),
		   source,
		   new String[] {
			   "documentation", "The DHCPv6 range; mandatory with addressing dhcpv6, unused otherwise."
		   });
		addAnnotation
		  (getIpv6_Addressing(),
		   source,
		   new String[] {
			   "documentation", "How guests get their IPv6 address: static, slaac or dhcpv6 (see Ipv6Addressing). When absent, slaac."
		   });
		addAnnotation
		  (getIpv6_Gateway(),
		   source,
		   new String[] {
			   "documentation", "Dom0\'s address on the bridge, inside the prefix and not its all-zero (subnet-router anycast) address, e.g. fd00:100::1. Router advertisements come from the bridge; on a private network it is no way out."
		   });
		addAnnotation
		  (getIpv6_Prefix(),
		   source,
		   new String[] {
			   "documentation", "The prefix as ADDRESS/LENGTH with the host bits zero, e.g. fd00:100::/64 (a unique local prefix for a nat or private network, a prefix delegated to the host for a routed one); /64 for slaac. It must not overlap another network of the node nor a route of the host. On a nat network guests\' IPv6 traffic leaves masqueraded as IPv4 does."
		   });
		addAnnotation
		  (ipv6AddressEDataType,
		   source,
		   new String[] {
			   "documentation", "An IPv6 address in the text form of RFC 4291 (hexadecimal groups separated by colons, :: for a run of zero groups), without zone or brackets, e.g. fd00:100::1."
		   });
		addAnnotation
		  (ipv6AddressingEEnum,
		   source,
		   new String[] {
			   "documentation", "How guests get IPv6 addresses: static (dom0 sends no router advertisements; guests are configured by hand), slaac (router advertisements with the prefix; guests make their own addresses; the prefix must be a /64) or dhcpv6 (router advertisements that send guests to a stateful DHCPv6 server handing out the dhcp range)."
		   });
		addAnnotation
		  (ipv6PrefixEDataType,
		   source,
		   new String[] {
			   "documentation", "An IPv6 prefix ADDRESS/LENGTH: an IPv6 address with its host bits zero and a prefix length 0 to 128, e.g. fd00:100::/64."
		   });
		addAnnotation
		  (leaseEClass,
		   source,
		   new String[] {
			   "documentation", "A fixed DHCP lease: a MAC address, the IPv4 address it always gets and optionally its host name."
		   });
		addAnnotation
		  (getLease_Address(),
		   source,
		   new String[] {
			   "documentation", "The address the guest gets, inside the subnet, not the gateway, unique among the leases. It may lie in the dynamic range (dnsmasq never hands it to another guest)."
		   });
		addAnnotation
		  (getLease_Hostname(),
		   source,
		   new String[] {
			   "documentation", "The guest\'s host name, given to it by DHCP and answered by dnsmasq\'s DNS on the network, e.g. web01."
		   });
		addAnnotation
		  (getLease_Mac(),
		   source,
		   new String[] {
			   "documentation", "The guest\'s MAC address (its vif\'s mac), six colon-separated pairs of hex digits, e.g. 00:16:3e:12:34:56. Unique among the leases of the network."
		   });
		addAnnotation
		  (leaseSecondsEDataType,
		   source,
		   new String[] {
			   "documentation", "A DHCP lease time in seconds, at least 120 (dnsmasq\'s minimum)."
		   });
		addAnnotation
		  (macAddressEDataType,
		   source,
		   new String[] {
			   "documentation", "A MAC address: six pairs of hexadecimal digits separated by colons, e.g. 00:16:3e:12:34:56."
		   });
		addAnnotation
		  (mtuEDataType,
		   source,
		   new String[] {
			   "documentation", "An interface MTU, 68 to 65535."
		   });
		addAnnotation
		  (networkEClass,
		   source,
		   new String[] {
			   "documentation", "One network of a node: a bridge in dom0 that the guests\' vifs join, and what dom0 does for it (nothing more for a bridged network; gateway, DHCP and NAT for a nat network; gateway and DHCP for routed and private ones)."
		   });
		addAnnotation
		  (getNetwork_Name(),
		   source,
		   new String[] {
			   "documentation", "The network\'s name, unique among the networks of a node; a domain\'s vif names its network by it (the vif\'s network attribute in domain.xsd). Mandatory."
		   });
		addAnnotation
		  (getNetwork_Kind(),
		   source,
		   new String[] {
			   "documentation", "What dom0 does for the network: bridged, nat, routed or private (see NetworkKind). Mandatory."
		   });
		addAnnotation
		  (getNetwork_Description(),
		   source,
		   new String[] {
			   "documentation", "Free text for administrators (purpose, owner, notes). Not used on the host."
		   });
		addAnnotation
		  (getNetwork_Bridge(),
		   source,
		   new String[] {
			   "documentation", "The name of the network\'s Linux bridge in dom0 (at most 15 characters), the bridge the vifs of its domains join. When absent it is derived from the name: \"xn\" followed by the name when the name has at most 13 characters (network lab: bridge xnlab); otherwise \"xn\", the first 7 characters of the name, \"-\" and the first 5 hexadecimal digits of the SHA-256 of the name in UTF-8 (network production-frontend: bridge xnproduct-ea752)."
		   });
		addAnnotation
		  (getNetwork_Mtu(),
		   source,
		   new String[] {
			   "documentation", "The MTU of the bridge, 68 to 65535 (at least 1280 with IPv6). When absent the kernel\'s default (1500 for a new bridge; a bridged network\'s bridge follows its uplink)."
		   });
		addAnnotation
		  (getNetwork_Uplink(),
		   source,
		   new String[] {
			   "documentation", "An existing interface of dom0 (e.g. eth0, bond0). Bridged: the interface enslaved to the bridge, mandatory. Nat and routed: the interface traffic leaves dom0 by (masqueraded there for nat); when absent, whichever interface dom0\'s routes choose. Not allowed on a private network."
		   });
		addAnnotation
		  (getNetwork_Vlan(),
		   source,
		   new String[] {
			   "documentation", "Bridged only: the 802.1Q VLAN tag, 1 to 4094. The bridge then joins a VLAN interface on the uplink (UPLINK.TAG, e.g. eth0.42) instead of the uplink itself, so the guests see that VLAN untagged."
		   });
		addAnnotation
		  (getNetwork_Ipv4(),
		   source,
		   new String[] {
			   "documentation", "The network\'s IPv4 subnet, dom0\'s address on it, DHCP and DNS. Mandatory for nat, optional for routed (which needs ipv4 or ipv6) and private; not allowed on a bridged network (its addresses are the uplink\'s LAN\'s business)."
		   });
		addAnnotation
		  (getNetwork_Ipv6(),
		   source,
		   new String[] {
			   "documentation", "The network\'s IPv6 prefix, dom0\'s address on it and how guests get addresses (router advertisements, DHCPv6). Optional for nat, routed and private; not allowed on a bridged network."
		   });
		addAnnotation
		  (getNetwork_Forwards(),
		   source,
		   new String[] {
			   "documentation", "Nat only: a port forward, which sends connections to a port of dom0 on to a guest\'s address. Repeat the element for each forward."
		   });
		addAnnotation
		  (networkKindEEnum,
		   source,
		   new String[] {
			   "documentation", "What dom0 does for a network. bridged: the bridge joins an existing interface (uplink, optionally a VLAN on it), so guests are on that LAN; dom0 serves nothing. nat: guests live in a subnet of their own with dom0 as gateway, DHCP and DNS, and reach the outside masqueraded behind dom0\'s address; port forwards bring connections in. routed: like nat, but dom0 routes the subnet without translating, so the rest of the network must route it to dom0. private: an isolated bridge; guests reach each other (and dom0\'s DHCP and DNS when ipv4 has a gateway), nothing else."
		   });
		addAnnotation
		  (portEDataType,
		   source,
		   new String[] {
			   "documentation", "A TCP or UDP port, 1 to 65535."
		   });
		addAnnotation
		  (vlanTagEDataType,
		   source,
		   new String[] {
			   "documentation", "An 802.1Q VLAN tag, 1 to 4094."
		   });
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData";
		addAnnotation
		  (dhcp4EClass,
		   source,
		   new String[] {
			   "name", "Dhcp4",
			   "kind", "elementOnly"
		   });
		addAnnotation
		  (getDhcp4_Leases(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "lease",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDhcp4_End(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "end"
		   });
		addAnnotation
		  (getDhcp4_LeaseSeconds(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "leaseSeconds"
		   });
		addAnnotation
		  (getDhcp4_Start(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "start"
		   });
		addAnnotation
		  (dhcp6EClass,
		   source,
		   new String[] {
			   "name", "Dhcp6",
			   "kind", "empty"
		   });
		addAnnotation
		  (getDhcp6_End(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "end"
		   });
		addAnnotation
		  (getDhcp6_Start(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "start"
		   });
		addAnnotation
		  (documentRootEClass,
		   source,
		   new String[] {
			   "name", "",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getDocumentRoot_Mixed(),
		   source,
		   new String[] {
			   "kind", "elementWildcard",
			   "name", ":mixed"
		   });
		addAnnotation
		  (getDocumentRoot_XMLNSPrefixMap(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "xmlns:prefix"
		   });
		addAnnotation
		  (getDocumentRoot_XSISchemaLocation(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "xsi:schemaLocation"
		   });
		addAnnotation
		  (getDocumentRoot_Network(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "network",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (forwardEClass,
		   source,
		   new String[] {
			   "name", "Forward",
			   "kind", "empty"
		   });
		addAnnotation
		  (getForward_GuestAddress(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "guestAddress"
		   });
		addAnnotation
		  (getForward_GuestPort(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "guestPort"
		   });
		addAnnotation
		  (getForward_HostPort(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "hostPort"
		   });
		addAnnotation
		  (getForward_HostPortEnd(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "hostPortEnd"
		   });
		addAnnotation
		  (getForward_Protocol(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "protocol"
		   });
		addAnnotation
		  (forwardProtocolEEnum,
		   source,
		   new String[] {
			   "name", "ForwardProtocol"
		   });
		addAnnotation
		  (forwardProtocolObjectEDataType,
		   source,
		   new String[] {
			   "name", "ForwardProtocol:Object",
			   "baseType", "ForwardProtocol"
		   });
		addAnnotation
		  (hostNameEDataType,
		   source,
		   new String[] {
			   "name", "HostName",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?"
		   });
		addAnnotation
		  (identifierEDataType,
		   source,
		   new String[] {
			   "name", "Identifier",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "maxLength", "64",
			   "pattern", "[A-Za-z0-9][A-Za-z0-9_.\\-]*"
		   });
		addAnnotation
		  (interfaceNameEDataType,
		   source,
		   new String[] {
			   "name", "InterfaceName",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[A-Za-z0-9][A-Za-z0-9_.\\-]{0,14}"
		   });
		addAnnotation
		  (ipv4EClass,
		   source,
		   new String[] {
			   "name", "Ipv4",
			   "kind", "elementOnly"
		   });
		addAnnotation
		  (getIpv4_Dhcp(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "dhcp",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getIpv4_DnsServers(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "dns",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getIpv4_Gateway(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "gateway"
		   });
		addAnnotation
		  (getIpv4_Subnet(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "subnet"
		   });
		addAnnotation
		  (ipv4AddressEDataType,
		   source,
		   new String[] {
			   "name", "Ipv4Address",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[0-9]{1,3}(\\.[0-9]{1,3}){3}"
		   });
		addAnnotation
		  (ipv4PrefixEDataType,
		   source,
		   new String[] {
			   "name", "Ipv4Prefix",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}"
		   });
		addAnnotation
		  (ipv6EClass,
		   source,
		   new String[] {
			   "name", "Ipv6",
			   "kind", "elementOnly"
		   });
		addAnnotation
		  (getIpv6_Dhcp(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "dhcp",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getIpv6_Addressing(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "addressing"
		   });
		addAnnotation
		  (getIpv6_Gateway(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "gateway"
		   });
		addAnnotation
		  (getIpv6_Prefix(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "prefix"
		   });
		addAnnotation
		  (ipv6AddressEDataType,
		   source,
		   new String[] {
			   "name", "Ipv6Address",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "maxLength", "45",
			   "pattern", "[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*"
		   });
		addAnnotation
		  (ipv6AddressingEEnum,
		   source,
		   new String[] {
			   "name", "Ipv6Addressing"
		   });
		addAnnotation
		  (ipv6AddressingObjectEDataType,
		   source,
		   new String[] {
			   "name", "Ipv6Addressing:Object",
			   "baseType", "Ipv6Addressing"
		   });
		addAnnotation
		  (ipv6PrefixEDataType,
		   source,
		   new String[] {
			   "name", "Ipv6Prefix",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "maxLength", "49",
			   "pattern", "[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/[0-9]{1,3}"
		   });
		addAnnotation
		  (leaseEClass,
		   source,
		   new String[] {
			   "name", "Lease",
			   "kind", "empty"
		   });
		addAnnotation
		  (getLease_Address(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "address"
		   });
		addAnnotation
		  (getLease_Hostname(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "hostname"
		   });
		addAnnotation
		  (getLease_Mac(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "mac"
		   });
		addAnnotation
		  (leaseSecondsEDataType,
		   source,
		   new String[] {
			   "name", "LeaseSeconds",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "120"
		   });
		addAnnotation
		  (leaseSecondsObjectEDataType,
		   source,
		   new String[] {
			   "name", "LeaseSeconds:Object",
			   "baseType", "LeaseSeconds"
		   });
		addAnnotation
		  (macAddressEDataType,
		   source,
		   new String[] {
			   "name", "MacAddress",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}"
		   });
		addAnnotation
		  (mtuEDataType,
		   source,
		   new String[] {
			   "name", "Mtu",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "68",
			   "maxInclusive", "65535"
		   });
		addAnnotation
		  (mtuObjectEDataType,
		   source,
		   new String[] {
			   "name", "Mtu:Object",
			   "baseType", "Mtu"
		   });
		addAnnotation
		  (networkEClass,
		   source,
		   new String[] {
			   "name", "Network",
			   "kind", "elementOnly"
		   });
		addAnnotation
		  (getNetwork_Name(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "name",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getNetwork_Kind(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "kind",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getNetwork_Description(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "description",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getNetwork_Bridge(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "bridge",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getNetwork_Mtu(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "mtu",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getNetwork_Uplink(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "uplink",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getNetwork_Vlan(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "vlan",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getNetwork_Ipv4(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "ipv4",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getNetwork_Ipv6(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "ipv6",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getNetwork_Forwards(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "forward",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (networkKindEEnum,
		   source,
		   new String[] {
			   "name", "NetworkKind"
		   });
		addAnnotation
		  (networkKindObjectEDataType,
		   source,
		   new String[] {
			   "name", "NetworkKind:Object",
			   "baseType", "NetworkKind"
		   });
		addAnnotation
		  (portEDataType,
		   source,
		   new String[] {
			   "name", "Port",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "1",
			   "maxInclusive", "65535"
		   });
		addAnnotation
		  (portObjectEDataType,
		   source,
		   new String[] {
			   "name", "Port:Object",
			   "baseType", "Port"
		   });
		addAnnotation
		  (vlanTagEDataType,
		   source,
		   new String[] {
			   "name", "VlanTag",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "1",
			   "maxInclusive", "4094"
		   });
		addAnnotation
		  (vlanTagObjectEDataType,
		   source,
		   new String[] {
			   "name", "VlanTag:Object",
			   "baseType", "VlanTag"
		   });
	}

} //NetworkPackageImpl
