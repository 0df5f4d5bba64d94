/**
 * Generated from model/catalog.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.image.catalog.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.xenophilia.image.catalog.Architecture;
import org.xenophilia.image.catalog.CatalogPackage;
import org.xenophilia.image.catalog.Compression;
import org.xenophilia.image.catalog.Content;
import org.xenophilia.image.catalog.Filesystem;
import org.xenophilia.image.catalog.GuestType;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.image.catalog.Template;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getGuestType <em>Guest Type</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getContent <em>Content</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getCompression <em>Compression</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getFilesystem <em>Filesystem</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getFileSize <em>File Size</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getContentSize <em>Content Size</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getUrls <em>Urls</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getMinimumMemory <em>Minimum Memory</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getMinimumDisk <em>Minimum Disk</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.ImageImpl#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageImpl extends EObjectImpl implements Image {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final Architecture ARCHITECTURE_EDEFAULT = Architecture.X8664;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected Architecture architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * This is true if the Architecture attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean architectureESet;

	/**
	 * The default value of the '{@link #getGuestType() <em>Guest Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestType()
	 * @generated
	 * @ordered
	 */
	protected static final GuestType GUEST_TYPE_EDEFAULT = GuestType.PV;

	/**
	 * The cached value of the '{@link #getGuestType() <em>Guest Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestType()
	 * @generated
	 * @ordered
	 */
	protected GuestType guestType = GUEST_TYPE_EDEFAULT;

	/**
	 * This is true if the Guest Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean guestTypeESet;

	/**
	 * The default value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected static final Content CONTENT_EDEFAULT = Content.DISK;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected Content content = CONTENT_EDEFAULT;

	/**
	 * This is true if the Content attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean contentESet;

	/**
	 * The default value of the '{@link #getCompression() <em>Compression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompression()
	 * @generated
	 * @ordered
	 */
	protected static final Compression COMPRESSION_EDEFAULT = Compression.NONE;

	/**
	 * The cached value of the '{@link #getCompression() <em>Compression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompression()
	 * @generated
	 * @ordered
	 */
	protected Compression compression = COMPRESSION_EDEFAULT;

	/**
	 * This is true if the Compression attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean compressionESet;

	/**
	 * The default value of the '{@link #getFilesystem() <em>Filesystem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilesystem()
	 * @generated
	 * @ordered
	 */
	protected static final Filesystem FILESYSTEM_EDEFAULT = Filesystem.EXT4;

	/**
	 * The cached value of the '{@link #getFilesystem() <em>Filesystem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilesystem()
	 * @generated
	 * @ordered
	 */
	protected Filesystem filesystem = FILESYSTEM_EDEFAULT;

	/**
	 * This is true if the Filesystem attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean filesystemESet;

	/**
	 * The default value of the '{@link #getFileSize() <em>File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSize()
	 * @generated
	 * @ordered
	 */
	protected static final long FILE_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFileSize() <em>File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSize()
	 * @generated
	 * @ordered
	 */
	protected long fileSize = FILE_SIZE_EDEFAULT;

	/**
	 * This is true if the File Size attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean fileSizeESet;

	/**
	 * The default value of the '{@link #getContentSize() <em>Content Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentSize()
	 * @generated
	 * @ordered
	 */
	protected static final long CONTENT_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getContentSize() <em>Content Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentSize()
	 * @generated
	 * @ordered
	 */
	protected long contentSize = CONTENT_SIZE_EDEFAULT;

	/**
	 * This is true if the Content Size attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean contentSizeESet;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUrls() <em>Urls</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrls()
	 * @generated
	 * @ordered
	 */
	protected EList<String> urls;

	/**
	 * The default value of the '{@link #getMinimumMemory() <em>Minimum Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumMemory()
	 * @generated
	 * @ordered
	 */
	protected static final long MINIMUM_MEMORY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMinimumMemory() <em>Minimum Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumMemory()
	 * @generated
	 * @ordered
	 */
	protected long minimumMemory = MINIMUM_MEMORY_EDEFAULT;

	/**
	 * This is true if the Minimum Memory attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean minimumMemoryESet;

	/**
	 * The default value of the '{@link #getMinimumDisk() <em>Minimum Disk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumDisk()
	 * @generated
	 * @ordered
	 */
	protected static final long MINIMUM_DISK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMinimumDisk() <em>Minimum Disk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumDisk()
	 * @generated
	 * @ordered
	 */
	protected long minimumDisk = MINIMUM_DISK_EDEFAULT;

	/**
	 * This is true if the Minimum Disk attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean minimumDiskESet;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected Template template;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.IMAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Architecture getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(Architecture newArchitecture) {
		Architecture oldArchitecture = architecture;
		architecture = newArchitecture == null ? ARCHITECTURE_EDEFAULT : newArchitecture;
		boolean oldArchitectureESet = architectureESet;
		architectureESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__ARCHITECTURE, oldArchitecture, architecture, !oldArchitectureESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetArchitecture() {
		Architecture oldArchitecture = architecture;
		boolean oldArchitectureESet = architectureESet;
		architecture = ARCHITECTURE_EDEFAULT;
		architectureESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.IMAGE__ARCHITECTURE, oldArchitecture, ARCHITECTURE_EDEFAULT, oldArchitectureESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetArchitecture() {
		return architectureESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuestType getGuestType() {
		return guestType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestType(GuestType newGuestType) {
		GuestType oldGuestType = guestType;
		guestType = newGuestType == null ? GUEST_TYPE_EDEFAULT : newGuestType;
		boolean oldGuestTypeESet = guestTypeESet;
		guestTypeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__GUEST_TYPE, oldGuestType, guestType, !oldGuestTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGuestType() {
		GuestType oldGuestType = guestType;
		boolean oldGuestTypeESet = guestTypeESet;
		guestType = GUEST_TYPE_EDEFAULT;
		guestTypeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.IMAGE__GUEST_TYPE, oldGuestType, GUEST_TYPE_EDEFAULT, oldGuestTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGuestType() {
		return guestTypeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Content getContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(Content newContent) {
		Content oldContent = content;
		content = newContent == null ? CONTENT_EDEFAULT : newContent;
		boolean oldContentESet = contentESet;
		contentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__CONTENT, oldContent, content, !oldContentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetContent() {
		Content oldContent = content;
		boolean oldContentESet = contentESet;
		content = CONTENT_EDEFAULT;
		contentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.IMAGE__CONTENT, oldContent, CONTENT_EDEFAULT, oldContentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetContent() {
		return contentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Compression getCompression() {
		return compression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompression(Compression newCompression) {
		Compression oldCompression = compression;
		compression = newCompression == null ? COMPRESSION_EDEFAULT : newCompression;
		boolean oldCompressionESet = compressionESet;
		compressionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__COMPRESSION, oldCompression, compression, !oldCompressionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCompression() {
		Compression oldCompression = compression;
		boolean oldCompressionESet = compressionESet;
		compression = COMPRESSION_EDEFAULT;
		compressionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.IMAGE__COMPRESSION, oldCompression, COMPRESSION_EDEFAULT, oldCompressionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCompression() {
		return compressionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filesystem getFilesystem() {
		return filesystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFilesystem(Filesystem newFilesystem) {
		Filesystem oldFilesystem = filesystem;
		filesystem = newFilesystem == null ? FILESYSTEM_EDEFAULT : newFilesystem;
		boolean oldFilesystemESet = filesystemESet;
		filesystemESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__FILESYSTEM, oldFilesystem, filesystem, !oldFilesystemESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFilesystem() {
		Filesystem oldFilesystem = filesystem;
		boolean oldFilesystemESet = filesystemESet;
		filesystem = FILESYSTEM_EDEFAULT;
		filesystemESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.IMAGE__FILESYSTEM, oldFilesystem, FILESYSTEM_EDEFAULT, oldFilesystemESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFilesystem() {
		return filesystemESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFileSize() {
		return fileSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileSize(long newFileSize) {
		long oldFileSize = fileSize;
		fileSize = newFileSize;
		boolean oldFileSizeESet = fileSizeESet;
		fileSizeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__FILE_SIZE, oldFileSize, fileSize, !oldFileSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFileSize() {
		long oldFileSize = fileSize;
		boolean oldFileSizeESet = fileSizeESet;
		fileSize = FILE_SIZE_EDEFAULT;
		fileSizeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.IMAGE__FILE_SIZE, oldFileSize, FILE_SIZE_EDEFAULT, oldFileSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFileSize() {
		return fileSizeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getContentSize() {
		return contentSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentSize(long newContentSize) {
		long oldContentSize = contentSize;
		contentSize = newContentSize;
		boolean oldContentSizeESet = contentSizeESet;
		contentSizeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__CONTENT_SIZE, oldContentSize, contentSize, !oldContentSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetContentSize() {
		long oldContentSize = contentSize;
		boolean oldContentSizeESet = contentSizeESet;
		contentSize = CONTENT_SIZE_EDEFAULT;
		contentSizeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.IMAGE__CONTENT_SIZE, oldContentSize, CONTENT_SIZE_EDEFAULT, oldContentSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetContentSize() {
		return contentSizeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getUrls() {
		if (urls == null) {
			urls = new EDataTypeEList<String>(String.class, this, CatalogPackage.IMAGE__URLS);
		}
		return urls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMinimumMemory() {
		return minimumMemory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumMemory(long newMinimumMemory) {
		long oldMinimumMemory = minimumMemory;
		minimumMemory = newMinimumMemory;
		boolean oldMinimumMemoryESet = minimumMemoryESet;
		minimumMemoryESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__MINIMUM_MEMORY, oldMinimumMemory, minimumMemory, !oldMinimumMemoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMinimumMemory() {
		long oldMinimumMemory = minimumMemory;
		boolean oldMinimumMemoryESet = minimumMemoryESet;
		minimumMemory = MINIMUM_MEMORY_EDEFAULT;
		minimumMemoryESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.IMAGE__MINIMUM_MEMORY, oldMinimumMemory, MINIMUM_MEMORY_EDEFAULT, oldMinimumMemoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMinimumMemory() {
		return minimumMemoryESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMinimumDisk() {
		return minimumDisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumDisk(long newMinimumDisk) {
		long oldMinimumDisk = minimumDisk;
		minimumDisk = newMinimumDisk;
		boolean oldMinimumDiskESet = minimumDiskESet;
		minimumDiskESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__MINIMUM_DISK, oldMinimumDisk, minimumDisk, !oldMinimumDiskESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMinimumDisk() {
		long oldMinimumDisk = minimumDisk;
		boolean oldMinimumDiskESet = minimumDiskESet;
		minimumDisk = MINIMUM_DISK_EDEFAULT;
		minimumDiskESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.IMAGE__MINIMUM_DISK, oldMinimumDisk, MINIMUM_DISK_EDEFAULT, oldMinimumDiskESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMinimumDisk() {
		return minimumDiskESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Template getTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTemplate(Template newTemplate, NotificationChain msgs) {
		Template oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__TEMPLATE, oldTemplate, newTemplate);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(Template newTemplate) {
		if (newTemplate != template) {
			NotificationChain msgs = null;
			if (template != null)
				msgs = ((InternalEObject)template).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.IMAGE__TEMPLATE, null, msgs);
			if (newTemplate != null)
				msgs = ((InternalEObject)newTemplate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.IMAGE__TEMPLATE, null, msgs);
			msgs = basicSetTemplate(newTemplate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IMAGE__TEMPLATE, newTemplate, newTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.IMAGE__TEMPLATE:
				return basicSetTemplate(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.IMAGE__NAME:
				return getName();
			case CatalogPackage.IMAGE__VERSION:
				return getVersion();
			case CatalogPackage.IMAGE__DESCRIPTION:
				return getDescription();
			case CatalogPackage.IMAGE__ARCHITECTURE:
				return getArchitecture();
			case CatalogPackage.IMAGE__GUEST_TYPE:
				return getGuestType();
			case CatalogPackage.IMAGE__CONTENT:
				return getContent();
			case CatalogPackage.IMAGE__COMPRESSION:
				return getCompression();
			case CatalogPackage.IMAGE__FILESYSTEM:
				return getFilesystem();
			case CatalogPackage.IMAGE__FILE_SIZE:
				return getFileSize();
			case CatalogPackage.IMAGE__CONTENT_SIZE:
				return getContentSize();
			case CatalogPackage.IMAGE__SHA256:
				return getSha256();
			case CatalogPackage.IMAGE__URLS:
				return getUrls();
			case CatalogPackage.IMAGE__MINIMUM_MEMORY:
				return getMinimumMemory();
			case CatalogPackage.IMAGE__MINIMUM_DISK:
				return getMinimumDisk();
			case CatalogPackage.IMAGE__TEMPLATE:
				return getTemplate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.IMAGE__NAME:
				setName((String)newValue);
				return;
			case CatalogPackage.IMAGE__VERSION:
				setVersion((String)newValue);
				return;
			case CatalogPackage.IMAGE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CatalogPackage.IMAGE__ARCHITECTURE:
				setArchitecture((Architecture)newValue);
				return;
			case CatalogPackage.IMAGE__GUEST_TYPE:
				setGuestType((GuestType)newValue);
				return;
			case CatalogPackage.IMAGE__CONTENT:
				setContent((Content)newValue);
				return;
			case CatalogPackage.IMAGE__COMPRESSION:
				setCompression((Compression)newValue);
				return;
			case CatalogPackage.IMAGE__FILESYSTEM:
				setFilesystem((Filesystem)newValue);
				return;
			case CatalogPackage.IMAGE__FILE_SIZE:
				setFileSize((Long)newValue);
				return;
			case CatalogPackage.IMAGE__CONTENT_SIZE:
				setContentSize((Long)newValue);
				return;
			case CatalogPackage.IMAGE__SHA256:
				setSha256((String)newValue);
				return;
			case CatalogPackage.IMAGE__URLS:
				getUrls().clear();
				getUrls().addAll((Collection<? extends String>)newValue);
				return;
			case CatalogPackage.IMAGE__MINIMUM_MEMORY:
				setMinimumMemory((Long)newValue);
				return;
			case CatalogPackage.IMAGE__MINIMUM_DISK:
				setMinimumDisk((Long)newValue);
				return;
			case CatalogPackage.IMAGE__TEMPLATE:
				setTemplate((Template)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CatalogPackage.IMAGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CatalogPackage.IMAGE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case CatalogPackage.IMAGE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CatalogPackage.IMAGE__ARCHITECTURE:
				unsetArchitecture();
				return;
			case CatalogPackage.IMAGE__GUEST_TYPE:
				unsetGuestType();
				return;
			case CatalogPackage.IMAGE__CONTENT:
				unsetContent();
				return;
			case CatalogPackage.IMAGE__COMPRESSION:
				unsetCompression();
				return;
			case CatalogPackage.IMAGE__FILESYSTEM:
				unsetFilesystem();
				return;
			case CatalogPackage.IMAGE__FILE_SIZE:
				unsetFileSize();
				return;
			case CatalogPackage.IMAGE__CONTENT_SIZE:
				unsetContentSize();
				return;
			case CatalogPackage.IMAGE__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case CatalogPackage.IMAGE__URLS:
				getUrls().clear();
				return;
			case CatalogPackage.IMAGE__MINIMUM_MEMORY:
				unsetMinimumMemory();
				return;
			case CatalogPackage.IMAGE__MINIMUM_DISK:
				unsetMinimumDisk();
				return;
			case CatalogPackage.IMAGE__TEMPLATE:
				setTemplate((Template)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CatalogPackage.IMAGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CatalogPackage.IMAGE__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case CatalogPackage.IMAGE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CatalogPackage.IMAGE__ARCHITECTURE:
				return isSetArchitecture();
			case CatalogPackage.IMAGE__GUEST_TYPE:
				return isSetGuestType();
			case CatalogPackage.IMAGE__CONTENT:
				return isSetContent();
			case CatalogPackage.IMAGE__COMPRESSION:
				return isSetCompression();
			case CatalogPackage.IMAGE__FILESYSTEM:
				return isSetFilesystem();
			case CatalogPackage.IMAGE__FILE_SIZE:
				return isSetFileSize();
			case CatalogPackage.IMAGE__CONTENT_SIZE:
				return isSetContentSize();
			case CatalogPackage.IMAGE__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case CatalogPackage.IMAGE__URLS:
				return urls != null && !urls.isEmpty();
			case CatalogPackage.IMAGE__MINIMUM_MEMORY:
				return isSetMinimumMemory();
			case CatalogPackage.IMAGE__MINIMUM_DISK:
				return isSetMinimumDisk();
			case CatalogPackage.IMAGE__TEMPLATE:
				return template != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", version: ");
		result.append(version);
		result.append(", description: ");
		result.append(description);
		result.append(", architecture: ");
		if (architectureESet) result.append(architecture); else result.append("<unset>");
		result.append(", guestType: ");
		if (guestTypeESet) result.append(guestType); else result.append("<unset>");
		result.append(", content: ");
		if (contentESet) result.append(content); else result.append("<unset>");
		result.append(", compression: ");
		if (compressionESet) result.append(compression); else result.append("<unset>");
		result.append(", filesystem: ");
		if (filesystemESet) result.append(filesystem); else result.append("<unset>");
		result.append(", fileSize: ");
		if (fileSizeESet) result.append(fileSize); else result.append("<unset>");
		result.append(", contentSize: ");
		if (contentSizeESet) result.append(contentSize); else result.append("<unset>");
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", urls: ");
		result.append(urls);
		result.append(", minimumMemory: ");
		if (minimumMemoryESet) result.append(minimumMemory); else result.append("<unset>");
		result.append(", minimumDisk: ");
		if (minimumDiskESet) result.append(minimumDisk); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ImageImpl
