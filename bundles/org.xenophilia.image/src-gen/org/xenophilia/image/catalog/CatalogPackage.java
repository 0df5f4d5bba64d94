/**
 * Generated from model/catalog.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.image.catalog;

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
 * Image catalog of Xenophilia: prepackaged guest images that the Agent deploys onto a node (download, verify, decompress, write into a new volume or make a filesystem from a root tarball, grow it, define and start the domain).
 * <!-- end-model-doc -->
 * @see org.xenophilia.image.catalog.CatalogFactory
 * @model kind="package"
 * @generated
 */
public interface CatalogPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "catalog";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://xenophilia.org/schema/image-catalog/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "catalog";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CatalogPackage eINSTANCE = org.xenophilia.image.catalog.impl.CatalogPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.xenophilia.image.catalog.impl.CatalogImpl <em>Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.impl.CatalogImpl
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getCatalog()
	 * @generated
	 */
	int CATALOG = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__IMAGES = 1;

	/**
	 * The number of structural features of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.xenophilia.image.catalog.impl.DocumentRootImpl <em>Document Root</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.impl.DocumentRootImpl
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getDocumentRoot()
	 * @generated
	 */
	int DOCUMENT_ROOT = 1;

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
	 * The feature id for the '<em><b>Catalog</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT__CATALOG = 3;

	/**
	 * The number of structural features of the '<em>Document Root</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.xenophilia.image.catalog.impl.ImageImpl <em>Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.impl.ImageImpl
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getImage()
	 * @generated
	 */
	int IMAGE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__ARCHITECTURE = 3;

	/**
	 * The feature id for the '<em><b>Guest Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__GUEST_TYPE = 4;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__CONTENT = 5;

	/**
	 * The feature id for the '<em><b>Compression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__COMPRESSION = 6;

	/**
	 * The feature id for the '<em><b>Filesystem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__FILESYSTEM = 7;

	/**
	 * The feature id for the '<em><b>File Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__FILE_SIZE = 8;

	/**
	 * The feature id for the '<em><b>Content Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__CONTENT_SIZE = 9;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__SHA256 = 10;

	/**
	 * The feature id for the '<em><b>Urls</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__URLS = 11;

	/**
	 * The feature id for the '<em><b>Minimum Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__MINIMUM_MEMORY = 12;

	/**
	 * The feature id for the '<em><b>Minimum Disk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__MINIMUM_DISK = 13;

	/**
	 * The feature id for the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__TEMPLATE = 14;

	/**
	 * The number of structural features of the '<em>Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_FEATURE_COUNT = 15;

	/**
	 * The meta object id for the '{@link org.xenophilia.image.catalog.impl.TemplateImpl <em>Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.impl.TemplateImpl
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getTemplate()
	 * @generated
	 */
	int TEMPLATE = 3;

	/**
	 * The feature id for the '<em><b>Boot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE__BOOT = 0;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE__KERNEL = 1;

	/**
	 * The feature id for the '<em><b>Ramdisk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE__RAMDISK = 2;

	/**
	 * The feature id for the '<em><b>Cmdline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE__CMDLINE = 3;

	/**
	 * The feature id for the '<em><b>Console</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE__CONSOLE = 4;

	/**
	 * The feature id for the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE__MEMORY = 5;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE__VCPUS = 6;

	/**
	 * The feature id for the '<em><b>Vdev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE__VDEV = 7;

	/**
	 * The number of structural features of the '<em>Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link org.xenophilia.image.catalog.Architecture <em>Architecture</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.Architecture
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getArchitecture()
	 * @generated
	 */
	int ARCHITECTURE = 4;

	/**
	 * The meta object id for the '{@link org.xenophilia.image.catalog.Boot <em>Boot</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.Boot
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getBoot()
	 * @generated
	 */
	int BOOT = 5;

	/**
	 * The meta object id for the '{@link org.xenophilia.image.catalog.Compression <em>Compression</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.Compression
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getCompression()
	 * @generated
	 */
	int COMPRESSION = 6;

	/**
	 * The meta object id for the '{@link org.xenophilia.image.catalog.Content <em>Content</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.Content
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getContent()
	 * @generated
	 */
	int CONTENT = 7;

	/**
	 * The meta object id for the '{@link org.xenophilia.image.catalog.Filesystem <em>Filesystem</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.Filesystem
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getFilesystem()
	 * @generated
	 */
	int FILESYSTEM = 8;

	/**
	 * The meta object id for the '{@link org.xenophilia.image.catalog.GuestType <em>Guest Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.GuestType
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getGuestType()
	 * @generated
	 */
	int GUEST_TYPE = 9;

	/**
	 * The meta object id for the '<em>Architecture Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.Architecture
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getArchitectureObject()
	 * @generated
	 */
	int ARCHITECTURE_OBJECT = 10;

	/**
	 * The meta object id for the '<em>Boot Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.Boot
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getBootObject()
	 * @generated
	 */
	int BOOT_OBJECT = 11;

	/**
	 * The meta object id for the '<em>Bytes</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getBytes()
	 * @generated
	 */
	int BYTES = 12;

	/**
	 * The meta object id for the '<em>Bytes Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Long
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getBytesObject()
	 * @generated
	 */
	int BYTES_OBJECT = 13;

	/**
	 * The meta object id for the '<em>Compression Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.Compression
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getCompressionObject()
	 * @generated
	 */
	int COMPRESSION_OBJECT = 14;

	/**
	 * The meta object id for the '<em>Console Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getConsoleName()
	 * @generated
	 */
	int CONSOLE_NAME = 15;

	/**
	 * The meta object id for the '<em>Content Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.Content
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getContentObject()
	 * @generated
	 */
	int CONTENT_OBJECT = 16;

	/**
	 * The meta object id for the '<em>Filesystem Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.Filesystem
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getFilesystemObject()
	 * @generated
	 */
	int FILESYSTEM_OBJECT = 17;

	/**
	 * The meta object id for the '<em>Guest Type Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.GuestType
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getGuestTypeObject()
	 * @generated
	 */
	int GUEST_TYPE_OBJECT = 18;

	/**
	 * The meta object id for the '<em>Identifier</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getIdentifier()
	 * @generated
	 */
	int IDENTIFIER = 19;

	/**
	 * The meta object id for the '<em>Image Path</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getImagePath()
	 * @generated
	 */
	int IMAGE_PATH = 20;

	/**
	 * The meta object id for the '<em>Location</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getLocation()
	 * @generated
	 */
	int LOCATION = 21;

	/**
	 * The meta object id for the '<em>Memory Mi B</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getMemoryMiB()
	 * @generated
	 */
	int MEMORY_MI_B = 22;

	/**
	 * The meta object id for the '<em>Memory Mi BObject</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Long
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getMemoryMiBObject()
	 * @generated
	 */
	int MEMORY_MI_BOBJECT = 23;

	/**
	 * The meta object id for the '<em>Sha256</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getSha256()
	 * @generated
	 */
	int SHA256 = 24;

	/**
	 * The meta object id for the '<em>Vcpu Count</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getVcpuCount()
	 * @generated
	 */
	int VCPU_COUNT = 25;

	/**
	 * The meta object id for the '<em>Vcpu Count Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getVcpuCountObject()
	 * @generated
	 */
	int VCPU_COUNT_OBJECT = 26;

	/**
	 * The meta object id for the '<em>Vdev</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getVdev()
	 * @generated
	 */
	int VDEV = 27;

	/**
	 * The meta object id for the '<em>Version</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getVersion()
	 * @generated
	 */
	int VERSION = 28;


	/**
	 * Returns the meta object for class '{@link org.xenophilia.image.catalog.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog</em>'.
	 * @see org.xenophilia.image.catalog.Catalog
	 * @generated
	 */
	EClass getCatalog();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Catalog#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.xenophilia.image.catalog.Catalog#getDescription()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.xenophilia.image.catalog.Catalog#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see org.xenophilia.image.catalog.Catalog#getImages()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Images();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.image.catalog.DocumentRoot <em>Document Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Root</em>'.
	 * @see org.xenophilia.image.catalog.DocumentRoot
	 * @generated
	 */
	EClass getDocumentRoot();

	/**
	 * Returns the meta object for the attribute list '{@link org.xenophilia.image.catalog.DocumentRoot#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.xenophilia.image.catalog.DocumentRoot#getMixed()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EAttribute getDocumentRoot_Mixed();

	/**
	 * Returns the meta object for the map '{@link org.xenophilia.image.catalog.DocumentRoot#getXMLNSPrefixMap <em>XMLNS Prefix Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>XMLNS Prefix Map</em>'.
	 * @see org.xenophilia.image.catalog.DocumentRoot#getXMLNSPrefixMap()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_XMLNSPrefixMap();

	/**
	 * Returns the meta object for the map '{@link org.xenophilia.image.catalog.DocumentRoot#getXSISchemaLocation <em>XSI Schema Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>XSI Schema Location</em>'.
	 * @see org.xenophilia.image.catalog.DocumentRoot#getXSISchemaLocation()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_XSISchemaLocation();

	/**
	 * Returns the meta object for the containment reference '{@link org.xenophilia.image.catalog.DocumentRoot#getCatalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Catalog</em>'.
	 * @see org.xenophilia.image.catalog.DocumentRoot#getCatalog()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_Catalog();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.image.catalog.Image <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image</em>'.
	 * @see org.xenophilia.image.catalog.Image
	 * @generated
	 */
	EClass getImage();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.xenophilia.image.catalog.Image#getName()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.xenophilia.image.catalog.Image#getVersion()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.xenophilia.image.catalog.Image#getDescription()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.xenophilia.image.catalog.Image#getArchitecture()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getGuestType <em>Guest Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Type</em>'.
	 * @see org.xenophilia.image.catalog.Image#getGuestType()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_GuestType();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.xenophilia.image.catalog.Image#getContent()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Content();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getCompression <em>Compression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compression</em>'.
	 * @see org.xenophilia.image.catalog.Image#getCompression()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Compression();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getFilesystem <em>Filesystem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filesystem</em>'.
	 * @see org.xenophilia.image.catalog.Image#getFilesystem()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Filesystem();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getFileSize <em>File Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Size</em>'.
	 * @see org.xenophilia.image.catalog.Image#getFileSize()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_FileSize();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getContentSize <em>Content Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Size</em>'.
	 * @see org.xenophilia.image.catalog.Image#getContentSize()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_ContentSize();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.xenophilia.image.catalog.Image#getSha256()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Sha256();

	/**
	 * Returns the meta object for the attribute list '{@link org.xenophilia.image.catalog.Image#getUrls <em>Urls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Urls</em>'.
	 * @see org.xenophilia.image.catalog.Image#getUrls()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Urls();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getMinimumMemory <em>Minimum Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Memory</em>'.
	 * @see org.xenophilia.image.catalog.Image#getMinimumMemory()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_MinimumMemory();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Image#getMinimumDisk <em>Minimum Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Disk</em>'.
	 * @see org.xenophilia.image.catalog.Image#getMinimumDisk()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_MinimumDisk();

	/**
	 * Returns the meta object for the containment reference '{@link org.xenophilia.image.catalog.Image#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Template</em>'.
	 * @see org.xenophilia.image.catalog.Image#getTemplate()
	 * @see #getImage()
	 * @generated
	 */
	EReference getImage_Template();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.image.catalog.Template <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Template</em>'.
	 * @see org.xenophilia.image.catalog.Template
	 * @generated
	 */
	EClass getTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Template#getBoot <em>Boot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boot</em>'.
	 * @see org.xenophilia.image.catalog.Template#getBoot()
	 * @see #getTemplate()
	 * @generated
	 */
	EAttribute getTemplate_Boot();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Template#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see org.xenophilia.image.catalog.Template#getKernel()
	 * @see #getTemplate()
	 * @generated
	 */
	EAttribute getTemplate_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Template#getRamdisk <em>Ramdisk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ramdisk</em>'.
	 * @see org.xenophilia.image.catalog.Template#getRamdisk()
	 * @see #getTemplate()
	 * @generated
	 */
	EAttribute getTemplate_Ramdisk();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Template#getCmdline <em>Cmdline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cmdline</em>'.
	 * @see org.xenophilia.image.catalog.Template#getCmdline()
	 * @see #getTemplate()
	 * @generated
	 */
	EAttribute getTemplate_Cmdline();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Template#getConsole <em>Console</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Console</em>'.
	 * @see org.xenophilia.image.catalog.Template#getConsole()
	 * @see #getTemplate()
	 * @generated
	 */
	EAttribute getTemplate_Console();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Template#getMemory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory</em>'.
	 * @see org.xenophilia.image.catalog.Template#getMemory()
	 * @see #getTemplate()
	 * @generated
	 */
	EAttribute getTemplate_Memory();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Template#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpus</em>'.
	 * @see org.xenophilia.image.catalog.Template#getVcpus()
	 * @see #getTemplate()
	 * @generated
	 */
	EAttribute getTemplate_Vcpus();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.image.catalog.Template#getVdev <em>Vdev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vdev</em>'.
	 * @see org.xenophilia.image.catalog.Template#getVdev()
	 * @see #getTemplate()
	 * @generated
	 */
	EAttribute getTemplate_Vdev();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.image.catalog.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Architecture</em>'.
	 * @see org.xenophilia.image.catalog.Architecture
	 * @generated
	 */
	EEnum getArchitecture();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.image.catalog.Boot <em>Boot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Boot</em>'.
	 * @see org.xenophilia.image.catalog.Boot
	 * @generated
	 */
	EEnum getBoot();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.image.catalog.Compression <em>Compression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Compression</em>'.
	 * @see org.xenophilia.image.catalog.Compression
	 * @generated
	 */
	EEnum getCompression();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.image.catalog.Content <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Content</em>'.
	 * @see org.xenophilia.image.catalog.Content
	 * @generated
	 */
	EEnum getContent();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.image.catalog.Filesystem <em>Filesystem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Filesystem</em>'.
	 * @see org.xenophilia.image.catalog.Filesystem
	 * @generated
	 */
	EEnum getFilesystem();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.image.catalog.GuestType <em>Guest Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Guest Type</em>'.
	 * @see org.xenophilia.image.catalog.GuestType
	 * @generated
	 */
	EEnum getGuestType();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.image.catalog.Architecture <em>Architecture Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Architecture Object</em>'.
	 * @see org.xenophilia.image.catalog.Architecture
	 * @model instanceClass="org.xenophilia.image.catalog.Architecture"
	 *        extendedMetaData="name='Architecture:Object' baseType='Architecture'"
	 * @generated
	 */
	EDataType getArchitectureObject();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.image.catalog.Boot <em>Boot Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Boot Object</em>'.
	 * @see org.xenophilia.image.catalog.Boot
	 * @model instanceClass="org.xenophilia.image.catalog.Boot"
	 *        extendedMetaData="name='Boot:Object' baseType='Boot'"
	 * @generated
	 */
	EDataType getBootObject();

	/**
	 * Returns the meta object for data type '<em>Bytes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A size in bytes, at least 1.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Bytes</em>'.
	 * @model instanceClass="long"
	 *        extendedMetaData="name='Bytes' baseType='http://www.eclipse.org/emf/2003/XMLType#long' minInclusive='1'"
	 * @generated
	 */
	EDataType getBytes();

	/**
	 * Returns the meta object for data type '{@link java.lang.Long <em>Bytes Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Bytes Object</em>'.
	 * @see java.lang.Long
	 * @model instanceClass="java.lang.Long"
	 *        extendedMetaData="name='Bytes:Object' baseType='Bytes'"
	 * @generated
	 */
	EDataType getBytesObject();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.image.catalog.Compression <em>Compression Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Compression Object</em>'.
	 * @see org.xenophilia.image.catalog.Compression
	 * @model instanceClass="org.xenophilia.image.catalog.Compression"
	 *        extendedMetaData="name='Compression:Object' baseType='Compression'"
	 * @generated
	 */
	EDataType getCompressionObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Console Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A console device's name, e.g. hvc0 or ttyS0.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Console Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='ConsoleName' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[a-zA-Z]{1,16}[0-9]{1,3}'"
	 * @generated
	 */
	EDataType getConsoleName();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.image.catalog.Content <em>Content Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Content Object</em>'.
	 * @see org.xenophilia.image.catalog.Content
	 * @model instanceClass="org.xenophilia.image.catalog.Content"
	 *        extendedMetaData="name='Content:Object' baseType='Content'"
	 * @generated
	 */
	EDataType getContentObject();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.image.catalog.Filesystem <em>Filesystem Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Filesystem Object</em>'.
	 * @see org.xenophilia.image.catalog.Filesystem
	 * @model instanceClass="org.xenophilia.image.catalog.Filesystem"
	 *        extendedMetaData="name='Filesystem:Object' baseType='Filesystem'"
	 * @generated
	 */
	EDataType getFilesystemObject();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.image.catalog.GuestType <em>Guest Type Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Guest Type Object</em>'.
	 * @see org.xenophilia.image.catalog.GuestType
	 * @model instanceClass="org.xenophilia.image.catalog.GuestType"
	 *        extendedMetaData="name='GuestType:Object' baseType='GuestType'"
	 * @generated
	 */
	EDataType getGuestTypeObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A name: 1 to 64 of lower-case letters, digits and -, starting with a letter or digit.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Identifier</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Identifier' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[a-z0-9][a-z0-9\\-]{0,63}'"
	 * @generated
	 */
	EDataType getIdentifier();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Image Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An absolute path inside the image, e.g. /boot/vmlinuz: no spaces, quotes or shell metacharacters.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Image Path</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='ImagePath' baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='1024' pattern='/[A-Za-z0-9._+\\-/]*'"
	 * @generated
	 */
	EDataType getImagePath();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An absolute http or https URL, or a reference relative to the catalog's location: 1 to 2048 printable characters without spaces.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Location</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Location' baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='2048' pattern='[!-~]+'"
	 * @generated
	 */
	EDataType getLocation();

	/**
	 * Returns the meta object for data type '<em>Memory Mi B</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Memory in MiB, at least 16.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Memory Mi B</em>'.
	 * @model instanceClass="long"
	 *        extendedMetaData="name='MemoryMiB' baseType='http://www.eclipse.org/emf/2003/XMLType#long' minInclusive='16'"
	 * @generated
	 */
	EDataType getMemoryMiB();

	/**
	 * Returns the meta object for data type '{@link java.lang.Long <em>Memory Mi BObject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Memory Mi BObject</em>'.
	 * @see java.lang.Long
	 * @model instanceClass="java.lang.Long"
	 *        extendedMetaData="name='MemoryMiB:Object' baseType='MemoryMiB'"
	 * @generated
	 */
	EDataType getMemoryMiBObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A SHA-256 sum: 64 hexadecimal digits (either case; compared without regard to case).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Sha256</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Sha256' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[0-9A-Fa-f]{64}'"
	 * @generated
	 */
	EDataType getSha256();

	/**
	 * Returns the meta object for data type '<em>Vcpu Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A number of vCPUs, 1 to 512.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Vcpu Count</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='VcpuCount' baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='1' maxInclusive='512'"
	 * @generated
	 */
	EDataType getVcpuCount();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Vcpu Count Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Vcpu Count Object</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='VcpuCount:Object' baseType='VcpuCount'"
	 * @generated
	 */
	EDataType getVcpuCountObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Vdev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A virtual disk device as xl names it: xvdX, hdX or sdX (X one or more letters).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Vdev</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Vdev' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='(xvd|hd|sd)[a-z]{1,3}'"
	 * @generated
	 */
	EDataType getVdev();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A version: 1 to 64 of letters, digits and . + ~ -, starting with a digit or letter.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Version</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Version' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[A-Za-z0-9][A-Za-z0-9.+~\\-]{0,63}'"
	 * @generated
	 */
	EDataType getVersion();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CatalogFactory getCatalogFactory();

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
		 * The meta object literal for the '{@link org.xenophilia.image.catalog.impl.CatalogImpl <em>Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.impl.CatalogImpl
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getCatalog()
		 * @generated
		 */
		EClass CATALOG = eINSTANCE.getCatalog();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__DESCRIPTION = eINSTANCE.getCatalog_Description();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__IMAGES = eINSTANCE.getCatalog_Images();

		/**
		 * The meta object literal for the '{@link org.xenophilia.image.catalog.impl.DocumentRootImpl <em>Document Root</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.impl.DocumentRootImpl
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getDocumentRoot()
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
		 * The meta object literal for the '<em><b>Catalog</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ROOT__CATALOG = eINSTANCE.getDocumentRoot_Catalog();

		/**
		 * The meta object literal for the '{@link org.xenophilia.image.catalog.impl.ImageImpl <em>Image</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.impl.ImageImpl
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getImage()
		 * @generated
		 */
		EClass IMAGE = eINSTANCE.getImage();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__NAME = eINSTANCE.getImage_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__VERSION = eINSTANCE.getImage_Version();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__DESCRIPTION = eINSTANCE.getImage_Description();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__ARCHITECTURE = eINSTANCE.getImage_Architecture();

		/**
		 * The meta object literal for the '<em><b>Guest Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__GUEST_TYPE = eINSTANCE.getImage_GuestType();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__CONTENT = eINSTANCE.getImage_Content();

		/**
		 * The meta object literal for the '<em><b>Compression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__COMPRESSION = eINSTANCE.getImage_Compression();

		/**
		 * The meta object literal for the '<em><b>Filesystem</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__FILESYSTEM = eINSTANCE.getImage_Filesystem();

		/**
		 * The meta object literal for the '<em><b>File Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__FILE_SIZE = eINSTANCE.getImage_FileSize();

		/**
		 * The meta object literal for the '<em><b>Content Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__CONTENT_SIZE = eINSTANCE.getImage_ContentSize();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__SHA256 = eINSTANCE.getImage_Sha256();

		/**
		 * The meta object literal for the '<em><b>Urls</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__URLS = eINSTANCE.getImage_Urls();

		/**
		 * The meta object literal for the '<em><b>Minimum Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__MINIMUM_MEMORY = eINSTANCE.getImage_MinimumMemory();

		/**
		 * The meta object literal for the '<em><b>Minimum Disk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__MINIMUM_DISK = eINSTANCE.getImage_MinimumDisk();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE__TEMPLATE = eINSTANCE.getImage_Template();

		/**
		 * The meta object literal for the '{@link org.xenophilia.image.catalog.impl.TemplateImpl <em>Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.impl.TemplateImpl
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getTemplate()
		 * @generated
		 */
		EClass TEMPLATE = eINSTANCE.getTemplate();

		/**
		 * The meta object literal for the '<em><b>Boot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE__BOOT = eINSTANCE.getTemplate_Boot();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE__KERNEL = eINSTANCE.getTemplate_Kernel();

		/**
		 * The meta object literal for the '<em><b>Ramdisk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE__RAMDISK = eINSTANCE.getTemplate_Ramdisk();

		/**
		 * The meta object literal for the '<em><b>Cmdline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE__CMDLINE = eINSTANCE.getTemplate_Cmdline();

		/**
		 * The meta object literal for the '<em><b>Console</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE__CONSOLE = eINSTANCE.getTemplate_Console();

		/**
		 * The meta object literal for the '<em><b>Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE__MEMORY = eINSTANCE.getTemplate_Memory();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE__VCPUS = eINSTANCE.getTemplate_Vcpus();

		/**
		 * The meta object literal for the '<em><b>Vdev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE__VDEV = eINSTANCE.getTemplate_Vdev();

		/**
		 * The meta object literal for the '{@link org.xenophilia.image.catalog.Architecture <em>Architecture</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.Architecture
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getArchitecture()
		 * @generated
		 */
		EEnum ARCHITECTURE = eINSTANCE.getArchitecture();

		/**
		 * The meta object literal for the '{@link org.xenophilia.image.catalog.Boot <em>Boot</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.Boot
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getBoot()
		 * @generated
		 */
		EEnum BOOT = eINSTANCE.getBoot();

		/**
		 * The meta object literal for the '{@link org.xenophilia.image.catalog.Compression <em>Compression</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.Compression
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getCompression()
		 * @generated
		 */
		EEnum COMPRESSION = eINSTANCE.getCompression();

		/**
		 * The meta object literal for the '{@link org.xenophilia.image.catalog.Content <em>Content</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.Content
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getContent()
		 * @generated
		 */
		EEnum CONTENT = eINSTANCE.getContent();

		/**
		 * The meta object literal for the '{@link org.xenophilia.image.catalog.Filesystem <em>Filesystem</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.Filesystem
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getFilesystem()
		 * @generated
		 */
		EEnum FILESYSTEM = eINSTANCE.getFilesystem();

		/**
		 * The meta object literal for the '{@link org.xenophilia.image.catalog.GuestType <em>Guest Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.GuestType
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getGuestType()
		 * @generated
		 */
		EEnum GUEST_TYPE = eINSTANCE.getGuestType();

		/**
		 * The meta object literal for the '<em>Architecture Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.Architecture
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getArchitectureObject()
		 * @generated
		 */
		EDataType ARCHITECTURE_OBJECT = eINSTANCE.getArchitectureObject();

		/**
		 * The meta object literal for the '<em>Boot Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.Boot
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getBootObject()
		 * @generated
		 */
		EDataType BOOT_OBJECT = eINSTANCE.getBootObject();

		/**
		 * The meta object literal for the '<em>Bytes</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getBytes()
		 * @generated
		 */
		EDataType BYTES = eINSTANCE.getBytes();

		/**
		 * The meta object literal for the '<em>Bytes Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Long
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getBytesObject()
		 * @generated
		 */
		EDataType BYTES_OBJECT = eINSTANCE.getBytesObject();

		/**
		 * The meta object literal for the '<em>Compression Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.Compression
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getCompressionObject()
		 * @generated
		 */
		EDataType COMPRESSION_OBJECT = eINSTANCE.getCompressionObject();

		/**
		 * The meta object literal for the '<em>Console Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getConsoleName()
		 * @generated
		 */
		EDataType CONSOLE_NAME = eINSTANCE.getConsoleName();

		/**
		 * The meta object literal for the '<em>Content Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.Content
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getContentObject()
		 * @generated
		 */
		EDataType CONTENT_OBJECT = eINSTANCE.getContentObject();

		/**
		 * The meta object literal for the '<em>Filesystem Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.Filesystem
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getFilesystemObject()
		 * @generated
		 */
		EDataType FILESYSTEM_OBJECT = eINSTANCE.getFilesystemObject();

		/**
		 * The meta object literal for the '<em>Guest Type Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.GuestType
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getGuestTypeObject()
		 * @generated
		 */
		EDataType GUEST_TYPE_OBJECT = eINSTANCE.getGuestTypeObject();

		/**
		 * The meta object literal for the '<em>Identifier</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getIdentifier()
		 * @generated
		 */
		EDataType IDENTIFIER = eINSTANCE.getIdentifier();

		/**
		 * The meta object literal for the '<em>Image Path</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getImagePath()
		 * @generated
		 */
		EDataType IMAGE_PATH = eINSTANCE.getImagePath();

		/**
		 * The meta object literal for the '<em>Location</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getLocation()
		 * @generated
		 */
		EDataType LOCATION = eINSTANCE.getLocation();

		/**
		 * The meta object literal for the '<em>Memory Mi B</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getMemoryMiB()
		 * @generated
		 */
		EDataType MEMORY_MI_B = eINSTANCE.getMemoryMiB();

		/**
		 * The meta object literal for the '<em>Memory Mi BObject</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Long
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getMemoryMiBObject()
		 * @generated
		 */
		EDataType MEMORY_MI_BOBJECT = eINSTANCE.getMemoryMiBObject();

		/**
		 * The meta object literal for the '<em>Sha256</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getSha256()
		 * @generated
		 */
		EDataType SHA256 = eINSTANCE.getSha256();

		/**
		 * The meta object literal for the '<em>Vcpu Count</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getVcpuCount()
		 * @generated
		 */
		EDataType VCPU_COUNT = eINSTANCE.getVcpuCount();

		/**
		 * The meta object literal for the '<em>Vcpu Count Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getVcpuCountObject()
		 * @generated
		 */
		EDataType VCPU_COUNT_OBJECT = eINSTANCE.getVcpuCountObject();

		/**
		 * The meta object literal for the '<em>Vdev</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getVdev()
		 * @generated
		 */
		EDataType VDEV = eINSTANCE.getVdev();

		/**
		 * The meta object literal for the '<em>Version</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.image.catalog.impl.CatalogPackageImpl#getVersion()
		 * @generated
		 */
		EDataType VERSION = eINSTANCE.getVersion();

	}

} //CatalogPackage
