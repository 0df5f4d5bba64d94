/**
 * Generated from model/catalog.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.image.catalog;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One prepackaged guest image: what the file is, how to fetch and check it, and the domain it boots as.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.image.catalog.Image#getName <em>Name</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getVersion <em>Version</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getDescription <em>Description</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getGuestType <em>Guest Type</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getContent <em>Content</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getCompression <em>Compression</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getFilesystem <em>Filesystem</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getFileSize <em>File Size</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getContentSize <em>Content Size</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getUrls <em>Urls</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getMinimumMemory <em>Minimum Memory</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getMinimumDisk <em>Minimum Disk</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Image#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.image.catalog.CatalogPackage#getImage()
 * @model extendedMetaData="name='Image' kind='elementOnly'"
 * @generated
 */
public interface Image extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The image's name, e.g. debian-bookworm. With the version it names the image on a node (NAME:VERSION, e.g. debian-bookworm:12.8-1). Mandatory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_Name()
	 * @model dataType="org.xenophilia.image.catalog.Identifier" required="true"
	 *        extendedMetaData="kind='element' name='name' namespace='##targetNamespace'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The image's version: letters, digits and . + ~ - (a Debian-style version, e.g. 12.8-1). Mandatory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_Version()
	 * @model dataType="org.xenophilia.image.catalog.Version" required="true"
	 *        extendedMetaData="kind='element' name='version' namespace='##targetNamespace'"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text for administrators: what is in the image, how to log in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_Description()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='element' name='description' namespace='##targetNamespace'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.image.catalog.Architecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest's CPU architecture (x86_64, aarch64). The Agent refuses to deploy an image of another architecture than its host's. Mandatory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see org.xenophilia.image.catalog.Architecture
	 * @see #isSetArchitecture()
	 * @see #unsetArchitecture()
	 * @see #setArchitecture(Architecture)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_Architecture()
	 * @model unsettable="true" required="true"
	 *        extendedMetaData="kind='element' name='architecture' namespace='##targetNamespace'"
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see org.xenophilia.image.catalog.Architecture
	 * @see #isSetArchitecture()
	 * @see #unsetArchitecture()
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Image#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetArchitecture()
	 * @see #getArchitecture()
	 * @see #setArchitecture(Architecture)
	 * @generated
	 */
	void unsetArchitecture();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Image#getArchitecture <em>Architecture</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Architecture</em>' attribute is set.
	 * @see #unsetArchitecture()
	 * @see #getArchitecture()
	 * @see #setArchitecture(Architecture)
	 * @generated
	 */
	boolean isSetArchitecture();

	/**
	 * Returns the value of the '<em><b>Guest Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.image.catalog.GuestType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of domain the image boots as: pv, pvh or hvm (the domain's type). Mandatory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Type</em>' attribute.
	 * @see org.xenophilia.image.catalog.GuestType
	 * @see #isSetGuestType()
	 * @see #unsetGuestType()
	 * @see #setGuestType(GuestType)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_GuestType()
	 * @model unsettable="true" required="true"
	 *        extendedMetaData="kind='element' name='guestType' namespace='##targetNamespace'"
	 * @generated
	 */
	GuestType getGuestType();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getGuestType <em>Guest Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Type</em>' attribute.
	 * @see org.xenophilia.image.catalog.GuestType
	 * @see #isSetGuestType()
	 * @see #unsetGuestType()
	 * @see #getGuestType()
	 * @generated
	 */
	void setGuestType(GuestType value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Image#getGuestType <em>Guest Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGuestType()
	 * @see #getGuestType()
	 * @see #setGuestType(GuestType)
	 * @generated
	 */
	void unsetGuestType();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Image#getGuestType <em>Guest Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Guest Type</em>' attribute is set.
	 * @see #unsetGuestType()
	 * @see #getGuestType()
	 * @see #setGuestType(GuestType)
	 * @generated
	 */
	boolean isSetGuestType();

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.image.catalog.Content}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the file holds once decompressed: a raw disk image written as it is into the new volume (disk), or a tar archive of a root filesystem from which the Agent makes an ext4 filesystem on the new volume (rootfs). Mandatory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see org.xenophilia.image.catalog.Content
	 * @see #isSetContent()
	 * @see #unsetContent()
	 * @see #setContent(Content)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_Content()
	 * @model unsettable="true" required="true"
	 *        extendedMetaData="kind='element' name='content' namespace='##targetNamespace'"
	 * @generated
	 */
	Content getContent();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see org.xenophilia.image.catalog.Content
	 * @see #isSetContent()
	 * @see #unsetContent()
	 * @see #getContent()
	 * @generated
	 */
	void setContent(Content value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Image#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetContent()
	 * @see #getContent()
	 * @see #setContent(Content)
	 * @generated
	 */
	void unsetContent();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Image#getContent <em>Content</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Content</em>' attribute is set.
	 * @see #unsetContent()
	 * @see #getContent()
	 * @see #setContent(Content)
	 * @generated
	 */
	boolean isSetContent();

	/**
	 * Returns the value of the '<em><b>Compression</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.image.catalog.Compression}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the file is compressed: none, gz, xz or zstd. When absent: none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compression</em>' attribute.
	 * @see org.xenophilia.image.catalog.Compression
	 * @see #isSetCompression()
	 * @see #unsetCompression()
	 * @see #setCompression(Compression)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_Compression()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='element' name='compression' namespace='##targetNamespace'"
	 * @generated
	 */
	Compression getCompression();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getCompression <em>Compression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compression</em>' attribute.
	 * @see org.xenophilia.image.catalog.Compression
	 * @see #isSetCompression()
	 * @see #unsetCompression()
	 * @see #getCompression()
	 * @generated
	 */
	void setCompression(Compression value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Image#getCompression <em>Compression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCompression()
	 * @see #getCompression()
	 * @see #setCompression(Compression)
	 * @generated
	 */
	void unsetCompression();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Image#getCompression <em>Compression</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Compression</em>' attribute is set.
	 * @see #unsetCompression()
	 * @see #getCompression()
	 * @see #setCompression(Compression)
	 * @generated
	 */
	boolean isSetCompression();

	/**
	 * Returns the value of the '<em><b>Filesystem</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.image.catalog.Filesystem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disk images only: the filesystem the whole disk holds (no partition table), which the Agent grows to the new volume's size after writing (ext4: e2fsck -f, then resize2fs). When absent the disk is written as it is and nothing is grown. A rootfs image always becomes ext4.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filesystem</em>' attribute.
	 * @see org.xenophilia.image.catalog.Filesystem
	 * @see #isSetFilesystem()
	 * @see #unsetFilesystem()
	 * @see #setFilesystem(Filesystem)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_Filesystem()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='element' name='filesystem' namespace='##targetNamespace'"
	 * @generated
	 */
	Filesystem getFilesystem();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getFilesystem <em>Filesystem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filesystem</em>' attribute.
	 * @see org.xenophilia.image.catalog.Filesystem
	 * @see #isSetFilesystem()
	 * @see #unsetFilesystem()
	 * @see #getFilesystem()
	 * @generated
	 */
	void setFilesystem(Filesystem value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Image#getFilesystem <em>Filesystem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFilesystem()
	 * @see #getFilesystem()
	 * @see #setFilesystem(Filesystem)
	 * @generated
	 */
	void unsetFilesystem();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Image#getFilesystem <em>Filesystem</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Filesystem</em>' attribute is set.
	 * @see #unsetFilesystem()
	 * @see #getFilesystem()
	 * @see #setFilesystem(Filesystem)
	 * @generated
	 */
	boolean isSetFilesystem();

	/**
	 * Returns the value of the '<em><b>File Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The size in bytes of the file as it is downloaded (compressed). Mandatory; a download longer than this is stopped and refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Size</em>' attribute.
	 * @see #isSetFileSize()
	 * @see #unsetFileSize()
	 * @see #setFileSize(long)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_FileSize()
	 * @model unsettable="true" dataType="org.xenophilia.image.catalog.Bytes" required="true"
	 *        extendedMetaData="kind='element' name='fileSize' namespace='##targetNamespace'"
	 * @generated
	 */
	long getFileSize();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getFileSize <em>File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Size</em>' attribute.
	 * @see #isSetFileSize()
	 * @see #unsetFileSize()
	 * @see #getFileSize()
	 * @generated
	 */
	void setFileSize(long value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Image#getFileSize <em>File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFileSize()
	 * @see #getFileSize()
	 * @see #setFileSize(long)
	 * @generated
	 */
	void unsetFileSize();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Image#getFileSize <em>File Size</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>File Size</em>' attribute is set.
	 * @see #unsetFileSize()
	 * @see #getFileSize()
	 * @see #setFileSize(long)
	 * @generated
	 */
	boolean isSetFileSize();

	/**
	 * Returns the value of the '<em><b>Content Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The size in bytes of the content once decompressed: the disk image's size, or the tar archive's. Mandatory; decompressed content longer than this is stopped and refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Size</em>' attribute.
	 * @see #isSetContentSize()
	 * @see #unsetContentSize()
	 * @see #setContentSize(long)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_ContentSize()
	 * @model unsettable="true" dataType="org.xenophilia.image.catalog.Bytes" required="true"
	 *        extendedMetaData="kind='element' name='contentSize' namespace='##targetNamespace'"
	 * @generated
	 */
	long getContentSize();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getContentSize <em>Content Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Size</em>' attribute.
	 * @see #isSetContentSize()
	 * @see #unsetContentSize()
	 * @see #getContentSize()
	 * @generated
	 */
	void setContentSize(long value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Image#getContentSize <em>Content Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetContentSize()
	 * @see #getContentSize()
	 * @see #setContentSize(long)
	 * @generated
	 */
	void unsetContentSize();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Image#getContentSize <em>Content Size</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Content Size</em>' attribute is set.
	 * @see #unsetContentSize()
	 * @see #getContentSize()
	 * @see #setContentSize(long)
	 * @generated
	 */
	boolean isSetContentSize();

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SHA-256 of the file as it is downloaded, 64 hexadecimal digits. Mandatory: a file with another sum is refused and removed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_Sha256()
	 * @model dataType="org.xenophilia.image.catalog.Sha256" required="true"
	 *        extendedMetaData="kind='element' name='sha256' namespace='##targetNamespace'"
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Urls</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the file is: an absolute http or https URL, or a reference relative to the catalog's own location (a file name beside a catalog in a directory, or a path relative to a catalog's URL). At least one; when several are given they are mirrors, tried in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Urls</em>' attribute list.
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_Urls()
	 * @model unique="false" dataType="org.xenophilia.image.catalog.Location" required="true"
	 *        extendedMetaData="kind='element' name='url' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<String> getUrls();

	/**
	 * Returns the value of the '<em><b>Minimum Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The least memory in MiB the guest boots with. Mandatory; a deployment with less is refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Memory</em>' attribute.
	 * @see #isSetMinimumMemory()
	 * @see #unsetMinimumMemory()
	 * @see #setMinimumMemory(long)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_MinimumMemory()
	 * @model unsettable="true" dataType="org.xenophilia.image.catalog.MemoryMiB" required="true"
	 *        extendedMetaData="kind='element' name='minimumMemory' namespace='##targetNamespace'"
	 * @generated
	 */
	long getMinimumMemory();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getMinimumMemory <em>Minimum Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Memory</em>' attribute.
	 * @see #isSetMinimumMemory()
	 * @see #unsetMinimumMemory()
	 * @see #getMinimumMemory()
	 * @generated
	 */
	void setMinimumMemory(long value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Image#getMinimumMemory <em>Minimum Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMinimumMemory()
	 * @see #getMinimumMemory()
	 * @see #setMinimumMemory(long)
	 * @generated
	 */
	void unsetMinimumMemory();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Image#getMinimumMemory <em>Minimum Memory</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Minimum Memory</em>' attribute is set.
	 * @see #unsetMinimumMemory()
	 * @see #getMinimumMemory()
	 * @see #setMinimumMemory(long)
	 * @generated
	 */
	boolean isSetMinimumMemory();

	/**
	 * Returns the value of the '<em><b>Minimum Disk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The least size in bytes of the volume the image is deployed onto: at least the content's size for a disk image, and room for the files of a rootfs. Mandatory; a deployment onto less is refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Disk</em>' attribute.
	 * @see #isSetMinimumDisk()
	 * @see #unsetMinimumDisk()
	 * @see #setMinimumDisk(long)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_MinimumDisk()
	 * @model unsettable="true" dataType="org.xenophilia.image.catalog.Bytes" required="true"
	 *        extendedMetaData="kind='element' name='minimumDisk' namespace='##targetNamespace'"
	 * @generated
	 */
	long getMinimumDisk();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getMinimumDisk <em>Minimum Disk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Disk</em>' attribute.
	 * @see #isSetMinimumDisk()
	 * @see #unsetMinimumDisk()
	 * @see #getMinimumDisk()
	 * @generated
	 */
	void setMinimumDisk(long value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Image#getMinimumDisk <em>Minimum Disk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMinimumDisk()
	 * @see #getMinimumDisk()
	 * @see #setMinimumDisk(long)
	 * @generated
	 */
	void unsetMinimumDisk();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Image#getMinimumDisk <em>Minimum Disk</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Minimum Disk</em>' attribute is set.
	 * @see #unsetMinimumDisk()
	 * @see #getMinimumDisk()
	 * @see #setMinimumDisk(long)
	 * @generated
	 */
	boolean isSetMinimumDisk();

	/**
	 * Returns the value of the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the domain made from the image boots. Mandatory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template</em>' containment reference.
	 * @see #setTemplate(Template)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getImage_Template()
	 * @model containment="true" required="true"
	 *        extendedMetaData="kind='element' name='template' namespace='##targetNamespace'"
	 * @generated
	 */
	Template getTemplate();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Image#getTemplate <em>Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' containment reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(Template value);

} // Image
