/**
 * Generated from model/catalog.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.image.catalog.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeUtil;
import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;

import org.xenophilia.image.catalog.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.xenophilia.image.catalog.CatalogPackage
 * @generated
 */
public class CatalogValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CatalogValidator INSTANCE = new CatalogValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.xenophilia.image.catalog";

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
	public CatalogValidator() {
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
	  return CatalogPackage.eINSTANCE;
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
			case CatalogPackage.CATALOG:
				return validateCatalog((Catalog)value, diagnostics, context);
			case CatalogPackage.DOCUMENT_ROOT:
				return validateDocumentRoot((DocumentRoot)value, diagnostics, context);
			case CatalogPackage.IMAGE:
				return validateImage((Image)value, diagnostics, context);
			case CatalogPackage.TEMPLATE:
				return validateTemplate((Template)value, diagnostics, context);
			case CatalogPackage.ARCHITECTURE:
				return validateArchitecture((Architecture)value, diagnostics, context);
			case CatalogPackage.BOOT:
				return validateBoot((Boot)value, diagnostics, context);
			case CatalogPackage.COMPRESSION:
				return validateCompression((Compression)value, diagnostics, context);
			case CatalogPackage.CONTENT:
				return validateContent((Content)value, diagnostics, context);
			case CatalogPackage.FILESYSTEM:
				return validateFilesystem((Filesystem)value, diagnostics, context);
			case CatalogPackage.GUEST_TYPE:
				return validateGuestType((GuestType)value, diagnostics, context);
			case CatalogPackage.ARCHITECTURE_OBJECT:
				return validateArchitectureObject((Architecture)value, diagnostics, context);
			case CatalogPackage.BOOT_OBJECT:
				return validateBootObject((Boot)value, diagnostics, context);
			case CatalogPackage.BYTES:
				return validateBytes((Long)value, diagnostics, context);
			case CatalogPackage.BYTES_OBJECT:
				return validateBytesObject((Long)value, diagnostics, context);
			case CatalogPackage.COMPRESSION_OBJECT:
				return validateCompressionObject((Compression)value, diagnostics, context);
			case CatalogPackage.CONSOLE_NAME:
				return validateConsoleName((String)value, diagnostics, context);
			case CatalogPackage.CONTENT_OBJECT:
				return validateContentObject((Content)value, diagnostics, context);
			case CatalogPackage.FILESYSTEM_OBJECT:
				return validateFilesystemObject((Filesystem)value, diagnostics, context);
			case CatalogPackage.GUEST_TYPE_OBJECT:
				return validateGuestTypeObject((GuestType)value, diagnostics, context);
			case CatalogPackage.IDENTIFIER:
				return validateIdentifier((String)value, diagnostics, context);
			case CatalogPackage.IMAGE_PATH:
				return validateImagePath((String)value, diagnostics, context);
			case CatalogPackage.LOCATION:
				return validateLocation((String)value, diagnostics, context);
			case CatalogPackage.MEMORY_MI_B:
				return validateMemoryMiB((Long)value, diagnostics, context);
			case CatalogPackage.MEMORY_MI_BOBJECT:
				return validateMemoryMiBObject((Long)value, diagnostics, context);
			case CatalogPackage.SHA256:
				return validateSha256((String)value, diagnostics, context);
			case CatalogPackage.VCPU_COUNT:
				return validateVcpuCount((Integer)value, diagnostics, context);
			case CatalogPackage.VCPU_COUNT_OBJECT:
				return validateVcpuCountObject((Integer)value, diagnostics, context);
			case CatalogPackage.VDEV:
				return validateVdev((String)value, diagnostics, context);
			case CatalogPackage.VERSION:
				return validateVersion((String)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCatalog(Catalog catalog, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(catalog, diagnostics, context);
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
	public boolean validateImage(Image image, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(image, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTemplate(Template template, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(template, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArchitecture(Architecture architecture, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBoot(Boot boot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompression(Compression compression, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContent(Content content, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFilesystem(Filesystem filesystem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGuestType(GuestType guestType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArchitectureObject(Architecture architectureObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBootObject(Boot bootObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBytes(long bytes, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateBytes_Min(bytes, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateBytes_Min
	 */
	public static final long BYTES__MIN__VALUE = 1L;

	/**
	 * Validates the Min constraint of '<em>Bytes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBytes_Min(long bytes, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = bytes >= BYTES__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(CatalogPackage.Literals.BYTES, bytes, BYTES__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBytesObject(Long bytesObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateBytes_Min(bytesObject, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompressionObject(Compression compressionObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsoleName(String consoleName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateConsoleName_Pattern(consoleName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateConsoleName_Pattern
	 */
	public static final  PatternMatcher [][] CONSOLE_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-zA-Z]{1,16}[0-9]{1,3}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Console Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsoleName_Pattern(String consoleName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CatalogPackage.Literals.CONSOLE_NAME, consoleName, CONSOLE_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContentObject(Content contentObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFilesystemObject(Filesystem filesystemObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGuestTypeObject(GuestType guestTypeObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier(String identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIdentifier_Pattern(identifier, diagnostics, context);
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
				XMLTypeUtil.createPatternMatcher("[a-z0-9][a-z0-9\\-]{0,63}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier_Pattern(String identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CatalogPackage.Literals.IDENTIFIER, identifier, IDENTIFIER__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImagePath(String imagePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateImagePath_Pattern(imagePath, diagnostics, context);
		if (result || diagnostics != null) result &= validateImagePath_MaxLength(imagePath, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateImagePath_Pattern
	 */
	public static final  PatternMatcher [][] IMAGE_PATH__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("/[A-Za-z0-9._+\\-/]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Image Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImagePath_Pattern(String imagePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CatalogPackage.Literals.IMAGE_PATH, imagePath, IMAGE_PATH__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Validates the MaxLength constraint of '<em>Image Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImagePath_MaxLength(String imagePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = imagePath.length();
		boolean result = length <= 1024;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(CatalogPackage.Literals.IMAGE_PATH, imagePath, length, 1024, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocation(String location, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateLocation_Pattern(location, diagnostics, context);
		if (result || diagnostics != null) result &= validateLocation_MaxLength(location, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateLocation_Pattern
	 */
	public static final  PatternMatcher [][] LOCATION__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[!-~]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Location</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocation_Pattern(String location, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CatalogPackage.Literals.LOCATION, location, LOCATION__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Validates the MaxLength constraint of '<em>Location</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocation_MaxLength(String location, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = location.length();
		boolean result = length <= 2048;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(CatalogPackage.Literals.LOCATION, location, length, 2048, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryMiB(long memoryMiB, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateMemoryMiB_Min(memoryMiB, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMemoryMiB_Min
	 */
	public static final long MEMORY_MI_B__MIN__VALUE = 16L;

	/**
	 * Validates the Min constraint of '<em>Memory Mi B</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryMiB_Min(long memoryMiB, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = memoryMiB >= MEMORY_MI_B__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(CatalogPackage.Literals.MEMORY_MI_B, memoryMiB, MEMORY_MI_B__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryMiBObject(Long memoryMiBObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateMemoryMiB_Min(memoryMiBObject, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSha256(String sha256, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateSha256_Pattern(sha256, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateSha256_Pattern
	 */
	public static final  PatternMatcher [][] SHA256__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9A-Fa-f]{64}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Sha256</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSha256_Pattern(String sha256, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CatalogPackage.Literals.SHA256, sha256, SHA256__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpuCount(int vcpuCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVcpuCount_Min(vcpuCount, diagnostics, context);
		if (result || diagnostics != null) result &= validateVcpuCount_Max(vcpuCount, diagnostics, context);
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
			reportMinViolation(CatalogPackage.Literals.VCPU_COUNT, vcpuCount, VCPU_COUNT__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVcpuCount_Max
	 */
	public static final int VCPU_COUNT__MAX__VALUE = 512;

	/**
	 * Validates the Max constraint of '<em>Vcpu Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpuCount_Max(int vcpuCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = vcpuCount <= VCPU_COUNT__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(CatalogPackage.Literals.VCPU_COUNT, vcpuCount, VCPU_COUNT__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpuCountObject(Integer vcpuCountObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVcpuCount_Min(vcpuCountObject, diagnostics, context);
		if (result || diagnostics != null) result &= validateVcpuCount_Max(vcpuCountObject, diagnostics, context);
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
				XMLTypeUtil.createPatternMatcher("(xvd|hd|sd)[a-z]{1,3}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Vdev</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVdev_Pattern(String vdev, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CatalogPackage.Literals.VDEV, vdev, VDEV__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVersion(String version, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVersion_Pattern(version, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVersion_Pattern
	 */
	public static final  PatternMatcher [][] VERSION__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Za-z0-9][A-Za-z0-9.+~\\-]{0,63}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVersion_Pattern(String version, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CatalogPackage.Literals.VERSION, version, VERSION__PATTERN__VALUES, diagnostics, context);
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

} //CatalogValidator
