/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeUtil;
import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;

import org.xenophilia.network.definition.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.xenophilia.network.definition.NetworkPackage
 * @generated
 */
public class NetworkValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final NetworkValidator INSTANCE = new NetworkValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.xenophilia.network.definition";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * The cached base package validator.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected XMLTypeValidator xmlTypeValidator;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkValidator() {
		super();
		xmlTypeValidator = XMLTypeValidator.INSTANCE;
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return NetworkPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case NetworkPackage.DHCP4:
				return validateDhcp4((Dhcp4)value, diagnostics, context);
			case NetworkPackage.DHCP6:
				return validateDhcp6((Dhcp6)value, diagnostics, context);
			case NetworkPackage.DOCUMENT_ROOT:
				return validateDocumentRoot((DocumentRoot)value, diagnostics, context);
			case NetworkPackage.FORWARD:
				return validateForward((Forward)value, diagnostics, context);
			case NetworkPackage.IPV4:
				return validateIpv4((Ipv4)value, diagnostics, context);
			case NetworkPackage.IPV6:
				return validateIpv6((Ipv6)value, diagnostics, context);
			case NetworkPackage.LEASE:
				return validateLease((Lease)value, diagnostics, context);
			case NetworkPackage.NETWORK:
				return validateNetwork((Network)value, diagnostics, context);
			case NetworkPackage.FORWARD_PROTOCOL:
				return validateForwardProtocol((ForwardProtocol)value, diagnostics, context);
			case NetworkPackage.IPV6_ADDRESSING:
				return validateIpv6Addressing((Ipv6Addressing)value, diagnostics, context);
			case NetworkPackage.NETWORK_KIND:
				return validateNetworkKind((NetworkKind)value, diagnostics, context);
			case NetworkPackage.FORWARD_PROTOCOL_OBJECT:
				return validateForwardProtocolObject((ForwardProtocol)value, diagnostics, context);
			case NetworkPackage.HOST_NAME:
				return validateHostName((String)value, diagnostics, context);
			case NetworkPackage.IDENTIFIER:
				return validateIdentifier((String)value, diagnostics, context);
			case NetworkPackage.INTERFACE_NAME:
				return validateInterfaceName((String)value, diagnostics, context);
			case NetworkPackage.IPV4_ADDRESS:
				return validateIpv4Address((String)value, diagnostics, context);
			case NetworkPackage.IPV4_PREFIX:
				return validateIpv4Prefix((String)value, diagnostics, context);
			case NetworkPackage.IPV6_ADDRESS:
				return validateIpv6Address((String)value, diagnostics, context);
			case NetworkPackage.IPV6_ADDRESSING_OBJECT:
				return validateIpv6AddressingObject((Ipv6Addressing)value, diagnostics, context);
			case NetworkPackage.IPV6_PREFIX:
				return validateIpv6Prefix((String)value, diagnostics, context);
			case NetworkPackage.LEASE_SECONDS:
				return validateLeaseSeconds((Integer)value, diagnostics, context);
			case NetworkPackage.LEASE_SECONDS_OBJECT:
				return validateLeaseSecondsObject((Integer)value, diagnostics, context);
			case NetworkPackage.MAC_ADDRESS:
				return validateMacAddress((String)value, diagnostics, context);
			case NetworkPackage.MTU:
				return validateMtu((Integer)value, diagnostics, context);
			case NetworkPackage.MTU_OBJECT:
				return validateMtuObject((Integer)value, diagnostics, context);
			case NetworkPackage.NETWORK_KIND_OBJECT:
				return validateNetworkKindObject((NetworkKind)value, diagnostics, context);
			case NetworkPackage.PORT:
				return validatePort((Integer)value, diagnostics, context);
			case NetworkPackage.PORT_OBJECT:
				return validatePortObject((Integer)value, diagnostics, context);
			case NetworkPackage.VLAN_TAG:
				return validateVlanTag((Integer)value, diagnostics, context);
			case NetworkPackage.VLAN_TAG_OBJECT:
				return validateVlanTagObject((Integer)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDhcp4(Dhcp4 dhcp4, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dhcp4, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDhcp6(Dhcp6 dhcp6, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dhcp6, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDocumentRoot(DocumentRoot documentRoot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(documentRoot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateForward(Forward forward, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(forward, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv4(Ipv4 ipv4, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ipv4, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv6(Ipv6 ipv6, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ipv6, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLease(Lease lease, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(lease, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNetwork(Network network, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(network, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateForwardProtocol(ForwardProtocol forwardProtocol, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv6Addressing(Ipv6Addressing ipv6Addressing, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNetworkKind(NetworkKind networkKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateForwardProtocolObject(ForwardProtocol forwardProtocolObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostName(String hostName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateHostName_Pattern(hostName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateHostName_Pattern
	 */
	public static final  PatternMatcher [][] HOST_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Host Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostName_Pattern(String hostName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(NetworkPackage.Literals.HOST_NAME, hostName, HOST_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier(String identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIdentifier_Pattern(identifier, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentifier_MaxLength(identifier, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIdentifier_Pattern
	 */
	public static final  PatternMatcher [][] IDENTIFIER__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Za-z0-9][A-Za-z0-9_.\\-]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier_Pattern(String identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(NetworkPackage.Literals.IDENTIFIER, identifier, IDENTIFIER__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Validates the MaxLength constraint of '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier_MaxLength(String identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = identifier.length();
		boolean result = length <= 64;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(NetworkPackage.Literals.IDENTIFIER, identifier, length, 64, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceName(String interfaceName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateInterfaceName_Pattern(interfaceName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateInterfaceName_Pattern
	 */
	public static final  PatternMatcher [][] INTERFACE_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,14}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Interface Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceName_Pattern(String interfaceName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(NetworkPackage.Literals.INTERFACE_NAME, interfaceName, INTERFACE_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv4Address(String ipv4Address, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIpv4Address_Pattern(ipv4Address, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIpv4Address_Pattern
	 */
	public static final  PatternMatcher [][] IPV4_ADDRESS__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]{1,3}(\\.[0-9]{1,3}){3}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Ipv4 Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv4Address_Pattern(String ipv4Address, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(NetworkPackage.Literals.IPV4_ADDRESS, ipv4Address, IPV4_ADDRESS__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv4Prefix(String ipv4Prefix, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIpv4Prefix_Pattern(ipv4Prefix, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIpv4Prefix_Pattern
	 */
	public static final  PatternMatcher [][] IPV4_PREFIX__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Ipv4 Prefix</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv4Prefix_Pattern(String ipv4Prefix, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(NetworkPackage.Literals.IPV4_PREFIX, ipv4Prefix, IPV4_PREFIX__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv6Address(String ipv6Address, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIpv6Address_Pattern(ipv6Address, diagnostics, context);
		if (result || diagnostics != null) result &= validateIpv6Address_MaxLength(ipv6Address, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIpv6Address_Pattern
	 */
	public static final  PatternMatcher [][] IPV6_ADDRESS__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Ipv6 Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv6Address_Pattern(String ipv6Address, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(NetworkPackage.Literals.IPV6_ADDRESS, ipv6Address, IPV6_ADDRESS__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Validates the MaxLength constraint of '<em>Ipv6 Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv6Address_MaxLength(String ipv6Address, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = ipv6Address.length();
		boolean result = length <= 45;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(NetworkPackage.Literals.IPV6_ADDRESS, ipv6Address, length, 45, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv6AddressingObject(Ipv6Addressing ipv6AddressingObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv6Prefix(String ipv6Prefix, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIpv6Prefix_Pattern(ipv6Prefix, diagnostics, context);
		if (result || diagnostics != null) result &= validateIpv6Prefix_MaxLength(ipv6Prefix, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIpv6Prefix_Pattern
	 */
	public static final  PatternMatcher [][] IPV6_PREFIX__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/[0-9]{1,3}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Ipv6 Prefix</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv6Prefix_Pattern(String ipv6Prefix, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(NetworkPackage.Literals.IPV6_PREFIX, ipv6Prefix, IPV6_PREFIX__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Validates the MaxLength constraint of '<em>Ipv6 Prefix</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv6Prefix_MaxLength(String ipv6Prefix, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = ipv6Prefix.length();
		boolean result = length <= 49;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(NetworkPackage.Literals.IPV6_PREFIX, ipv6Prefix, length, 49, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLeaseSeconds(int leaseSeconds, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateLeaseSeconds_Min(leaseSeconds, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateLeaseSeconds_Min
	 */
	public static final int LEASE_SECONDS__MIN__VALUE = 120;

	/**
	 * Validates the Min constraint of '<em>Lease Seconds</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLeaseSeconds_Min(int leaseSeconds, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = leaseSeconds >= LEASE_SECONDS__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(NetworkPackage.Literals.LEASE_SECONDS, leaseSeconds, LEASE_SECONDS__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLeaseSecondsObject(Integer leaseSecondsObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateLeaseSeconds_Min(leaseSecondsObject, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMacAddress(String macAddress, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateMacAddress_Pattern(macAddress, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMacAddress_Pattern
	 */
	public static final  PatternMatcher [][] MAC_ADDRESS__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Mac Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMacAddress_Pattern(String macAddress, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(NetworkPackage.Literals.MAC_ADDRESS, macAddress, MAC_ADDRESS__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMtu(int mtu, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateMtu_Min(mtu, diagnostics, context);
		if (result || diagnostics != null) result &= validateMtu_Max(mtu, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMtu_Min
	 */
	public static final int MTU__MIN__VALUE = 68;

	/**
	 * Validates the Min constraint of '<em>Mtu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMtu_Min(int mtu, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = mtu >= MTU__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(NetworkPackage.Literals.MTU, mtu, MTU__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMtu_Max
	 */
	public static final int MTU__MAX__VALUE = 65535;

	/**
	 * Validates the Max constraint of '<em>Mtu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMtu_Max(int mtu, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = mtu <= MTU__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(NetworkPackage.Literals.MTU, mtu, MTU__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMtuObject(Integer mtuObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateMtu_Min(mtuObject, diagnostics, context);
		if (result || diagnostics != null) result &= validateMtu_Max(mtuObject, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNetworkKindObject(NetworkKind networkKindObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePort(int port, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePort_Min(port, diagnostics, context);
		if (result || diagnostics != null) result &= validatePort_Max(port, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePort_Min
	 */
	public static final int PORT__MIN__VALUE = 1;

	/**
	 * Validates the Min constraint of '<em>Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePort_Min(int port, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = port >= PORT__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(NetworkPackage.Literals.PORT, port, PORT__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePort_Max
	 */
	public static final int PORT__MAX__VALUE = 65535;

	/**
	 * Validates the Max constraint of '<em>Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePort_Max(int port, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = port <= PORT__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(NetworkPackage.Literals.PORT, port, PORT__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePortObject(Integer portObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePort_Min(portObject, diagnostics, context);
		if (result || diagnostics != null) result &= validatePort_Max(portObject, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVlanTag(int vlanTag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVlanTag_Min(vlanTag, diagnostics, context);
		if (result || diagnostics != null) result &= validateVlanTag_Max(vlanTag, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVlanTag_Min
	 */
	public static final int VLAN_TAG__MIN__VALUE = 1;

	/**
	 * Validates the Min constraint of '<em>Vlan Tag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVlanTag_Min(int vlanTag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = vlanTag >= VLAN_TAG__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(NetworkPackage.Literals.VLAN_TAG, vlanTag, VLAN_TAG__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVlanTag_Max
	 */
	public static final int VLAN_TAG__MAX__VALUE = 4094;

	/**
	 * Validates the Max constraint of '<em>Vlan Tag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVlanTag_Max(int vlanTag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = vlanTag <= VLAN_TAG__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(NetworkPackage.Literals.VLAN_TAG, vlanTag, VLAN_TAG__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVlanTagObject(Integer vlanTagObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVlanTag_Min(vlanTagObject, diagnostics, context);
		if (result || diagnostics != null) result &= validateVlanTag_Max(vlanTagObject, diagnostics, context);
		return result;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //NetworkValidator
