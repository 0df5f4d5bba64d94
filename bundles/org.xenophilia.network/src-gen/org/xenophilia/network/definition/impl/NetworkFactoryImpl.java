/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

import org.xenophilia.network.definition.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NetworkFactoryImpl extends EFactoryImpl implements NetworkFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static NetworkFactory init() {
		try {
			NetworkFactory theNetworkFactory = (NetworkFactory)EPackage.Registry.INSTANCE.getEFactory(NetworkPackage.eNS_URI);
			if (theNetworkFactory != null) {
				return theNetworkFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new NetworkFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case NetworkPackage.DHCP4: return createDhcp4();
			case NetworkPackage.DHCP6: return createDhcp6();
			case NetworkPackage.DOCUMENT_ROOT: return createDocumentRoot();
			case NetworkPackage.FORWARD: return createForward();
			case NetworkPackage.IPV4: return createIpv4();
			case NetworkPackage.IPV6: return createIpv6();
			case NetworkPackage.LEASE: return createLease();
			case NetworkPackage.NETWORK: return createNetwork();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case NetworkPackage.FORWARD_PROTOCOL:
				return createForwardProtocolFromString(eDataType, initialValue);
			case NetworkPackage.IPV6_ADDRESSING:
				return createIpv6AddressingFromString(eDataType, initialValue);
			case NetworkPackage.NETWORK_KIND:
				return createNetworkKindFromString(eDataType, initialValue);
			case NetworkPackage.FORWARD_PROTOCOL_OBJECT:
				return createForwardProtocolObjectFromString(eDataType, initialValue);
			case NetworkPackage.HOST_NAME:
				return createHostNameFromString(eDataType, initialValue);
			case NetworkPackage.IDENTIFIER:
				return createIdentifierFromString(eDataType, initialValue);
			case NetworkPackage.INTERFACE_NAME:
				return createInterfaceNameFromString(eDataType, initialValue);
			case NetworkPackage.IPV4_ADDRESS:
				return createIpv4AddressFromString(eDataType, initialValue);
			case NetworkPackage.IPV4_PREFIX:
				return createIpv4PrefixFromString(eDataType, initialValue);
			case NetworkPackage.IPV6_ADDRESS:
				return createIpv6AddressFromString(eDataType, initialValue);
			case NetworkPackage.IPV6_ADDRESSING_OBJECT:
				return createIpv6AddressingObjectFromString(eDataType, initialValue);
			case NetworkPackage.IPV6_PREFIX:
				return createIpv6PrefixFromString(eDataType, initialValue);
			case NetworkPackage.LEASE_SECONDS:
				return createLeaseSecondsFromString(eDataType, initialValue);
			case NetworkPackage.LEASE_SECONDS_OBJECT:
				return createLeaseSecondsObjectFromString(eDataType, initialValue);
			case NetworkPackage.MAC_ADDRESS:
				return createMacAddressFromString(eDataType, initialValue);
			case NetworkPackage.MTU:
				return createMtuFromString(eDataType, initialValue);
			case NetworkPackage.MTU_OBJECT:
				return createMtuObjectFromString(eDataType, initialValue);
			case NetworkPackage.NETWORK_KIND_OBJECT:
				return createNetworkKindObjectFromString(eDataType, initialValue);
			case NetworkPackage.PORT:
				return createPortFromString(eDataType, initialValue);
			case NetworkPackage.PORT_OBJECT:
				return createPortObjectFromString(eDataType, initialValue);
			case NetworkPackage.VLAN_TAG:
				return createVlanTagFromString(eDataType, initialValue);
			case NetworkPackage.VLAN_TAG_OBJECT:
				return createVlanTagObjectFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case NetworkPackage.FORWARD_PROTOCOL:
				return convertForwardProtocolToString(eDataType, instanceValue);
			case NetworkPackage.IPV6_ADDRESSING:
				return convertIpv6AddressingToString(eDataType, instanceValue);
			case NetworkPackage.NETWORK_KIND:
				return convertNetworkKindToString(eDataType, instanceValue);
			case NetworkPackage.FORWARD_PROTOCOL_OBJECT:
				return convertForwardProtocolObjectToString(eDataType, instanceValue);
			case NetworkPackage.HOST_NAME:
				return convertHostNameToString(eDataType, instanceValue);
			case NetworkPackage.IDENTIFIER:
				return convertIdentifierToString(eDataType, instanceValue);
			case NetworkPackage.INTERFACE_NAME:
				return convertInterfaceNameToString(eDataType, instanceValue);
			case NetworkPackage.IPV4_ADDRESS:
				return convertIpv4AddressToString(eDataType, instanceValue);
			case NetworkPackage.IPV4_PREFIX:
				return convertIpv4PrefixToString(eDataType, instanceValue);
			case NetworkPackage.IPV6_ADDRESS:
				return convertIpv6AddressToString(eDataType, instanceValue);
			case NetworkPackage.IPV6_ADDRESSING_OBJECT:
				return convertIpv6AddressingObjectToString(eDataType, instanceValue);
			case NetworkPackage.IPV6_PREFIX:
				return convertIpv6PrefixToString(eDataType, instanceValue);
			case NetworkPackage.LEASE_SECONDS:
				return convertLeaseSecondsToString(eDataType, instanceValue);
			case NetworkPackage.LEASE_SECONDS_OBJECT:
				return convertLeaseSecondsObjectToString(eDataType, instanceValue);
			case NetworkPackage.MAC_ADDRESS:
				return convertMacAddressToString(eDataType, instanceValue);
			case NetworkPackage.MTU:
				return convertMtuToString(eDataType, instanceValue);
			case NetworkPackage.MTU_OBJECT:
				return convertMtuObjectToString(eDataType, instanceValue);
			case NetworkPackage.NETWORK_KIND_OBJECT:
				return convertNetworkKindObjectToString(eDataType, instanceValue);
			case NetworkPackage.PORT:
				return convertPortToString(eDataType, instanceValue);
			case NetworkPackage.PORT_OBJECT:
				return convertPortObjectToString(eDataType, instanceValue);
			case NetworkPackage.VLAN_TAG:
				return convertVlanTagToString(eDataType, instanceValue);
			case NetworkPackage.VLAN_TAG_OBJECT:
				return convertVlanTagObjectToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dhcp4 createDhcp4() {
		Dhcp4Impl dhcp4 = new Dhcp4Impl();
		return dhcp4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dhcp6 createDhcp6() {
		Dhcp6Impl dhcp6 = new Dhcp6Impl();
		return dhcp6;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentRoot createDocumentRoot() {
		DocumentRootImpl documentRoot = new DocumentRootImpl();
		return documentRoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Forward createForward() {
		ForwardImpl forward = new ForwardImpl();
		return forward;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ipv4 createIpv4() {
		Ipv4Impl ipv4 = new Ipv4Impl();
		return ipv4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ipv6 createIpv6() {
		Ipv6Impl ipv6 = new Ipv6Impl();
		return ipv6;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lease createLease() {
		LeaseImpl lease = new LeaseImpl();
		return lease;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Network createNetwork() {
		NetworkImpl network = new NetworkImpl();
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ForwardProtocol createForwardProtocolFromString(EDataType eDataType, String initialValue) {
		ForwardProtocol result = ForwardProtocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertForwardProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Ipv6Addressing createIpv6AddressingFromString(EDataType eDataType, String initialValue) {
		Ipv6Addressing result = Ipv6Addressing.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpv6AddressingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkKind createNetworkKindFromString(EDataType eDataType, String initialValue) {
		NetworkKind result = NetworkKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNetworkKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ForwardProtocol createForwardProtocolObjectFromString(EDataType eDataType, String initialValue) {
		return createForwardProtocolFromString(NetworkPackage.Literals.FORWARD_PROTOCOL, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertForwardProtocolObjectToString(EDataType eDataType, Object instanceValue) {
		return convertForwardProtocolToString(NetworkPackage.Literals.FORWARD_PROTOCOL, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createHostNameFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostNameToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIdentifierFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIdentifierToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createInterfaceNameFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceNameToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIpv4AddressFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpv4AddressToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIpv4PrefixFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpv4PrefixToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIpv6AddressFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpv6AddressToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Ipv6Addressing createIpv6AddressingObjectFromString(EDataType eDataType, String initialValue) {
		return createIpv6AddressingFromString(NetworkPackage.Literals.IPV6_ADDRESSING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpv6AddressingObjectToString(EDataType eDataType, Object instanceValue) {
		return convertIpv6AddressingToString(NetworkPackage.Literals.IPV6_ADDRESSING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIpv6PrefixFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpv6PrefixToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createLeaseSecondsFromString(EDataType eDataType, String initialValue) {
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLeaseSecondsToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createLeaseSecondsObjectFromString(EDataType eDataType, String initialValue) {
		return createLeaseSecondsFromString(NetworkPackage.Literals.LEASE_SECONDS, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLeaseSecondsObjectToString(EDataType eDataType, Object instanceValue) {
		return convertLeaseSecondsToString(NetworkPackage.Literals.LEASE_SECONDS, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createMacAddressFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMacAddressToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createMtuFromString(EDataType eDataType, String initialValue) {
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMtuToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createMtuObjectFromString(EDataType eDataType, String initialValue) {
		return createMtuFromString(NetworkPackage.Literals.MTU, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMtuObjectToString(EDataType eDataType, Object instanceValue) {
		return convertMtuToString(NetworkPackage.Literals.MTU, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkKind createNetworkKindObjectFromString(EDataType eDataType, String initialValue) {
		return createNetworkKindFromString(NetworkPackage.Literals.NETWORK_KIND, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNetworkKindObjectToString(EDataType eDataType, Object instanceValue) {
		return convertNetworkKindToString(NetworkPackage.Literals.NETWORK_KIND, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createPortFromString(EDataType eDataType, String initialValue) {
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPortToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createPortObjectFromString(EDataType eDataType, String initialValue) {
		return createPortFromString(NetworkPackage.Literals.PORT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPortObjectToString(EDataType eDataType, Object instanceValue) {
		return convertPortToString(NetworkPackage.Literals.PORT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createVlanTagFromString(EDataType eDataType, String initialValue) {
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVlanTagToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createVlanTagObjectFromString(EDataType eDataType, String initialValue) {
		return createVlanTagFromString(NetworkPackage.Literals.VLAN_TAG, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVlanTagObjectToString(EDataType eDataType, Object instanceValue) {
		return convertVlanTagToString(NetworkPackage.Literals.VLAN_TAG, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkPackage getNetworkPackage() {
		return (NetworkPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static NetworkPackage getPackage() {
		return NetworkPackage.eINSTANCE;
	}

} //NetworkFactoryImpl
