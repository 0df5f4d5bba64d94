/**
 * Generated from model/catalog.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.image.catalog.impl;

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

import org.xenophilia.image.catalog.Architecture;
import org.xenophilia.image.catalog.Boot;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.CatalogFactory;
import org.xenophilia.image.catalog.CatalogPackage;
import org.xenophilia.image.catalog.Compression;
import org.xenophilia.image.catalog.Content;
import org.xenophilia.image.catalog.DocumentRoot;
import org.xenophilia.image.catalog.Filesystem;
import org.xenophilia.image.catalog.GuestType;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.image.catalog.Template;

import org.xenophilia.image.catalog.util.CatalogValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CatalogPackageImpl extends EPackageImpl implements CatalogPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogEClass = null;

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
	private EClass imageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass templateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum architectureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bootEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum compressionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum filesystemEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum guestTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType architectureObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType bootObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType bytesEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType bytesObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType compressionObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType consoleNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType contentObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType filesystemObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType guestTypeObjectEDataType = null;

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
	private EDataType imagePathEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType locationEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType memoryMiBEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType memoryMiBObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType sha256EDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType vcpuCountEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType vcpuCountObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType vdevEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType versionEDataType = null;

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
	 * @see org.xenophilia.image.catalog.CatalogPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CatalogPackageImpl() {
		super(eNS_URI, CatalogFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CatalogPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CatalogPackage init() {
		if (isInited) return (CatalogPackage)EPackage.Registry.INSTANCE.getEPackage(CatalogPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCatalogPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CatalogPackageImpl theCatalogPackage = registeredCatalogPackage instanceof CatalogPackageImpl ? (CatalogPackageImpl)registeredCatalogPackage : new CatalogPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		XMLTypePackage.eINSTANCE.eClass();
		EcorePackage.eINSTANCE.eClass();
		XMLTypePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theCatalogPackage.createPackageContents();

		// Initialize created meta-data
		theCatalogPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCatalogPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return CatalogValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCatalogPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CatalogPackage.eNS_URI, theCatalogPackage);
		return theCatalogPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalog() {
		return catalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Description() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Images() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(1);
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
	public EReference getDocumentRoot_Catalog() {
		return (EReference)documentRootEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImage() {
		return imageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Name() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Version() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Description() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Architecture() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_GuestType() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Content() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Compression() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Filesystem() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_FileSize() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_ContentSize() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Sha256() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Urls() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_MinimumMemory() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_MinimumDisk() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImage_Template() {
		return (EReference)imageEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTemplate() {
		return templateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplate_Boot() {
		return (EAttribute)templateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplate_Kernel() {
		return (EAttribute)templateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplate_Ramdisk() {
		return (EAttribute)templateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplate_Cmdline() {
		return (EAttribute)templateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplate_Console() {
		return (EAttribute)templateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplate_Memory() {
		return (EAttribute)templateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplate_Vcpus() {
		return (EAttribute)templateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplate_Vdev() {
		return (EAttribute)templateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArchitecture() {
		return architectureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBoot() {
		return bootEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCompression() {
		return compressionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContent() {
		return contentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFilesystem() {
		return filesystemEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGuestType() {
		return guestTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getArchitectureObject() {
		return architectureObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getBootObject() {
		return bootObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getBytes() {
		return bytesEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getBytesObject() {
		return bytesObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCompressionObject() {
		return compressionObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getConsoleName() {
		return consoleNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getContentObject() {
		return contentObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getFilesystemObject() {
		return filesystemObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getGuestTypeObject() {
		return guestTypeObjectEDataType;
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
	public EDataType getImagePath() {
		return imagePathEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocation() {
		return locationEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMemoryMiB() {
		return memoryMiBEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMemoryMiBObject() {
		return memoryMiBObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getSha256() {
		return sha256EDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVcpuCount() {
		return vcpuCountEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVcpuCountObject() {
		return vcpuCountObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVdev() {
		return vdevEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVersion() {
		return versionEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CatalogFactory getCatalogFactory() {
		return (CatalogFactory)getEFactoryInstance();
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
		catalogEClass = createEClass(CATALOG);
		createEAttribute(catalogEClass, CATALOG__DESCRIPTION);
		createEReference(catalogEClass, CATALOG__IMAGES);

		documentRootEClass = createEClass(DOCUMENT_ROOT);
		createEAttribute(documentRootEClass, DOCUMENT_ROOT__MIXED);
		createEReference(documentRootEClass, DOCUMENT_ROOT__XMLNS_PREFIX_MAP);
		createEReference(documentRootEClass, DOCUMENT_ROOT__XSI_SCHEMA_LOCATION);
		createEReference(documentRootEClass, DOCUMENT_ROOT__CATALOG);

		imageEClass = createEClass(IMAGE);
		createEAttribute(imageEClass, IMAGE__NAME);
		createEAttribute(imageEClass, IMAGE__VERSION);
		createEAttribute(imageEClass, IMAGE__DESCRIPTION);
		createEAttribute(imageEClass, IMAGE__ARCHITECTURE);
		createEAttribute(imageEClass, IMAGE__GUEST_TYPE);
		createEAttribute(imageEClass, IMAGE__CONTENT);
		createEAttribute(imageEClass, IMAGE__COMPRESSION);
		createEAttribute(imageEClass, IMAGE__FILESYSTEM);
		createEAttribute(imageEClass, IMAGE__FILE_SIZE);
		createEAttribute(imageEClass, IMAGE__CONTENT_SIZE);
		createEAttribute(imageEClass, IMAGE__SHA256);
		createEAttribute(imageEClass, IMAGE__URLS);
		createEAttribute(imageEClass, IMAGE__MINIMUM_MEMORY);
		createEAttribute(imageEClass, IMAGE__MINIMUM_DISK);
		createEReference(imageEClass, IMAGE__TEMPLATE);

		templateEClass = createEClass(TEMPLATE);
		createEAttribute(templateEClass, TEMPLATE__BOOT);
		createEAttribute(templateEClass, TEMPLATE__KERNEL);
		createEAttribute(templateEClass, TEMPLATE__RAMDISK);
		createEAttribute(templateEClass, TEMPLATE__CMDLINE);
		createEAttribute(templateEClass, TEMPLATE__CONSOLE);
		createEAttribute(templateEClass, TEMPLATE__MEMORY);
		createEAttribute(templateEClass, TEMPLATE__VCPUS);
		createEAttribute(templateEClass, TEMPLATE__VDEV);

		// Create enums
		architectureEEnum = createEEnum(ARCHITECTURE);
		bootEEnum = createEEnum(BOOT);
		compressionEEnum = createEEnum(COMPRESSION);
		contentEEnum = createEEnum(CONTENT);
		filesystemEEnum = createEEnum(FILESYSTEM);
		guestTypeEEnum = createEEnum(GUEST_TYPE);

		// Create data types
		architectureObjectEDataType = createEDataType(ARCHITECTURE_OBJECT);
		bootObjectEDataType = createEDataType(BOOT_OBJECT);
		bytesEDataType = createEDataType(BYTES);
		bytesObjectEDataType = createEDataType(BYTES_OBJECT);
		compressionObjectEDataType = createEDataType(COMPRESSION_OBJECT);
		consoleNameEDataType = createEDataType(CONSOLE_NAME);
		contentObjectEDataType = createEDataType(CONTENT_OBJECT);
		filesystemObjectEDataType = createEDataType(FILESYSTEM_OBJECT);
		guestTypeObjectEDataType = createEDataType(GUEST_TYPE_OBJECT);
		identifierEDataType = createEDataType(IDENTIFIER);
		imagePathEDataType = createEDataType(IMAGE_PATH);
		locationEDataType = createEDataType(LOCATION);
		memoryMiBEDataType = createEDataType(MEMORY_MI_B);
		memoryMiBObjectEDataType = createEDataType(MEMORY_MI_BOBJECT);
		sha256EDataType = createEDataType(SHA256);
		vcpuCountEDataType = createEDataType(VCPU_COUNT);
		vcpuCountObjectEDataType = createEDataType(VCPU_COUNT_OBJECT);
		vdevEDataType = createEDataType(VDEV);
		versionEDataType = createEDataType(VERSION);
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
		initEClass(catalogEClass, Catalog.class, "Catalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCatalog_Description(), theXMLTypePackage_1.getString(), "description", null, 0, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Images(), this.getImage(), null, "images", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(documentRootEClass, DocumentRoot.class, "DocumentRoot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocumentRoot_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, null, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_XMLNSPrefixMap(), ecorePackage.getEStringToStringMapEntry(), null, "xMLNSPrefixMap", null, 0, -1, null, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_XSISchemaLocation(), ecorePackage.getEStringToStringMapEntry(), null, "xSISchemaLocation", null, 0, -1, null, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_Catalog(), this.getCatalog(), null, "catalog", null, 0, -2, null, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(imageEClass, Image.class, "Image", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImage_Name(), this.getIdentifier(), "name", null, 1, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Version(), this.getVersion(), "version", null, 1, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Description(), theXMLTypePackage_1.getString(), "description", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Architecture(), this.getArchitecture(), "architecture", null, 1, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_GuestType(), this.getGuestType(), "guestType", null, 1, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Content(), this.getContent(), "content", null, 1, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Compression(), this.getCompression(), "compression", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Filesystem(), this.getFilesystem(), "filesystem", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_FileSize(), this.getBytes(), "fileSize", null, 1, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_ContentSize(), this.getBytes(), "contentSize", null, 1, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Sha256(), this.getSha256(), "sha256", null, 1, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Urls(), this.getLocation(), "urls", null, 1, -1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_MinimumMemory(), this.getMemoryMiB(), "minimumMemory", null, 1, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_MinimumDisk(), this.getBytes(), "minimumDisk", null, 1, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImage_Template(), this.getTemplate(), null, "template", null, 1, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(templateEClass, Template.class, "Template", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTemplate_Boot(), this.getBoot(), "boot", null, 1, 1, Template.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTemplate_Kernel(), this.getImagePath(), "kernel", null, 0, 1, Template.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTemplate_Ramdisk(), this.getImagePath(), "ramdisk", null, 0, 1, Template.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTemplate_Cmdline(), theXMLTypePackage_1.getString(), "cmdline", null, 0, 1, Template.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTemplate_Console(), this.getConsoleName(), "console", null, 0, 1, Template.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTemplate_Memory(), this.getMemoryMiB(), "memory", null, 0, 1, Template.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTemplate_Vcpus(), this.getVcpuCount(), "vcpus", null, 0, 1, Template.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTemplate_Vdev(), this.getVdev(), "vdev", null, 0, 1, Template.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(architectureEEnum, Architecture.class, "Architecture");
		addEEnumLiteral(architectureEEnum, Architecture.X8664);
		addEEnumLiteral(architectureEEnum, Architecture.AARCH64);

		initEEnum(bootEEnum, Boot.class, "Boot");
		addEEnumLiteral(bootEEnum, Boot.PYGRUB);
		addEEnumLiteral(bootEEnum, Boot.KERNEL);
		addEEnumLiteral(bootEEnum, Boot.FIRMWARE);

		initEEnum(compressionEEnum, Compression.class, "Compression");
		addEEnumLiteral(compressionEEnum, Compression.NONE);
		addEEnumLiteral(compressionEEnum, Compression.GZ);
		addEEnumLiteral(compressionEEnum, Compression.XZ);
		addEEnumLiteral(compressionEEnum, Compression.ZSTD);

		initEEnum(contentEEnum, Content.class, "Content");
		addEEnumLiteral(contentEEnum, Content.DISK);
		addEEnumLiteral(contentEEnum, Content.ROOTFS);

		initEEnum(filesystemEEnum, Filesystem.class, "Filesystem");
		addEEnumLiteral(filesystemEEnum, Filesystem.EXT4);

		initEEnum(guestTypeEEnum, GuestType.class, "GuestType");
		addEEnumLiteral(guestTypeEEnum, GuestType.PV);
		addEEnumLiteral(guestTypeEEnum, GuestType.PVH);
		addEEnumLiteral(guestTypeEEnum, GuestType.HVM);

		// Initialize data types
		initEDataType(architectureObjectEDataType, Architecture.class, "ArchitectureObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(bootObjectEDataType, Boot.class, "BootObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(bytesEDataType, long.class, "Bytes", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(bytesObjectEDataType, Long.class, "BytesObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(compressionObjectEDataType, Compression.class, "CompressionObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(consoleNameEDataType, String.class, "ConsoleName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(contentObjectEDataType, Content.class, "ContentObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(filesystemObjectEDataType, Filesystem.class, "FilesystemObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(guestTypeObjectEDataType, GuestType.class, "GuestTypeObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(identifierEDataType, String.class, "Identifier", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(imagePathEDataType, String.class, "ImagePath", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(locationEDataType, String.class, "Location", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(memoryMiBEDataType, long.class, "MemoryMiB", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(memoryMiBObjectEDataType, Long.class, "MemoryMiBObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(sha256EDataType, String.class, "Sha256", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vcpuCountEDataType, int.class, "VcpuCount", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vcpuCountObjectEDataType, Integer.class, "VcpuCountObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vdevEDataType, String.class, "Vdev", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(versionEDataType, String.class, "Version", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

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
			   "documentation", "Image catalog of Xenophilia: prepackaged guest images that the Agent deploys onto a node (download, verify, decompress, write into a new volume or make a filesystem from a root tarball, grow it, define and start the domain)."
		   });
		addAnnotation
		  (architectureEEnum,
		   source,
		   new String[] {
			   "documentation", "A CPU architecture as uname -m names it: x86_64 or aarch64."
		   });
		addAnnotation
		  (bootEEnum,
		   source,
		   new String[] {
			   "documentation", "How a domain made from an image finds its kernel (pygrub, kernel: PV and PVH guests) or its bootloader (firmware: HVM guests)."
		   });
		addAnnotation
		  (bootEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "pygrub reads the image\'s boot configuration."
		   });
		addAnnotation
		  (bootEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "pygrub takes the kernel and ramdisk at the template\'s paths in the image."
		   });
		addAnnotation
		  (bootEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "HVM only, disk images only: the disk boots by its own bootloader through the domain\'s firmware (no pygrub, which boots PV and PVH guests only)."
		   });
		addAnnotation
		  (bytesEDataType,
		   source,
		   new String[] {
			   "documentation", "A size in bytes, at least 1."
		   });
		addAnnotation
		  (catalogEClass,
		   source,
		   new String[] {
			   "documentation", "The images one source offers (a directory on the node, or a document served over HTTP(S))."
		   });
		addAnnotation
		  (getCatalog_Description(),
		   source,
		   new String[] {
			   "documentation", "Free text for administrators: who publishes the catalog and for what."
		   });
		addAnnotation
		  (getCatalog_Images(),
		   source,
		   new String[] {
			   "documentation", "One image of the catalog; repeat the element for each. A name and version appear at most once."
		   });
		addAnnotation
		  (compressionEEnum,
		   source,
		   new String[] {
			   "documentation", "How an image file is compressed."
		   });
		addAnnotation
		  (consoleNameEDataType,
		   source,
		   new String[] {
			   "documentation", "A console device\'s name, e.g. hvc0 or ttyS0."
		   });
		addAnnotation
		  (contentEEnum,
		   source,
		   new String[] {
			   "documentation", "What an image file holds once decompressed."
		   });
		addAnnotation
		  (contentEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A raw disk image, written as it is into the new volume (runs of zeros skipped)."
		   });
		addAnnotation
		  (contentEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A tar archive of a root filesystem: the Agent makes an ext4 filesystem of it on the new volume."
		   });
		addAnnotation
		  (getDocumentRoot_Catalog(),
		   source,
		   new String[] {
			   "documentation", "The root element of a catalog document: the images one source offers."
		   });
		addAnnotation
		  (filesystemEEnum,
		   source,
		   new String[] {
			   "documentation", "A filesystem the Agent can grow."
		   });
		addAnnotation
		  (guestTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "The kind of domain an image boots as (domain.xsd\'s DomainType)."
		   });
		addAnnotation
		  (identifierEDataType,
		   source,
		   new String[] {
			   "documentation", "A name: 1 to 64 of lower-case letters, digits and -, starting with a letter or digit."
		   });
		addAnnotation
		  (imageEClass,
		   source,
		   new String[] {
			   "documentation", "One prepackaged guest image: what the file is, how to fetch and check it, and the domain it boots as."
		   });
		addAnnotation
		  (getImage_Name(),
		   source,
		   new String[] {
			   "documentation", "The image\'s name, e.g. debian-bookworm. With the version it names the image on a node (NAME:VERSION, e.g. debian-bookworm:12.8-1). Mandatory."
		   });
		addAnnotation
		  (getImage_Version(),
		   source,
		   new String[] {
			   "documentation", "The image\'s version: letters, digits and . + ~ - (a Debian-style version, e.g. 12.8-1). Mandatory."
		   });
		addAnnotation
		  (getImage_Description(),
		   source,
		   new String[] {
			   "documentation", "Free text for administrators: what is in the image, how to log in."
		   });
		addAnnotation
		  (getImage_Architecture(),
		   source,
		   new String[] {
			   "documentation", "The guest\'s CPU architecture (x86_64, aarch64). The Agent refuses to deploy an image of another architecture than its host\'s. Mandatory."
		   });
		addAnnotation
		  (getImage_GuestType(),
		   source,
		   new String[] {
			   "documentation", "The kind of domain the image boots as: pv, pvh or hvm (the domain\'s type). Mandatory."
		   });
		addAnnotation
		  (getImage_Content(),
		   source,
		   new String[] {
			   "documentation", "What the file holds once decompressed: a raw disk image written as it is into the new volume (disk), or a tar archive of a root filesystem from which the Agent makes an ext4 filesystem on the new volume (rootfs). Mandatory."
		   });
		addAnnotation
		  (getImage_Compression(),
		   source,
		   new String[] {
			   "documentation", "How the file is compressed: none, gz, xz or zstd. When absent: none."
		   });
		addAnnotation
		  (getImage_Filesystem(),
		   source,
		   new String[] {
			   "documentation", "Disk images only: the filesystem the whole disk holds (no partition table), which the Agent grows to the new volume\'s size after writing (ext4: e2fsck -f, then resize2fs). When absent the disk is written as it is and nothing is grown. A rootfs image always becomes ext4."
		   });
		addAnnotation
		  (getImage_FileSize(),
		   source,
		   new String[] {
			   "documentation", "The size in bytes of the file as it is downloaded (compressed). Mandatory; a download longer than this is stopped and refused."
		   });
		addAnnotation
		  (getImage_ContentSize(),
		   source,
		   new String[] {
			   "documentation", "The size in bytes of the content once decompressed: the disk image\'s size, or the tar archive\'s. Mandatory; decompressed content longer than this is stopped and refused."
		   });
		addAnnotation
		  (getImage_Sha256(),
		   source,
		   new String[] {
			   "documentation", "The SHA-256 of the file as it is downloaded, 64 hexadecimal digits. Mandatory: a file with another sum is refused and removed."
		   });
		addAnnotation
		  (getImage_Urls(),
		   source,
		   new String[] {
			   "documentation", "Where the file is: an absolute http or https URL, or a reference relative to the catalog\'s own location (a file name beside a catalog in a directory, or a path relative to a catalog\'s URL). At least one; when several are given they are mirrors, tried in order."
		   });
		addAnnotation
		  (getImage_MinimumMemory(),
		   source,
		   new String[] {
			   "documentation", "The least memory in MiB the guest boots with. Mandatory; a deployment with less is refused."
		   });
		addAnnotation
		  (getImage_MinimumDisk(),
		   source,
		   new String[] {
			   "documentation", "The least size in bytes of the volume the image is deployed onto: at least the content\'s size for a disk image, and room for the files of a rootfs. Mandatory; a deployment onto less is refused."
		   });
		addAnnotation
		  (getImage_Template(),
		   source,
		   new String[] {
			   "documentation", "How the domain made from the image boots. Mandatory."
		   });
		addAnnotation
		  (imagePathEDataType,
		   source,
		   new String[] {
			   "documentation", "An absolute path inside the image, e.g. /boot/vmlinuz: no spaces, quotes or shell metacharacters."
		   });
		addAnnotation
		  (locationEDataType,
		   source,
		   new String[] {
			   "documentation", "An absolute http or https URL, or a reference relative to the catalog\'s location: 1 to 2048 printable characters without spaces."
		   });
		addAnnotation
		  (memoryMiBEDataType,
		   source,
		   new String[] {
			   "documentation", "Memory in MiB, at least 16."
		   });
		addAnnotation
		  (sha256EDataType,
		   source,
		   new String[] {
			   "documentation", "A SHA-256 sum: 64 hexadecimal digits (either case; compared without regard to case)."
		   });
		addAnnotation
		  (templateEClass,
		   source,
		   new String[] {
			   "documentation", "The domain a deployment defines: the image\'s volume as its first disk, a vif on the chosen network, and how it boots. Name, memory, vCPUs, the disk\'s size and the network are the deployment\'s; what is here is the image\'s."
		   });
		addAnnotation
		  (getTemplate_Boot(),
		   source,
		   new String[] {
			   "documentation", "How the kernel is found: pygrub reads the image\'s own boot configuration (a GRUB or extlinux file), kernel takes the kernel (and ramdisk) at the paths below inside the image (pygrub --kernel, --ramdisk), or firmware lets an HVM guest\'s firmware run the disk\'s own bootloader. Mandatory."
		   });
		addAnnotation
		  (getTemplate_Kernel(),
		   source,
		   new String[] {
			   "documentation", "boot kernel only, and then mandatory: the kernel\'s absolute path inside the image, e.g. /boot/vmlinuz."
		   });
		addAnnotation
		  (getTemplate_Ramdisk(),
		   source,
		   new String[] {
			   "documentation", "boot kernel only: the initial ramdisk\'s absolute path inside the image, e.g. /boot/initrd.img. When absent the kernel boots without one."
		   });
		addAnnotation
		  (getTemplate_Cmdline(),
		   source,
		   new String[] {
			   "documentation", "The kernel\'s command line, e.g. root=/dev/xvda ro console=hvc0. With boot pygrub it replaces the one of the image\'s boot configuration; when absent that one is used. With boot kernel, when absent the kernel gets none."
		   });
		addAnnotation
		  (getTemplate_Console(),
		   source,
		   new String[] {
			   "documentation", "The console the guest offers a login on (hvc0 for a PV or PVH guest\'s Xen console, ttyS0 for an HVM guest\'s serial port): shown to administrators, and what the Workbench\'s console attaches to. When absent: hvc0."
		   });
		addAnnotation
		  (getTemplate_Memory(),
		   source,
		   new String[] {
			   "documentation", "The memory in MiB a deployment proposes; at least the image\'s minimumMemory. When absent the minimumMemory."
		   });
		addAnnotation
		  (getTemplate_Vcpus(),
		   source,
		   new String[] {
			   "documentation", "The vCPUs a deployment proposes. When absent: 1."
		   });
		addAnnotation
		  (getTemplate_Vdev(),
		   source,
		   new String[] {
			   "documentation", "The virtual device the image\'s disk is given to the guest as, e.g. xvda. When absent: xvda."
		   });
		addAnnotation
		  (vcpuCountEDataType,
		   source,
		   new String[] {
			   "documentation", "A number of vCPUs, 1 to 512."
		   });
		addAnnotation
		  (vdevEDataType,
		   source,
		   new String[] {
			   "documentation", "A virtual disk device as xl names it: xvdX, hdX or sdX (X one or more letters)."
		   });
		addAnnotation
		  (versionEDataType,
		   source,
		   new String[] {
			   "documentation", "A version: 1 to 64 of letters, digits and . + ~ -, starting with a digit or letter."
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
		  (architectureEEnum,
		   source,
		   new String[] {
			   "name", "Architecture"
		   });
		addAnnotation
		  (architectureObjectEDataType,
		   source,
		   new String[] {
			   "name", "Architecture:Object",
			   "baseType", "Architecture"
		   });
		addAnnotation
		  (bootEEnum,
		   source,
		   new String[] {
			   "name", "Boot"
		   });
		addAnnotation
		  (bootObjectEDataType,
		   source,
		   new String[] {
			   "name", "Boot:Object",
			   "baseType", "Boot"
		   });
		addAnnotation
		  (bytesEDataType,
		   source,
		   new String[] {
			   "name", "Bytes",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#long",
			   "minInclusive", "1"
		   });
		addAnnotation
		  (bytesObjectEDataType,
		   source,
		   new String[] {
			   "name", "Bytes:Object",
			   "baseType", "Bytes"
		   });
		addAnnotation
		  (catalogEClass,
		   source,
		   new String[] {
			   "name", "Catalog",
			   "kind", "elementOnly"
		   });
		addAnnotation
		  (getCatalog_Description(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "description",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getCatalog_Images(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "image",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (compressionEEnum,
		   source,
		   new String[] {
			   "name", "Compression"
		   });
		addAnnotation
		  (compressionObjectEDataType,
		   source,
		   new String[] {
			   "name", "Compression:Object",
			   "baseType", "Compression"
		   });
		addAnnotation
		  (consoleNameEDataType,
		   source,
		   new String[] {
			   "name", "ConsoleName",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[a-zA-Z]{1,16}[0-9]{1,3}"
		   });
		addAnnotation
		  (contentEEnum,
		   source,
		   new String[] {
			   "name", "Content"
		   });
		addAnnotation
		  (contentObjectEDataType,
		   source,
		   new String[] {
			   "name", "Content:Object",
			   "baseType", "Content"
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
		  (getDocumentRoot_Catalog(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "catalog",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (filesystemEEnum,
		   source,
		   new String[] {
			   "name", "Filesystem"
		   });
		addAnnotation
		  (filesystemObjectEDataType,
		   source,
		   new String[] {
			   "name", "Filesystem:Object",
			   "baseType", "Filesystem"
		   });
		addAnnotation
		  (guestTypeEEnum,
		   source,
		   new String[] {
			   "name", "GuestType"
		   });
		addAnnotation
		  (guestTypeObjectEDataType,
		   source,
		   new String[] {
			   "name", "GuestType:Object",
			   "baseType", "GuestType"
		   });
		addAnnotation
		  (identifierEDataType,
		   source,
		   new String[] {
			   "name", "Identifier",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[a-z0-9][a-z0-9\\-]{0,63}"
		   });
		addAnnotation
		  (imageEClass,
		   source,
		   new String[] {
			   "name", "Image",
			   "kind", "elementOnly"
		   });
		addAnnotation
		  (getImage_Name(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "name",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_Version(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "version",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_Description(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "description",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_Architecture(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "architecture",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_GuestType(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "guestType",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_Content(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "content",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_Compression(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "compression",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_Filesystem(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "filesystem",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_FileSize(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "fileSize",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_ContentSize(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "contentSize",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_Sha256(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "sha256",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_Urls(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "url",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_MinimumMemory(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "minimumMemory",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_MinimumDisk(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "minimumDisk",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getImage_Template(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "template",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (imagePathEDataType,
		   source,
		   new String[] {
			   "name", "ImagePath",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "maxLength", "1024",
			   "pattern", "/[A-Za-z0-9._+\\-/]*"
		   });
		addAnnotation
		  (locationEDataType,
		   source,
		   new String[] {
			   "name", "Location",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "maxLength", "2048",
			   "pattern", "[!-~]+"
		   });
		addAnnotation
		  (memoryMiBEDataType,
		   source,
		   new String[] {
			   "name", "MemoryMiB",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#long",
			   "minInclusive", "16"
		   });
		addAnnotation
		  (memoryMiBObjectEDataType,
		   source,
		   new String[] {
			   "name", "MemoryMiB:Object",
			   "baseType", "MemoryMiB"
		   });
		addAnnotation
		  (sha256EDataType,
		   source,
		   new String[] {
			   "name", "Sha256",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[0-9A-Fa-f]{64}"
		   });
		addAnnotation
		  (templateEClass,
		   source,
		   new String[] {
			   "name", "Template",
			   "kind", "elementOnly"
		   });
		addAnnotation
		  (getTemplate_Boot(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "boot",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getTemplate_Kernel(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "kernel",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getTemplate_Ramdisk(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "ramdisk",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getTemplate_Cmdline(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "cmdline",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getTemplate_Console(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "console",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getTemplate_Memory(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "memory",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getTemplate_Vcpus(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "vcpus",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getTemplate_Vdev(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "vdev",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (vcpuCountEDataType,
		   source,
		   new String[] {
			   "name", "VcpuCount",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "1",
			   "maxInclusive", "512"
		   });
		addAnnotation
		  (vcpuCountObjectEDataType,
		   source,
		   new String[] {
			   "name", "VcpuCount:Object",
			   "baseType", "VcpuCount"
		   });
		addAnnotation
		  (vdevEDataType,
		   source,
		   new String[] {
			   "name", "Vdev",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "(xvd|hd|sd)[a-z]{1,3}"
		   });
		addAnnotation
		  (versionEDataType,
		   source,
		   new String[] {
			   "name", "Version",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[A-Za-z0-9][A-Za-z0-9.+~\\-]{0,63}"
		   });
	}

} //CatalogPackageImpl
