/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtual block device: one DISKSPEC of the xl.cfg disk list (xl-disk-configuration(5)). The image or device is either given directly (target) or resolved by a Xenophilia storage backend (storageBackend + volume).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.domain.Disk#getXlParams <em>Xl Params</em>}</li>
 *   <li>{@link org.xenophilia.domain.Disk#getAccess <em>Access</em>}</li>
 *   <li>{@link org.xenophilia.domain.Disk#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.xenophilia.domain.Disk#getBackendtype <em>Backendtype</em>}</li>
 *   <li>{@link org.xenophilia.domain.Disk#getDevtype <em>Devtype</em>}</li>
 *   <li>{@link org.xenophilia.domain.Disk#getFormat <em>Format</em>}</li>
 *   <li>{@link org.xenophilia.domain.Disk#getScript <em>Script</em>}</li>
 *   <li>{@link org.xenophilia.domain.Disk#getStorageBackend <em>Storage Backend</em>}</li>
 *   <li>{@link org.xenophilia.domain.Disk#getTarget <em>Target</em>}</li>
 *   <li>{@link org.xenophilia.domain.Disk#getVdev <em>Vdev</em>}</li>
 *   <li>{@link org.xenophilia.domain.Disk#getVolume <em>Volume</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.domain.DomainPackage#getDisk()
 * @model extendedMetaData="name='Disk' kind='elementOnly'"
 * @generated
 */
public interface Disk extends EObject {
	/**
	 * Returns the value of the '<em><b>Xl Params</b></em>' containment reference list.
	 * The list contents are of type {@link org.xenophilia.domain.XlParam}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A DISKSPEC keyword or flag the model does not know (e.g. discard, direct-io-safe, specification=virtio), kept so it is written back in the xl.cfg disk entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xl Params</em>' containment reference list.
	 * @see org.xenophilia.domain.DomainPackage#getDisk_XlParams()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='xlParam' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<XlParam> getXlParams();

	/**
	 * Returns the value of the '<em><b>Access</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.domain.DiskAccess}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DISKSPEC access: ro (read-only) or rw (read/write); xl also accepts r and w. xl default rw, or ro for a CD-ROM.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Access</em>' attribute.
	 * @see org.xenophilia.domain.DiskAccess
	 * @see #isSetAccess()
	 * @see #unsetAccess()
	 * @see #setAccess(DiskAccess)
	 * @see org.xenophilia.domain.DomainPackage#getDisk_Access()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='attribute' name='access'"
	 * @generated
	 */
	DiskAccess getAccess();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Disk#getAccess <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access</em>' attribute.
	 * @see org.xenophilia.domain.DiskAccess
	 * @see #isSetAccess()
	 * @see #unsetAccess()
	 * @see #getAccess()
	 * @generated
	 */
	void setAccess(DiskAccess value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Disk#getAccess <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAccess()
	 * @see #getAccess()
	 * @see #setAccess(DiskAccess)
	 * @generated
	 */
	void unsetAccess();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Disk#getAccess <em>Access</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Access</em>' attribute is set.
	 * @see #unsetAccess()
	 * @see #getAccess()
	 * @see #setAccess(DiskAccess)
	 * @generated
	 */
	boolean isSetAccess();

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DISKSPEC backend: name of the driver domain serving this disk (xl default dom0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backend</em>' attribute.
	 * @see #setBackend(String)
	 * @see org.xenophilia.domain.DomainPackage#getDisk_Backend()
	 * @model dataType="org.xenophilia.domain.DomainName"
	 *        extendedMetaData="kind='attribute' name='backend'"
	 * @generated
	 */
	String getBackend();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Disk#getBackend <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' attribute.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(String value);

	/**
	 * Returns the value of the '<em><b>Backendtype</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.domain.DiskBackendType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DISKSPEC backendtype: the backend implementation phy, qdisk, tap or standalone. Normally left out so libxl picks one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backendtype</em>' attribute.
	 * @see org.xenophilia.domain.DiskBackendType
	 * @see #isSetBackendtype()
	 * @see #unsetBackendtype()
	 * @see #setBackendtype(DiskBackendType)
	 * @see org.xenophilia.domain.DomainPackage#getDisk_Backendtype()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='attribute' name='backendtype'"
	 * @generated
	 */
	DiskBackendType getBackendtype();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Disk#getBackendtype <em>Backendtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backendtype</em>' attribute.
	 * @see org.xenophilia.domain.DiskBackendType
	 * @see #isSetBackendtype()
	 * @see #unsetBackendtype()
	 * @see #getBackendtype()
	 * @generated
	 */
	void setBackendtype(DiskBackendType value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Disk#getBackendtype <em>Backendtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBackendtype()
	 * @see #getBackendtype()
	 * @see #setBackendtype(DiskBackendType)
	 * @generated
	 */
	void unsetBackendtype();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Disk#getBackendtype <em>Backendtype</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Backendtype</em>' attribute is set.
	 * @see #unsetBackendtype()
	 * @see #getBackendtype()
	 * @see #setBackendtype(DiskBackendType)
	 * @generated
	 */
	boolean isSetBackendtype();

	/**
	 * Returns the value of the '<em><b>Devtype</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.domain.DiskDeviceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DISKSPEC devtype: disk (a hard disk, the default when absent) or cdrom. xl.cfg only knows devtype=cdrom (or the cdrom flag); disk is written as no devtype.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Devtype</em>' attribute.
	 * @see org.xenophilia.domain.DiskDeviceType
	 * @see #isSetDevtype()
	 * @see #unsetDevtype()
	 * @see #setDevtype(DiskDeviceType)
	 * @see org.xenophilia.domain.DomainPackage#getDisk_Devtype()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='attribute' name='devtype'"
	 * @generated
	 */
	DiskDeviceType getDevtype();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Disk#getDevtype <em>Devtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Devtype</em>' attribute.
	 * @see org.xenophilia.domain.DiskDeviceType
	 * @see #isSetDevtype()
	 * @see #unsetDevtype()
	 * @see #getDevtype()
	 * @generated
	 */
	void setDevtype(DiskDeviceType value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Disk#getDevtype <em>Devtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDevtype()
	 * @see #getDevtype()
	 * @see #setDevtype(DiskDeviceType)
	 * @generated
	 */
	void unsetDevtype();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Disk#getDevtype <em>Devtype</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Devtype</em>' attribute is set.
	 * @see #unsetDevtype()
	 * @see #getDevtype()
	 * @see #setDevtype(DiskDeviceType)
	 * @generated
	 */
	boolean isSetDevtype();

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.domain.DiskFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DISKSPEC format: image format raw, qcow, qcow2, vhd or qed (xl default raw).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.xenophilia.domain.DiskFormat
	 * @see #isSetFormat()
	 * @see #unsetFormat()
	 * @see #setFormat(DiskFormat)
	 * @see org.xenophilia.domain.DomainPackage#getDisk_Format()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='attribute' name='format'"
	 * @generated
	 */
	DiskFormat getFormat();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Disk#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.xenophilia.domain.DiskFormat
	 * @see #isSetFormat()
	 * @see #unsetFormat()
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(DiskFormat value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Disk#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFormat()
	 * @see #getFormat()
	 * @see #setFormat(DiskFormat)
	 * @generated
	 */
	void unsetFormat();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Disk#getFormat <em>Format</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Format</em>' attribute is set.
	 * @see #unsetFormat()
	 * @see #getFormat()
	 * @see #setFormat(DiskFormat)
	 * @generated
	 */
	boolean isSetFormat();

	/**
	 * Returns the value of the '<em><b>Script</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DISKSPEC script: block script that interprets target (e.g. block-iscsi, or a path).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Script</em>' attribute.
	 * @see #setScript(String)
	 * @see org.xenophilia.domain.DomainPackage#getDisk_Script()
	 * @model dataType="org.xenophilia.domain.Path"
	 *        extendedMetaData="kind='attribute' name='script'"
	 * @generated
	 */
	String getScript();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Disk#getScript <em>Script</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script</em>' attribute.
	 * @see #getScript()
	 * @generated
	 */
	void setScript(String value);

	/**
	 * Returns the value of the '<em><b>Storage Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xenophilia: the type of the storage repository (SR) that holds this disk's volume, i.e. the name of its storage backend (e.g. "file", "lvm"). Set together with volume. Not an xl.cfg key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Storage Backend</em>' attribute.
	 * @see #setStorageBackend(String)
	 * @see org.xenophilia.domain.DomainPackage#getDisk_StorageBackend()
	 * @model dataType="org.xenophilia.domain.Identifier"
	 *        extendedMetaData="kind='attribute' name='storageBackend'"
	 * @generated
	 */
	String getStorageBackend();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Disk#getStorageBackend <em>Storage Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Backend</em>' attribute.
	 * @see #getStorageBackend()
	 * @generated
	 */
	void setStorageBackend(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DISKSPEC target: dom0 path of the block device or image file (or what the disk script interprets). May be omitted for an empty CD-ROM drive or when storageBackend and volume are set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.xenophilia.domain.DomainPackage#getDisk_Target()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='attribute' name='target'"
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Disk#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Vdev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DISKSPEC vdev: the device name the guest sees (xen-vbd-interface(7)), e.g. xvda, hdc, sdb, xvda1. Mandatory; unique within a domain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vdev</em>' attribute.
	 * @see #setVdev(String)
	 * @see org.xenophilia.domain.DomainPackage#getDisk_Vdev()
	 * @model dataType="org.xenophilia.domain.Vdev" required="true"
	 *        extendedMetaData="kind='attribute' name='vdev'"
	 * @generated
	 */
	String getVdev();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Disk#getVdev <em>Vdev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vdev</em>' attribute.
	 * @see #getVdev()
	 * @generated
	 */
	void setVdev(String value);

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xenophilia: the volume, as "SR-uuid/volume-name" (the SR's uuid, a slash, the volume's name in it, which is its VDI's name_label), e.g. "0f2b8a52-6c1e-4c39-9d0b-3b5d0f4a2a11/web01-root". The definition keeps the reference; the Agent resolves it through the SR's backend to target, format and backend type each time the disk is given to the domain (a start, a hot-plug). Not an xl.cfg key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume</em>' attribute.
	 * @see #setVolume(String)
	 * @see org.xenophilia.domain.DomainPackage#getDisk_Volume()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='attribute' name='volume'"
	 * @generated
	 */
	String getVolume();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Disk#getVolume <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume</em>' attribute.
	 * @see #getVolume()
	 * @generated
	 */
	void setVolume(String value);

} // Disk
