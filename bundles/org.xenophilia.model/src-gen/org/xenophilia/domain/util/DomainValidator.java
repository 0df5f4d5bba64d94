/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeUtil;
import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;

import org.xenophilia.domain.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.xenophilia.domain.DomainPackage
 * @generated
 */
public class DomainValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final DomainValidator INSTANCE = new DomainValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.xenophilia.domain";

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
	public DomainValidator() {
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
	  return DomainPackage.eINSTANCE;
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
			case DomainPackage.DISK:
				return validateDisk((Disk)value, diagnostics, context);
			case DomainPackage.DISPLAY:
				return validateDisplay((Display)value, diagnostics, context);
			case DomainPackage.DOCUMENT_ROOT:
				return validateDocumentRoot((DocumentRoot)value, diagnostics, context);
			case DomainPackage.DOMAIN:
				return validateDomain((Domain)value, diagnostics, context);
			case DomainPackage.VIF:
				return validateVif((Vif)value, diagnostics, context);
			case DomainPackage.XL_KEY:
				return validateXlKey((XlKey)value, diagnostics, context);
			case DomainPackage.XL_PARAM:
				return validateXlParam((XlParam)value, diagnostics, context);
			case DomainPackage.DISK_ACCESS:
				return validateDiskAccess((DiskAccess)value, diagnostics, context);
			case DomainPackage.DISK_BACKEND_TYPE:
				return validateDiskBackendType((DiskBackendType)value, diagnostics, context);
			case DomainPackage.DISK_DEVICE_TYPE:
				return validateDiskDeviceType((DiskDeviceType)value, diagnostics, context);
			case DomainPackage.DISK_FORMAT:
				return validateDiskFormat((DiskFormat)value, diagnostics, context);
			case DomainPackage.DOMAIN_TYPE:
				return validateDomainType((DomainType)value, diagnostics, context);
			case DomainPackage.LIFECYCLE_ACTION:
				return validateLifecycleAction((LifecycleAction)value, diagnostics, context);
			case DomainPackage.VIF_TYPE:
				return validateVifType((VifType)value, diagnostics, context);
			case DomainPackage.BRIDGE_NAME:
				return validateBridgeName((String)value, diagnostics, context);
			case DomainPackage.CPU_CAP:
				return validateCpuCap((Integer)value, diagnostics, context);
			case DomainPackage.CPU_CAP_OBJECT:
				return validateCpuCapObject((Integer)value, diagnostics, context);
			case DomainPackage.CPU_LIST:
				return validateCpuList((String)value, diagnostics, context);
			case DomainPackage.CPU_WEIGHT:
				return validateCpuWeight((Integer)value, diagnostics, context);
			case DomainPackage.CPU_WEIGHT_OBJECT:
				return validateCpuWeightObject((Integer)value, diagnostics, context);
			case DomainPackage.DISK_ACCESS_OBJECT:
				return validateDiskAccessObject((DiskAccess)value, diagnostics, context);
			case DomainPackage.DISK_BACKEND_TYPE_OBJECT:
				return validateDiskBackendTypeObject((DiskBackendType)value, diagnostics, context);
			case DomainPackage.DISK_DEVICE_TYPE_OBJECT:
				return validateDiskDeviceTypeObject((DiskDeviceType)value, diagnostics, context);
			case DomainPackage.DISK_FORMAT_OBJECT:
				return validateDiskFormatObject((DiskFormat)value, diagnostics, context);
			case DomainPackage.DOMAIN_NAME:
				return validateDomainName((String)value, diagnostics, context);
			case DomainPackage.DOMAIN_TYPE_OBJECT:
				return validateDomainTypeObject((DomainType)value, diagnostics, context);
			case DomainPackage.IDENTIFIER:
				return validateIdentifier((String)value, diagnostics, context);
			case DomainPackage.INTERFACE_NAME:
				return validateInterfaceName((String)value, diagnostics, context);
			case DomainPackage.IP_ADDRESS_LIST:
				return validateIpAddressList((String)value, diagnostics, context);
			case DomainPackage.KEYMAP:
				return validateKeymap((String)value, diagnostics, context);
			case DomainPackage.LIFECYCLE_ACTION_OBJECT:
				return validateLifecycleActionObject((LifecycleAction)value, diagnostics, context);
			case DomainPackage.MAC_ADDRESS:
				return validateMacAddress((String)value, diagnostics, context);
			case DomainPackage.MEMORY_MI_B:
				return validateMemoryMiB((Integer)value, diagnostics, context);
			case DomainPackage.MEMORY_MI_BOBJECT:
				return validateMemoryMiBObject((Integer)value, diagnostics, context);
			case DomainPackage.MTU:
				return validateMtu((Integer)value, diagnostics, context);
			case DomainPackage.MTU_OBJECT:
				return validateMtuObject((Integer)value, diagnostics, context);
			case DomainPackage.PATH:
				return validatePath((String)value, diagnostics, context);
			case DomainPackage.RATE:
				return validateRate((String)value, diagnostics, context);
			case DomainPackage.TAG:
				return validateTag((String)value, diagnostics, context);
			case DomainPackage.UUID:
				return validateUuid((String)value, diagnostics, context);
			case DomainPackage.VCPU_COUNT:
				return validateVcpuCount((Integer)value, diagnostics, context);
			case DomainPackage.VCPU_COUNT_OBJECT:
				return validateVcpuCountObject((Integer)value, diagnostics, context);
			case DomainPackage.VDEV:
				return validateVdev((String)value, diagnostics, context);
			case DomainPackage.VIF_TYPE_OBJECT:
				return validateVifTypeObject((VifType)value, diagnostics, context);
			case DomainPackage.VNC_DISPLAY_NUMBER:
				return validateVncDisplayNumber((Integer)value, diagnostics, context);
			case DomainPackage.VNC_DISPLAY_NUMBER_OBJECT:
				return validateVncDisplayNumberObject((Integer)value, diagnostics, context);
			case DomainPackage.VNC_LISTEN:
				return validateVncListen((String)value, diagnostics, context);
			case DomainPackage.XL_KEY_NAME:
				return validateXlKeyName((String)value, diagnostics, context);
			case DomainPackage.XL_PARAM_NAME:
				return validateXlParamName((String)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDisk(Disk disk, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(disk, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDisplay(Display display, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(display, diagnostics, context);
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
	public boolean validateDomain(Domain domain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(domain, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVif(Vif vif, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(vif, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateXlKey(XlKey xlKey, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(xlKey, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateXlParam(XlParam xlParam, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(xlParam, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiskAccess(DiskAccess diskAccess, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiskBackendType(DiskBackendType diskBackendType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiskDeviceType(DiskDeviceType diskDeviceType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiskFormat(DiskFormat diskFormat, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDomainType(DomainType domainType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLifecycleAction(LifecycleAction lifecycleAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVifType(VifType vifType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBridgeName(String bridgeName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateBridgeName_Pattern(bridgeName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateBridgeName_Pattern
	 */
	public static final  PatternMatcher [][] BRIDGE_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[^\\s/:]{1,15}(:[0-9]{1,4})*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Bridge Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBridgeName_Pattern(String bridgeName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.BRIDGE_NAME, bridgeName, BRIDGE_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuCap(int cpuCap, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCpuCap_Min(cpuCap, diagnostics, context);
		if (result || diagnostics != null) result &= validateCpuCap_Max(cpuCap, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCpuCap_Min
	 */
	public static final int CPU_CAP__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Cpu Cap</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuCap_Min(int cpuCap, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = cpuCap >= CPU_CAP__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.CPU_CAP, cpuCap, CPU_CAP__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCpuCap_Max
	 */
	public static final int CPU_CAP__MAX__VALUE = 65535;

	/**
	 * Validates the Max constraint of '<em>Cpu Cap</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuCap_Max(int cpuCap, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = cpuCap <= CPU_CAP__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.CPU_CAP, cpuCap, CPU_CAP__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuCapObject(Integer cpuCapObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCpuCap_Min(cpuCapObject, diagnostics, context);
		if (result || diagnostics != null) result &= validateCpuCap_Max(cpuCapObject, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuList(String cpuList, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCpuList_Pattern(cpuList, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCpuList_Pattern
	 */
	public static final  PatternMatcher [][] CPU_LIST__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("\\^?(all|(nodes?:)?[0-9]+(-[0-9]+)?)(, ?\\^?(all|(nodes?:)?[0-9]+(-[0-9]+)?))*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Cpu List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuList_Pattern(String cpuList, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.CPU_LIST, cpuList, CPU_LIST__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuWeight(int cpuWeight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCpuWeight_Min(cpuWeight, diagnostics, context);
		if (result || diagnostics != null) result &= validateCpuWeight_Max(cpuWeight, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCpuWeight_Min
	 */
	public static final int CPU_WEIGHT__MIN__VALUE = 1;

	/**
	 * Validates the Min constraint of '<em>Cpu Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuWeight_Min(int cpuWeight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = cpuWeight >= CPU_WEIGHT__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.CPU_WEIGHT, cpuWeight, CPU_WEIGHT__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCpuWeight_Max
	 */
	public static final int CPU_WEIGHT__MAX__VALUE = 65535;

	/**
	 * Validates the Max constraint of '<em>Cpu Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuWeight_Max(int cpuWeight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = cpuWeight <= CPU_WEIGHT__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.CPU_WEIGHT, cpuWeight, CPU_WEIGHT__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuWeightObject(Integer cpuWeightObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCpuWeight_Min(cpuWeightObject, diagnostics, context);
		if (result || diagnostics != null) result &= validateCpuWeight_Max(cpuWeightObject, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiskAccessObject(DiskAccess diskAccessObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiskBackendTypeObject(DiskBackendType diskBackendTypeObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiskDeviceTypeObject(DiskDeviceType diskDeviceTypeObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiskFormatObject(DiskFormat diskFormatObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDomainName(String domainName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateDomainName_Pattern(domainName, diagnostics, context);
		if (result || diagnostics != null) result &= validateDomainName_MaxLength(domainName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDomainName_Pattern
	 */
	public static final  PatternMatcher [][] DOMAIN_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Za-z0-9_][A-Za-z0-9_.+:@\\-]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDomainName_Pattern(String domainName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.DOMAIN_NAME, domainName, DOMAIN_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Validates the MaxLength constraint of '<em>Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDomainName_MaxLength(String domainName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = domainName.length();
		boolean result = length <= 64;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(DomainPackage.Literals.DOMAIN_NAME, domainName, length, 64, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDomainTypeObject(DomainType domainTypeObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
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
		return validatePattern(DomainPackage.Literals.IDENTIFIER, identifier, IDENTIFIER__PATTERN__VALUES, diagnostics, context);
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
			reportMaxLengthViolation(DomainPackage.Literals.IDENTIFIER, identifier, length, 64, diagnostics, context);
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
				XMLTypeUtil.createPatternMatcher("[^\\s/:]{1,15}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Interface Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceName_Pattern(String interfaceName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.INTERFACE_NAME, interfaceName, INTERFACE_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpAddressList(String ipAddressList, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIpAddressList_Pattern(ipAddressList, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIpAddressList_Pattern
	 */
	public static final  PatternMatcher [][] IP_ADDRESS_LIST__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9a-fA-F.:]+(/[0-9]{1,3})?( [0-9a-fA-F.:]+(/[0-9]{1,3})?)*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Ip Address List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpAddressList_Pattern(String ipAddressList, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.IP_ADDRESS_LIST, ipAddressList, IP_ADDRESS_LIST__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeymap(String keymap, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateKeymap_Pattern(keymap, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateKeymap_Pattern
	 */
	public static final  PatternMatcher [][] KEYMAP__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-z]{2,4}(-[a-z]{2,3})?")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Keymap</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeymap_Pattern(String keymap, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.KEYMAP, keymap, KEYMAP__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLifecycleActionObject(LifecycleAction lifecycleActionObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
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
		return validatePattern(DomainPackage.Literals.MAC_ADDRESS, macAddress, MAC_ADDRESS__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryMiB(int memoryMiB, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateMemoryMiB_Min(memoryMiB, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMemoryMiB_Min
	 */
	public static final int MEMORY_MI_B__MIN__VALUE = 1;

	/**
	 * Validates the Min constraint of '<em>Memory Mi B</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryMiB_Min(int memoryMiB, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = memoryMiB >= MEMORY_MI_B__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.MEMORY_MI_B, memoryMiB, MEMORY_MI_B__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryMiBObject(Integer memoryMiBObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateMemoryMiB_Min(memoryMiBObject, diagnostics, context);
		return result;
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
			reportMinViolation(DomainPackage.Literals.MTU, mtu, MTU__MIN__VALUE, true, diagnostics, context);
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
			reportMaxViolation(DomainPackage.Literals.MTU, mtu, MTU__MAX__VALUE, true, diagnostics, context);
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
	public boolean validatePath(String path, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePath_MinLength(path, diagnostics, context);
		return result;
	}

	/**
	 * Validates the MinLength constraint of '<em>Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePath_MinLength(String path, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = path.length();
		boolean result = length >= 1;
		if (!result && diagnostics != null)
			reportMinLengthViolation(DomainPackage.Literals.PATH, path, length, 1, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRate(String rate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateRate_Pattern(rate, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateRate_Pattern
	 */
	public static final  PatternMatcher [][] RATE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]+(GB|MB|KB|B|Gb|Mb|Kb|b)/s(@[0-9]+(us|ms|s)?)?")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Rate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRate_Pattern(String rate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.RATE, rate, RATE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTag(String tag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateTag_Pattern(tag, diagnostics, context);
		if (result || diagnostics != null) result &= validateTag_MaxLength(tag, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateTag_Pattern
	 */
	public static final  PatternMatcher [][] TAG__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Za-z0-9][A-Za-z0-9_.:/\\-]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Tag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTag_Pattern(String tag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.TAG, tag, TAG__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Validates the MaxLength constraint of '<em>Tag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTag_MaxLength(String tag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = tag.length();
		boolean result = length <= 64;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(DomainPackage.Literals.TAG, tag, length, 64, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUuid(String uuid, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUuid_Pattern(uuid, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUuid_Pattern
	 */
	public static final  PatternMatcher [][] UUID__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Uuid</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUuid_Pattern(String uuid, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.UUID, uuid, UUID__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpuCount(int vcpuCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVcpuCount_Min(vcpuCount, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVcpuCount_Min
	 */
	public static final int VCPU_COUNT__MIN__VALUE = 1;

	/**
	 * Validates the Min constraint of '<em>Vcpu Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpuCount_Min(int vcpuCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = vcpuCount >= VCPU_COUNT__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.VCPU_COUNT, vcpuCount, VCPU_COUNT__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpuCountObject(Integer vcpuCountObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVcpuCount_Min(vcpuCountObject, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVdev(String vdev, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVdev_Pattern(vdev, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVdev_Pattern
	 */
	public static final  PatternMatcher [][] VDEV__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(xvd|hd|sd)[a-z]{1,4}[0-9]{0,3}|d[0-9]{1,6}(p[0-9]{1,3})?|[0-9]{1,9}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Vdev</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVdev_Pattern(String vdev, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.VDEV, vdev, VDEV__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVifTypeObject(VifType vifTypeObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVncDisplayNumber(int vncDisplayNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVncDisplayNumber_Min(vncDisplayNumber, diagnostics, context);
		if (result || diagnostics != null) result &= validateVncDisplayNumber_Max(vncDisplayNumber, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVncDisplayNumber_Min
	 */
	public static final int VNC_DISPLAY_NUMBER__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Vnc Display Number</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVncDisplayNumber_Min(int vncDisplayNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = vncDisplayNumber >= VNC_DISPLAY_NUMBER__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.VNC_DISPLAY_NUMBER, vncDisplayNumber, VNC_DISPLAY_NUMBER__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVncDisplayNumber_Max
	 */
	public static final int VNC_DISPLAY_NUMBER__MAX__VALUE = 59635;

	/**
	 * Validates the Max constraint of '<em>Vnc Display Number</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVncDisplayNumber_Max(int vncDisplayNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = vncDisplayNumber <= VNC_DISPLAY_NUMBER__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.VNC_DISPLAY_NUMBER, vncDisplayNumber, VNC_DISPLAY_NUMBER__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVncDisplayNumberObject(Integer vncDisplayNumberObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVncDisplayNumber_Min(vncDisplayNumberObject, diagnostics, context);
		if (result || diagnostics != null) result &= validateVncDisplayNumber_Max(vncDisplayNumberObject, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVncListen(String vncListen, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVncListen_Pattern(vncListen, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVncListen_Pattern
	 */
	public static final  PatternMatcher [][] VNC_LISTEN__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\])?(:[0-9]{1,5})?")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Vnc Listen</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVncListen_Pattern(String vncListen, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.VNC_LISTEN, vncListen, VNC_LISTEN__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateXlKeyName(String xlKeyName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateXlKeyName_Pattern(xlKeyName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateXlKeyName_Pattern
	 */
	public static final  PatternMatcher [][] XL_KEY_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-z_][a-z0-9_.]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Xl Key Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateXlKeyName_Pattern(String xlKeyName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.XL_KEY_NAME, xlKeyName, XL_KEY_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateXlParamName(String xlParamName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateXlParamName_Pattern(xlParamName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateXlParamName_Pattern
	 */
	public static final  PatternMatcher [][] XL_PARAM_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Za-z][A-Za-z0-9_\\-]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Xl Param Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateXlParamName_Pattern(String xlParamName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.XL_PARAM_NAME, xlParamName, XL_PARAM_NAME__PATTERN__VALUES, diagnostics, context);
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

} //DomainValidator
