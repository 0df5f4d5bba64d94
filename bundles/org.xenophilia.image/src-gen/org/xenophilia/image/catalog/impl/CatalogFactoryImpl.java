/**
 * Generated from model/catalog.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.image.catalog.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

import org.xenophilia.image.catalog.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CatalogFactoryImpl extends EFactoryImpl implements CatalogFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CatalogFactory init() {
		try {
			CatalogFactory theCatalogFactory = (CatalogFactory)EPackage.Registry.INSTANCE.getEFactory(CatalogPackage.eNS_URI);
			if (theCatalogFactory != null) {
				return theCatalogFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CatalogFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CatalogFactoryImpl() {
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
			case CatalogPackage.CATALOG: return createCatalog();
			case CatalogPackage.DOCUMENT_ROOT: return createDocumentRoot();
			case CatalogPackage.IMAGE: return createImage();
			case CatalogPackage.TEMPLATE: return createTemplate();
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
			case CatalogPackage.ARCHITECTURE:
				return createArchitectureFromString(eDataType, initialValue);
			case CatalogPackage.BOOT:
				return createBootFromString(eDataType, initialValue);
			case CatalogPackage.COMPRESSION:
				return createCompressionFromString(eDataType, initialValue);
			case CatalogPackage.CONTENT:
				return createContentFromString(eDataType, initialValue);
			case CatalogPackage.FILESYSTEM:
				return createFilesystemFromString(eDataType, initialValue);
			case CatalogPackage.GUEST_TYPE:
				return createGuestTypeFromString(eDataType, initialValue);
			case CatalogPackage.ARCHITECTURE_OBJECT:
				return createArchitectureObjectFromString(eDataType, initialValue);
			case CatalogPackage.BOOT_OBJECT:
				return createBootObjectFromString(eDataType, initialValue);
			case CatalogPackage.BYTES:
				return createBytesFromString(eDataType, initialValue);
			case CatalogPackage.BYTES_OBJECT:
				return createBytesObjectFromString(eDataType, initialValue);
			case CatalogPackage.COMPRESSION_OBJECT:
				return createCompressionObjectFromString(eDataType, initialValue);
			case CatalogPackage.CONSOLE_NAME:
				return createConsoleNameFromString(eDataType, initialValue);
			case CatalogPackage.CONTENT_OBJECT:
				return createContentObjectFromString(eDataType, initialValue);
			case CatalogPackage.FILESYSTEM_OBJECT:
				return createFilesystemObjectFromString(eDataType, initialValue);
			case CatalogPackage.GUEST_TYPE_OBJECT:
				return createGuestTypeObjectFromString(eDataType, initialValue);
			case CatalogPackage.IDENTIFIER:
				return createIdentifierFromString(eDataType, initialValue);
			case CatalogPackage.IMAGE_PATH:
				return createImagePathFromString(eDataType, initialValue);
			case CatalogPackage.LOCATION:
				return createLocationFromString(eDataType, initialValue);
			case CatalogPackage.MEMORY_MI_B:
				return createMemoryMiBFromString(eDataType, initialValue);
			case CatalogPackage.MEMORY_MI_BOBJECT:
				return createMemoryMiBObjectFromString(eDataType, initialValue);
			case CatalogPackage.SHA256:
				return createSha256FromString(eDataType, initialValue);
			case CatalogPackage.VCPU_COUNT:
				return createVcpuCountFromString(eDataType, initialValue);
			case CatalogPackage.VCPU_COUNT_OBJECT:
				return createVcpuCountObjectFromString(eDataType, initialValue);
			case CatalogPackage.VDEV:
				return createVdevFromString(eDataType, initialValue);
			case CatalogPackage.VERSION:
				return createVersionFromString(eDataType, initialValue);
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
			case CatalogPackage.ARCHITECTURE:
				return convertArchitectureToString(eDataType, instanceValue);
			case CatalogPackage.BOOT:
				return convertBootToString(eDataType, instanceValue);
			case CatalogPackage.COMPRESSION:
				return convertCompressionToString(eDataType, instanceValue);
			case CatalogPackage.CONTENT:
				return convertContentToString(eDataType, instanceValue);
			case CatalogPackage.FILESYSTEM:
				return convertFilesystemToString(eDataType, instanceValue);
			case CatalogPackage.GUEST_TYPE:
				return convertGuestTypeToString(eDataType, instanceValue);
			case CatalogPackage.ARCHITECTURE_OBJECT:
				return convertArchitectureObjectToString(eDataType, instanceValue);
			case CatalogPackage.BOOT_OBJECT:
				return convertBootObjectToString(eDataType, instanceValue);
			case CatalogPackage.BYTES:
				return convertBytesToString(eDataType, instanceValue);
			case CatalogPackage.BYTES_OBJECT:
				return convertBytesObjectToString(eDataType, instanceValue);
			case CatalogPackage.COMPRESSION_OBJECT:
				return convertCompressionObjectToString(eDataType, instanceValue);
			case CatalogPackage.CONSOLE_NAME:
				return convertConsoleNameToString(eDataType, instanceValue);
			case CatalogPackage.CONTENT_OBJECT:
				return convertContentObjectToString(eDataType, instanceValue);
			case CatalogPackage.FILESYSTEM_OBJECT:
				return convertFilesystemObjectToString(eDataType, instanceValue);
			case CatalogPackage.GUEST_TYPE_OBJECT:
				return convertGuestTypeObjectToString(eDataType, instanceValue);
			case CatalogPackage.IDENTIFIER:
				return convertIdentifierToString(eDataType, instanceValue);
			case CatalogPackage.IMAGE_PATH:
				return convertImagePathToString(eDataType, instanceValue);
			case CatalogPackage.LOCATION:
				return convertLocationToString(eDataType, instanceValue);
			case CatalogPackage.MEMORY_MI_B:
				return convertMemoryMiBToString(eDataType, instanceValue);
			case CatalogPackage.MEMORY_MI_BOBJECT:
				return convertMemoryMiBObjectToString(eDataType, instanceValue);
			case CatalogPackage.SHA256:
				return convertSha256ToString(eDataType, instanceValue);
			case CatalogPackage.VCPU_COUNT:
				return convertVcpuCountToString(eDataType, instanceValue);
			case CatalogPackage.VCPU_COUNT_OBJECT:
				return convertVcpuCountObjectToString(eDataType, instanceValue);
			case CatalogPackage.VDEV:
				return convertVdevToString(eDataType, instanceValue);
			case CatalogPackage.VERSION:
				return convertVersionToString(eDataType, instanceValue);
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
	public Catalog createCatalog() {
		CatalogImpl catalog = new CatalogImpl();
		return catalog;
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
	public Image createImage() {
		ImageImpl image = new ImageImpl();
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Template createTemplate() {
		TemplateImpl template = new TemplateImpl();
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Architecture createArchitectureFromString(EDataType eDataType, String initialValue) {
		Architecture result = Architecture.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArchitectureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Boot createBootFromString(EDataType eDataType, String initialValue) {
		Boot result = Boot.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBootToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Compression createCompressionFromString(EDataType eDataType, String initialValue) {
		Compression result = Compression.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCompressionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Content createContentFromString(EDataType eDataType, String initialValue) {
		Content result = Content.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Filesystem createFilesystemFromString(EDataType eDataType, String initialValue) {
		Filesystem result = Filesystem.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFilesystemToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuestType createGuestTypeFromString(EDataType eDataType, String initialValue) {
		GuestType result = GuestType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGuestTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Architecture createArchitectureObjectFromString(EDataType eDataType, String initialValue) {
		return createArchitectureFromString(CatalogPackage.Literals.ARCHITECTURE, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArchitectureObjectToString(EDataType eDataType, Object instanceValue) {
		return convertArchitectureToString(CatalogPackage.Literals.ARCHITECTURE, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Boot createBootObjectFromString(EDataType eDataType, String initialValue) {
		return createBootFromString(CatalogPackage.Literals.BOOT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBootObjectToString(EDataType eDataType, Object instanceValue) {
		return convertBootToString(CatalogPackage.Literals.BOOT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createBytesFromString(EDataType eDataType, String initialValue) {
		return (Long)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.LONG, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBytesToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.LONG, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createBytesObjectFromString(EDataType eDataType, String initialValue) {
		return createBytesFromString(CatalogPackage.Literals.BYTES, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBytesObjectToString(EDataType eDataType, Object instanceValue) {
		return convertBytesToString(CatalogPackage.Literals.BYTES, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Compression createCompressionObjectFromString(EDataType eDataType, String initialValue) {
		return createCompressionFromString(CatalogPackage.Literals.COMPRESSION, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCompressionObjectToString(EDataType eDataType, Object instanceValue) {
		return convertCompressionToString(CatalogPackage.Literals.COMPRESSION, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createConsoleNameFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConsoleNameToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Content createContentObjectFromString(EDataType eDataType, String initialValue) {
		return createContentFromString(CatalogPackage.Literals.CONTENT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContentObjectToString(EDataType eDataType, Object instanceValue) {
		return convertContentToString(CatalogPackage.Literals.CONTENT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Filesystem createFilesystemObjectFromString(EDataType eDataType, String initialValue) {
		return createFilesystemFromString(CatalogPackage.Literals.FILESYSTEM, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFilesystemObjectToString(EDataType eDataType, Object instanceValue) {
		return convertFilesystemToString(CatalogPackage.Literals.FILESYSTEM, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuestType createGuestTypeObjectFromString(EDataType eDataType, String initialValue) {
		return createGuestTypeFromString(CatalogPackage.Literals.GUEST_TYPE, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGuestTypeObjectToString(EDataType eDataType, Object instanceValue) {
		return convertGuestTypeToString(CatalogPackage.Literals.GUEST_TYPE, instanceValue);
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
	public String createImagePathFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImagePathToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createLocationFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocationToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createMemoryMiBFromString(EDataType eDataType, String initialValue) {
		return (Long)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.LONG, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMemoryMiBToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.LONG, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createMemoryMiBObjectFromString(EDataType eDataType, String initialValue) {
		return createMemoryMiBFromString(CatalogPackage.Literals.MEMORY_MI_B, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMemoryMiBObjectToString(EDataType eDataType, Object instanceValue) {
		return convertMemoryMiBToString(CatalogPackage.Literals.MEMORY_MI_B, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createSha256FromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSha256ToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createVcpuCountFromString(EDataType eDataType, String initialValue) {
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVcpuCountToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createVcpuCountObjectFromString(EDataType eDataType, String initialValue) {
		return createVcpuCountFromString(CatalogPackage.Literals.VCPU_COUNT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVcpuCountObjectToString(EDataType eDataType, Object instanceValue) {
		return convertVcpuCountToString(CatalogPackage.Literals.VCPU_COUNT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createVdevFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVdevToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createVersionFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVersionToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CatalogPackage getCatalogPackage() {
		return (CatalogPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CatalogPackage getPackage() {
		return CatalogPackage.eINSTANCE;
	}

} //CatalogFactoryImpl
