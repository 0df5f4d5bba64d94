/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain;

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
 * Domain definition of Xenophilia: one Xen guest, the xl.cfg(5) settings an administrator sets, plus Xenophilia's own description, tags, storage-backend volume references and network references. Settings the model does not know survive as raw xl.cfg text in xlKey elements.
 * <!-- end-model-doc -->
 * @see org.xenophilia.domain.DomainFactory
 * @model kind="package"
 * @generated
 */
public interface DomainPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "domain";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://xenophilia.org/schema/domain/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "domain";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DomainPackage eINSTANCE = org.xenophilia.domain.impl.DomainPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.impl.DiskImpl <em>Disk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.DiskImpl
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDisk()
	 * @generated
	 */
	int DISK = 0;

	/**
	 * The feature id for the '<em><b>Xl Params</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__XL_PARAMS = 0;

	/**
	 * The feature id for the '<em><b>Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__ACCESS = 1;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__BACKEND = 2;

	/**
	 * The feature id for the '<em><b>Backendtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__BACKENDTYPE = 3;

	/**
	 * The feature id for the '<em><b>Devtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__DEVTYPE = 4;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__FORMAT = 5;

	/**
	 * The feature id for the '<em><b>Script</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__SCRIPT = 6;

	/**
	 * The feature id for the '<em><b>Storage Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__STORAGE_BACKEND = 7;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__TARGET = 8;

	/**
	 * The feature id for the '<em><b>Vdev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__VDEV = 9;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__VOLUME = 10;

	/**
	 * The number of structural features of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.impl.DisplayImpl <em>Display</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.DisplayImpl
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDisplay()
	 * @generated
	 */
	int DISPLAY = 1;

	/**
	 * The feature id for the '<em><b>Keymap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY__KEYMAP = 0;

	/**
	 * The feature id for the '<em><b>Sdl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY__SDL = 1;

	/**
	 * The feature id for the '<em><b>Vnc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY__VNC = 2;

	/**
	 * The feature id for the '<em><b>Vncdisplay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY__VNCDISPLAY = 3;

	/**
	 * The feature id for the '<em><b>Vnclisten</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY__VNCLISTEN = 4;

	/**
	 * The feature id for the '<em><b>Vncpasswd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY__VNCPASSWD = 5;

	/**
	 * The feature id for the '<em><b>Vncunused</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY__VNCUNUSED = 6;

	/**
	 * The number of structural features of the '<em>Display</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPLAY_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.impl.DocumentRootImpl <em>Document Root</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.DocumentRootImpl
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDocumentRoot()
	 * @generated
	 */
	int DOCUMENT_ROOT = 2;

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
	 * The feature id for the '<em><b>Domain</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT__DOMAIN = 3;

	/**
	 * The number of structural features of the '<em>Document Root</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.impl.DomainImpl <em>Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.DomainImpl
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDomain()
	 * @generated
	 */
	int DOMAIN = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__UUID = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__TAGS = 3;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__TYPE = 4;

	/**
	 * The feature id for the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__MEMORY = 5;

	/**
	 * The feature id for the '<em><b>Maxmem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__MAXMEM = 6;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__VCPUS = 7;

	/**
	 * The feature id for the '<em><b>Maxvcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__MAXVCPUS = 8;

	/**
	 * The feature id for the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__CPUS = 9;

	/**
	 * The feature id for the '<em><b>Cpus Soft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__CPUS_SOFT = 10;

	/**
	 * The feature id for the '<em><b>Cpu Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__CPU_WEIGHT = 11;

	/**
	 * The feature id for the '<em><b>Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__CAP = 12;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__KERNEL = 13;

	/**
	 * The feature id for the '<em><b>Ramdisk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__RAMDISK = 14;

	/**
	 * The feature id for the '<em><b>Cmdline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__CMDLINE = 15;

	/**
	 * The feature id for the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ROOT = 16;

	/**
	 * The feature id for the '<em><b>Extra</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__EXTRA = 17;

	/**
	 * The feature id for the '<em><b>Bootloader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__BOOTLOADER = 18;

	/**
	 * The feature id for the '<em><b>Bootloader Args</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__BOOTLOADER_ARGS = 19;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__FIRMWARE = 20;

	/**
	 * The feature id for the '<em><b>On Poweroff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ON_POWEROFF = 21;

	/**
	 * The feature id for the '<em><b>On Reboot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ON_REBOOT = 22;

	/**
	 * The feature id for the '<em><b>On Watchdog</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ON_WATCHDOG = 23;

	/**
	 * The feature id for the '<em><b>On Crash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ON_CRASH = 24;

	/**
	 * The feature id for the '<em><b>On Soft Reset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ON_SOFT_RESET = 25;

	/**
	 * The feature id for the '<em><b>Nomigrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__NOMIGRATE = 26;

	/**
	 * The feature id for the '<em><b>Disks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__DISKS = 27;

	/**
	 * The feature id for the '<em><b>Vifs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__VIFS = 28;

	/**
	 * The feature id for the '<em><b>Display</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__DISPLAY = 29;

	/**
	 * The feature id for the '<em><b>Xl Keys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__XL_KEYS = 30;

	/**
	 * The number of structural features of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_FEATURE_COUNT = 31;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.impl.VifImpl <em>Vif</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.VifImpl
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVif()
	 * @generated
	 */
	int VIF = 4;

	/**
	 * The feature id for the '<em><b>Xl Params</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__XL_PARAMS = 0;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__BACKEND = 1;

	/**
	 * The feature id for the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__BRIDGE = 2;

	/**
	 * The feature id for the '<em><b>Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__IP = 3;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__MAC = 4;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__MODEL = 5;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__MTU = 6;

	/**
	 * The feature id for the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__NETWORK = 7;

	/**
	 * The feature id for the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__RATE = 8;

	/**
	 * The feature id for the '<em><b>Script</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__SCRIPT = 9;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__TYPE = 10;

	/**
	 * The feature id for the '<em><b>Vifname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF__VIFNAME = 11;

	/**
	 * The number of structural features of the '<em>Vif</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIF_FEATURE_COUNT = 12;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.impl.XlKeyImpl <em>Xl Key</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.XlKeyImpl
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getXlKey()
	 * @generated
	 */
	int XL_KEY = 5;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XL_KEY__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Append</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XL_KEY__APPEND = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XL_KEY__KEY = 2;

	/**
	 * The number of structural features of the '<em>Xl Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XL_KEY_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.impl.XlParamImpl <em>Xl Param</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.XlParamImpl
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getXlParam()
	 * @generated
	 */
	int XL_PARAM = 6;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XL_PARAM__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XL_PARAM__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Xl Param</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XL_PARAM_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.DiskAccess <em>Disk Access</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.DiskAccess
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskAccess()
	 * @generated
	 */
	int DISK_ACCESS = 7;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.DiskBackendType <em>Disk Backend Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.DiskBackendType
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskBackendType()
	 * @generated
	 */
	int DISK_BACKEND_TYPE = 8;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.DiskDeviceType <em>Disk Device Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.DiskDeviceType
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskDeviceType()
	 * @generated
	 */
	int DISK_DEVICE_TYPE = 9;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.DiskFormat <em>Disk Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.DiskFormat
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskFormat()
	 * @generated
	 */
	int DISK_FORMAT = 10;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.DomainType <em>Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.DomainType
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDomainType()
	 * @generated
	 */
	int DOMAIN_TYPE = 11;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.LifecycleAction <em>Lifecycle Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getLifecycleAction()
	 * @generated
	 */
	int LIFECYCLE_ACTION = 12;

	/**
	 * The meta object id for the '{@link org.xenophilia.domain.VifType <em>Vif Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.VifType
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVifType()
	 * @generated
	 */
	int VIF_TYPE = 13;

	/**
	 * The meta object id for the '<em>Bridge Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getBridgeName()
	 * @generated
	 */
	int BRIDGE_NAME = 14;

	/**
	 * The meta object id for the '<em>Cpu Cap</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getCpuCap()
	 * @generated
	 */
	int CPU_CAP = 15;

	/**
	 * The meta object id for the '<em>Cpu Cap Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getCpuCapObject()
	 * @generated
	 */
	int CPU_CAP_OBJECT = 16;

	/**
	 * The meta object id for the '<em>Cpu List</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getCpuList()
	 * @generated
	 */
	int CPU_LIST = 17;

	/**
	 * The meta object id for the '<em>Cpu Weight</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getCpuWeight()
	 * @generated
	 */
	int CPU_WEIGHT = 18;

	/**
	 * The meta object id for the '<em>Cpu Weight Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getCpuWeightObject()
	 * @generated
	 */
	int CPU_WEIGHT_OBJECT = 19;

	/**
	 * The meta object id for the '<em>Disk Access Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.DiskAccess
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskAccessObject()
	 * @generated
	 */
	int DISK_ACCESS_OBJECT = 20;

	/**
	 * The meta object id for the '<em>Disk Backend Type Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.DiskBackendType
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskBackendTypeObject()
	 * @generated
	 */
	int DISK_BACKEND_TYPE_OBJECT = 21;

	/**
	 * The meta object id for the '<em>Disk Device Type Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.DiskDeviceType
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskDeviceTypeObject()
	 * @generated
	 */
	int DISK_DEVICE_TYPE_OBJECT = 22;

	/**
	 * The meta object id for the '<em>Disk Format Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.DiskFormat
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskFormatObject()
	 * @generated
	 */
	int DISK_FORMAT_OBJECT = 23;

	/**
	 * The meta object id for the '<em>Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDomainName()
	 * @generated
	 */
	int DOMAIN_NAME = 24;

	/**
	 * The meta object id for the '<em>Type Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.DomainType
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDomainTypeObject()
	 * @generated
	 */
	int DOMAIN_TYPE_OBJECT = 25;

	/**
	 * The meta object id for the '<em>Identifier</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getIdentifier()
	 * @generated
	 */
	int IDENTIFIER = 26;

	/**
	 * The meta object id for the '<em>Interface Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getInterfaceName()
	 * @generated
	 */
	int INTERFACE_NAME = 27;

	/**
	 * The meta object id for the '<em>Ip Address List</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getIpAddressList()
	 * @generated
	 */
	int IP_ADDRESS_LIST = 28;

	/**
	 * The meta object id for the '<em>Keymap</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getKeymap()
	 * @generated
	 */
	int KEYMAP = 29;

	/**
	 * The meta object id for the '<em>Lifecycle Action Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getLifecycleActionObject()
	 * @generated
	 */
	int LIFECYCLE_ACTION_OBJECT = 30;

	/**
	 * The meta object id for the '<em>Mac Address</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getMacAddress()
	 * @generated
	 */
	int MAC_ADDRESS = 31;

	/**
	 * The meta object id for the '<em>Memory Mi B</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getMemoryMiB()
	 * @generated
	 */
	int MEMORY_MI_B = 32;

	/**
	 * The meta object id for the '<em>Memory Mi BObject</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getMemoryMiBObject()
	 * @generated
	 */
	int MEMORY_MI_BOBJECT = 33;

	/**
	 * The meta object id for the '<em>Mtu</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getMtu()
	 * @generated
	 */
	int MTU = 34;

	/**
	 * The meta object id for the '<em>Mtu Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getMtuObject()
	 * @generated
	 */
	int MTU_OBJECT = 35;

	/**
	 * The meta object id for the '<em>Path</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getPath()
	 * @generated
	 */
	int PATH = 36;

	/**
	 * The meta object id for the '<em>Rate</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getRate()
	 * @generated
	 */
	int RATE = 37;

	/**
	 * The meta object id for the '<em>Tag</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getTag()
	 * @generated
	 */
	int TAG = 38;

	/**
	 * The meta object id for the '<em>Uuid</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getUuid()
	 * @generated
	 */
	int UUID = 39;

	/**
	 * The meta object id for the '<em>Vcpu Count</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVcpuCount()
	 * @generated
	 */
	int VCPU_COUNT = 40;

	/**
	 * The meta object id for the '<em>Vcpu Count Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVcpuCountObject()
	 * @generated
	 */
	int VCPU_COUNT_OBJECT = 41;

	/**
	 * The meta object id for the '<em>Vdev</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVdev()
	 * @generated
	 */
	int VDEV = 42;

	/**
	 * The meta object id for the '<em>Vif Type Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.VifType
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVifTypeObject()
	 * @generated
	 */
	int VIF_TYPE_OBJECT = 43;

	/**
	 * The meta object id for the '<em>Vnc Display Number</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVncDisplayNumber()
	 * @generated
	 */
	int VNC_DISPLAY_NUMBER = 44;

	/**
	 * The meta object id for the '<em>Vnc Display Number Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVncDisplayNumberObject()
	 * @generated
	 */
	int VNC_DISPLAY_NUMBER_OBJECT = 45;

	/**
	 * The meta object id for the '<em>Vnc Listen</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVncListen()
	 * @generated
	 */
	int VNC_LISTEN = 46;

	/**
	 * The meta object id for the '<em>Xl Key Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getXlKeyName()
	 * @generated
	 */
	int XL_KEY_NAME = 47;

	/**
	 * The meta object id for the '<em>Xl Param Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.xenophilia.domain.impl.DomainPackageImpl#getXlParamName()
	 * @generated
	 */
	int XL_PARAM_NAME = 48;


	/**
	 * Returns the meta object for class '{@link org.xenophilia.domain.Disk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk</em>'.
	 * @see org.xenophilia.domain.Disk
	 * @generated
	 */
	EClass getDisk();

	/**
	 * Returns the meta object for the containment reference list '{@link org.xenophilia.domain.Disk#getXlParams <em>Xl Params</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Xl Params</em>'.
	 * @see org.xenophilia.domain.Disk#getXlParams()
	 * @see #getDisk()
	 * @generated
	 */
	EReference getDisk_XlParams();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Disk#getAccess <em>Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access</em>'.
	 * @see org.xenophilia.domain.Disk#getAccess()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Access();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Disk#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend</em>'.
	 * @see org.xenophilia.domain.Disk#getBackend()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Backend();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Disk#getBackendtype <em>Backendtype</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backendtype</em>'.
	 * @see org.xenophilia.domain.Disk#getBackendtype()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Backendtype();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Disk#getDevtype <em>Devtype</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Devtype</em>'.
	 * @see org.xenophilia.domain.Disk#getDevtype()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Devtype();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Disk#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.xenophilia.domain.Disk#getFormat()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Disk#getScript <em>Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Script</em>'.
	 * @see org.xenophilia.domain.Disk#getScript()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Script();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Disk#getStorageBackend <em>Storage Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage Backend</em>'.
	 * @see org.xenophilia.domain.Disk#getStorageBackend()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_StorageBackend();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Disk#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.xenophilia.domain.Disk#getTarget()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Disk#getVdev <em>Vdev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vdev</em>'.
	 * @see org.xenophilia.domain.Disk#getVdev()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Vdev();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Disk#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume</em>'.
	 * @see org.xenophilia.domain.Disk#getVolume()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Volume();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.domain.Display <em>Display</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Display</em>'.
	 * @see org.xenophilia.domain.Display
	 * @generated
	 */
	EClass getDisplay();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Display#getKeymap <em>Keymap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keymap</em>'.
	 * @see org.xenophilia.domain.Display#getKeymap()
	 * @see #getDisplay()
	 * @generated
	 */
	EAttribute getDisplay_Keymap();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Display#isSdl <em>Sdl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sdl</em>'.
	 * @see org.xenophilia.domain.Display#isSdl()
	 * @see #getDisplay()
	 * @generated
	 */
	EAttribute getDisplay_Sdl();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Display#isVnc <em>Vnc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vnc</em>'.
	 * @see org.xenophilia.domain.Display#isVnc()
	 * @see #getDisplay()
	 * @generated
	 */
	EAttribute getDisplay_Vnc();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Display#getVncdisplay <em>Vncdisplay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vncdisplay</em>'.
	 * @see org.xenophilia.domain.Display#getVncdisplay()
	 * @see #getDisplay()
	 * @generated
	 */
	EAttribute getDisplay_Vncdisplay();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Display#getVnclisten <em>Vnclisten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vnclisten</em>'.
	 * @see org.xenophilia.domain.Display#getVnclisten()
	 * @see #getDisplay()
	 * @generated
	 */
	EAttribute getDisplay_Vnclisten();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Display#getVncpasswd <em>Vncpasswd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vncpasswd</em>'.
	 * @see org.xenophilia.domain.Display#getVncpasswd()
	 * @see #getDisplay()
	 * @generated
	 */
	EAttribute getDisplay_Vncpasswd();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Display#isVncunused <em>Vncunused</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vncunused</em>'.
	 * @see org.xenophilia.domain.Display#isVncunused()
	 * @see #getDisplay()
	 * @generated
	 */
	EAttribute getDisplay_Vncunused();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.domain.DocumentRoot <em>Document Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Root</em>'.
	 * @see org.xenophilia.domain.DocumentRoot
	 * @generated
	 */
	EClass getDocumentRoot();

	/**
	 * Returns the meta object for the attribute list '{@link org.xenophilia.domain.DocumentRoot#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.xenophilia.domain.DocumentRoot#getMixed()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EAttribute getDocumentRoot_Mixed();

	/**
	 * Returns the meta object for the map '{@link org.xenophilia.domain.DocumentRoot#getXMLNSPrefixMap <em>XMLNS Prefix Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>XMLNS Prefix Map</em>'.
	 * @see org.xenophilia.domain.DocumentRoot#getXMLNSPrefixMap()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_XMLNSPrefixMap();

	/**
	 * Returns the meta object for the map '{@link org.xenophilia.domain.DocumentRoot#getXSISchemaLocation <em>XSI Schema Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>XSI Schema Location</em>'.
	 * @see org.xenophilia.domain.DocumentRoot#getXSISchemaLocation()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_XSISchemaLocation();

	/**
	 * Returns the meta object for the containment reference '{@link org.xenophilia.domain.DocumentRoot#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Domain</em>'.
	 * @see org.xenophilia.domain.DocumentRoot#getDomain()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_Domain();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.domain.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain</em>'.
	 * @see org.xenophilia.domain.Domain
	 * @generated
	 */
	EClass getDomain();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.xenophilia.domain.Domain#getName()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.xenophilia.domain.Domain#getUuid()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.xenophilia.domain.Domain#getDescription()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.xenophilia.domain.Domain#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.xenophilia.domain.Domain#getTags()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.xenophilia.domain.Domain#getType()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getMemory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory</em>'.
	 * @see org.xenophilia.domain.Domain#getMemory()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Memory();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getMaxmem <em>Maxmem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maxmem</em>'.
	 * @see org.xenophilia.domain.Domain#getMaxmem()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Maxmem();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpus</em>'.
	 * @see org.xenophilia.domain.Domain#getVcpus()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Vcpus();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getMaxvcpus <em>Maxvcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maxvcpus</em>'.
	 * @see org.xenophilia.domain.Domain#getMaxvcpus()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Maxvcpus();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getCpus <em>Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpus</em>'.
	 * @see org.xenophilia.domain.Domain#getCpus()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Cpus();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getCpusSoft <em>Cpus Soft</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpus Soft</em>'.
	 * @see org.xenophilia.domain.Domain#getCpusSoft()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_CpusSoft();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getCpuWeight <em>Cpu Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Weight</em>'.
	 * @see org.xenophilia.domain.Domain#getCpuWeight()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_CpuWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getCap <em>Cap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cap</em>'.
	 * @see org.xenophilia.domain.Domain#getCap()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Cap();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see org.xenophilia.domain.Domain#getKernel()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getRamdisk <em>Ramdisk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ramdisk</em>'.
	 * @see org.xenophilia.domain.Domain#getRamdisk()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Ramdisk();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getCmdline <em>Cmdline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cmdline</em>'.
	 * @see org.xenophilia.domain.Domain#getCmdline()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Cmdline();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root</em>'.
	 * @see org.xenophilia.domain.Domain#getRoot()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Root();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getExtra <em>Extra</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extra</em>'.
	 * @see org.xenophilia.domain.Domain#getExtra()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Extra();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getBootloader <em>Bootloader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bootloader</em>'.
	 * @see org.xenophilia.domain.Domain#getBootloader()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Bootloader();

	/**
	 * Returns the meta object for the attribute list '{@link org.xenophilia.domain.Domain#getBootloaderArgs <em>Bootloader Args</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Bootloader Args</em>'.
	 * @see org.xenophilia.domain.Domain#getBootloaderArgs()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_BootloaderArgs();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware</em>'.
	 * @see org.xenophilia.domain.Domain#getFirmware()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Firmware();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getOnPoweroff <em>On Poweroff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Poweroff</em>'.
	 * @see org.xenophilia.domain.Domain#getOnPoweroff()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_OnPoweroff();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getOnReboot <em>On Reboot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Reboot</em>'.
	 * @see org.xenophilia.domain.Domain#getOnReboot()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_OnReboot();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getOnWatchdog <em>On Watchdog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Watchdog</em>'.
	 * @see org.xenophilia.domain.Domain#getOnWatchdog()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_OnWatchdog();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getOnCrash <em>On Crash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Crash</em>'.
	 * @see org.xenophilia.domain.Domain#getOnCrash()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_OnCrash();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#getOnSoftReset <em>On Soft Reset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Soft Reset</em>'.
	 * @see org.xenophilia.domain.Domain#getOnSoftReset()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_OnSoftReset();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Domain#isNomigrate <em>Nomigrate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nomigrate</em>'.
	 * @see org.xenophilia.domain.Domain#isNomigrate()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Nomigrate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.xenophilia.domain.Domain#getDisks <em>Disks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Disks</em>'.
	 * @see org.xenophilia.domain.Domain#getDisks()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Disks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.xenophilia.domain.Domain#getVifs <em>Vifs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vifs</em>'.
	 * @see org.xenophilia.domain.Domain#getVifs()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Vifs();

	/**
	 * Returns the meta object for the containment reference '{@link org.xenophilia.domain.Domain#getDisplay <em>Display</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Display</em>'.
	 * @see org.xenophilia.domain.Domain#getDisplay()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Display();

	/**
	 * Returns the meta object for the containment reference list '{@link org.xenophilia.domain.Domain#getXlKeys <em>Xl Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Xl Keys</em>'.
	 * @see org.xenophilia.domain.Domain#getXlKeys()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_XlKeys();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.domain.Vif <em>Vif</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vif</em>'.
	 * @see org.xenophilia.domain.Vif
	 * @generated
	 */
	EClass getVif();

	/**
	 * Returns the meta object for the containment reference list '{@link org.xenophilia.domain.Vif#getXlParams <em>Xl Params</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Xl Params</em>'.
	 * @see org.xenophilia.domain.Vif#getXlParams()
	 * @see #getVif()
	 * @generated
	 */
	EReference getVif_XlParams();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Vif#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend</em>'.
	 * @see org.xenophilia.domain.Vif#getBackend()
	 * @see #getVif()
	 * @generated
	 */
	EAttribute getVif_Backend();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Vif#getBridge <em>Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bridge</em>'.
	 * @see org.xenophilia.domain.Vif#getBridge()
	 * @see #getVif()
	 * @generated
	 */
	EAttribute getVif_Bridge();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Vif#getIp <em>Ip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip</em>'.
	 * @see org.xenophilia.domain.Vif#getIp()
	 * @see #getVif()
	 * @generated
	 */
	EAttribute getVif_Ip();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Vif#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see org.xenophilia.domain.Vif#getMac()
	 * @see #getVif()
	 * @generated
	 */
	EAttribute getVif_Mac();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Vif#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.xenophilia.domain.Vif#getModel()
	 * @see #getVif()
	 * @generated
	 */
	EAttribute getVif_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Vif#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtu</em>'.
	 * @see org.xenophilia.domain.Vif#getMtu()
	 * @see #getVif()
	 * @generated
	 */
	EAttribute getVif_Mtu();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Vif#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network</em>'.
	 * @see org.xenophilia.domain.Vif#getNetwork()
	 * @see #getVif()
	 * @generated
	 */
	EAttribute getVif_Network();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Vif#getRate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate</em>'.
	 * @see org.xenophilia.domain.Vif#getRate()
	 * @see #getVif()
	 * @generated
	 */
	EAttribute getVif_Rate();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Vif#getScript <em>Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Script</em>'.
	 * @see org.xenophilia.domain.Vif#getScript()
	 * @see #getVif()
	 * @generated
	 */
	EAttribute getVif_Script();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Vif#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.xenophilia.domain.Vif#getType()
	 * @see #getVif()
	 * @generated
	 */
	EAttribute getVif_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.Vif#getVifname <em>Vifname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vifname</em>'.
	 * @see org.xenophilia.domain.Vif#getVifname()
	 * @see #getVif()
	 * @generated
	 */
	EAttribute getVif_Vifname();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.domain.XlKey <em>Xl Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Xl Key</em>'.
	 * @see org.xenophilia.domain.XlKey
	 * @generated
	 */
	EClass getXlKey();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.XlKey#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.xenophilia.domain.XlKey#getValue()
	 * @see #getXlKey()
	 * @generated
	 */
	EAttribute getXlKey_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.XlKey#isAppend <em>Append</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Append</em>'.
	 * @see org.xenophilia.domain.XlKey#isAppend()
	 * @see #getXlKey()
	 * @generated
	 */
	EAttribute getXlKey_Append();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.XlKey#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.xenophilia.domain.XlKey#getKey()
	 * @see #getXlKey()
	 * @generated
	 */
	EAttribute getXlKey_Key();

	/**
	 * Returns the meta object for class '{@link org.xenophilia.domain.XlParam <em>Xl Param</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Xl Param</em>'.
	 * @see org.xenophilia.domain.XlParam
	 * @generated
	 */
	EClass getXlParam();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.XlParam#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.xenophilia.domain.XlParam#getKey()
	 * @see #getXlParam()
	 * @generated
	 */
	EAttribute getXlParam_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.xenophilia.domain.XlParam#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.xenophilia.domain.XlParam#getValue()
	 * @see #getXlParam()
	 * @generated
	 */
	EAttribute getXlParam_Value();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.domain.DiskAccess <em>Disk Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disk Access</em>'.
	 * @see org.xenophilia.domain.DiskAccess
	 * @generated
	 */
	EEnum getDiskAccess();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.domain.DiskBackendType <em>Disk Backend Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disk Backend Type</em>'.
	 * @see org.xenophilia.domain.DiskBackendType
	 * @generated
	 */
	EEnum getDiskBackendType();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.domain.DiskDeviceType <em>Disk Device Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disk Device Type</em>'.
	 * @see org.xenophilia.domain.DiskDeviceType
	 * @generated
	 */
	EEnum getDiskDeviceType();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.domain.DiskFormat <em>Disk Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disk Format</em>'.
	 * @see org.xenophilia.domain.DiskFormat
	 * @generated
	 */
	EEnum getDiskFormat();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.domain.DomainType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Type</em>'.
	 * @see org.xenophilia.domain.DomainType
	 * @generated
	 */
	EEnum getDomainType();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.domain.LifecycleAction <em>Lifecycle Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lifecycle Action</em>'.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @generated
	 */
	EEnum getLifecycleAction();

	/**
	 * Returns the meta object for enum '{@link org.xenophilia.domain.VifType <em>Vif Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vif Type</em>'.
	 * @see org.xenophilia.domain.VifType
	 * @generated
	 */
	EEnum getVifType();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Bridge Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The bridge a vif joins: a Linux interface name (1 to 15 characters, no whitespace, slash or colon), for Open vSwitch optionally followed by a VLAN tag (ovsbr0.42, part of the name) or trunked VLANs as colon-separated numbers (ovsbr0:42:43), as xl-network-configuration(5) describes for vif-openvswitch.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Bridge Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='BridgeName' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[^\\s/:]{1,15}(:[0-9]{1,4})*'"
	 * @generated
	 */
	EDataType getBridgeName();

	/**
	 * Returns the meta object for data type '<em>Cpu Cap</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A CPU cap in percent of one physical CPU, 0 (no cap) to 65535.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Cpu Cap</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='CpuCap' baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='0' maxInclusive='65535'"
	 * @generated
	 */
	EDataType getCpuCap();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Cpu Cap Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Cpu Cap Object</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='CpuCap:Object' baseType='CpuCap'"
	 * @generated
	 */
	EDataType getCpuCapObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Cpu List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A host CPU list (xl.cfg CPULIST): comma-separated items, each "all", a CPU number, a range N-M, "node:N", "nodes:N-M", optionally prefixed with ^ to exclude, e.g. "0-3,5,^1" or "all,^node:1".
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Cpu List</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='CpuList' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='\\^?(all|(nodes?:)?[0-9]+(-[0-9]+)?)(,%20?\\^?(all|(nodes?:)?[0-9]+(-[0-9]+)?))*'"
	 * @generated
	 */
	EDataType getCpuList();

	/**
	 * Returns the meta object for data type '<em>Cpu Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A credit/credit2 scheduler weight, 1 to 65535.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Cpu Weight</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='CpuWeight' baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='1' maxInclusive='65535'"
	 * @generated
	 */
	EDataType getCpuWeight();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Cpu Weight Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Cpu Weight Object</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='CpuWeight:Object' baseType='CpuWeight'"
	 * @generated
	 */
	EDataType getCpuWeightObject();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.domain.DiskAccess <em>Disk Access Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Disk Access Object</em>'.
	 * @see org.xenophilia.domain.DiskAccess
	 * @model instanceClass="org.xenophilia.domain.DiskAccess"
	 *        extendedMetaData="name='DiskAccess:Object' baseType='DiskAccess'"
	 * @generated
	 */
	EDataType getDiskAccessObject();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.domain.DiskBackendType <em>Disk Backend Type Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Disk Backend Type Object</em>'.
	 * @see org.xenophilia.domain.DiskBackendType
	 * @model instanceClass="org.xenophilia.domain.DiskBackendType"
	 *        extendedMetaData="name='DiskBackendType:Object' baseType='DiskBackendType'"
	 * @generated
	 */
	EDataType getDiskBackendTypeObject();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.domain.DiskDeviceType <em>Disk Device Type Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Disk Device Type Object</em>'.
	 * @see org.xenophilia.domain.DiskDeviceType
	 * @model instanceClass="org.xenophilia.domain.DiskDeviceType"
	 *        extendedMetaData="name='DiskDeviceType:Object' baseType='DiskDeviceType'"
	 * @generated
	 */
	EDataType getDiskDeviceTypeObject();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.domain.DiskFormat <em>Disk Format Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Disk Format Object</em>'.
	 * @see org.xenophilia.domain.DiskFormat
	 * @model instanceClass="org.xenophilia.domain.DiskFormat"
	 *        extendedMetaData="name='DiskFormat:Object' baseType='DiskFormat'"
	 * @generated
	 */
	EDataType getDiskFormatObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A domain name: 1 to 64 characters, letters, digits and _ . + : @ -, not starting with a punctuation character (names are used in dom0 file paths and command lines).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='DomainName' baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='64' pattern='[A-Za-z0-9_][A-Za-z0-9_.+:@\\-]*'"
	 * @generated
	 */
	EDataType getDomainName();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.domain.DomainType <em>Type Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Type Object</em>'.
	 * @see org.xenophilia.domain.DomainType
	 * @model instanceClass="org.xenophilia.domain.DomainType"
	 *        extendedMetaData="name='DomainType:Object' baseType='DomainType'"
	 * @generated
	 */
	EDataType getDomainTypeObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A short identifier (storage backend id, network name, NIC model): 1 to 64 characters, letters, digits and _ . -, starting with a letter or digit.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Identifier</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Identifier' baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='64' pattern='[A-Za-z0-9][A-Za-z0-9_.\\-]*'"
	 * @generated
	 */
	EDataType getIdentifier();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Interface Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A Linux network interface name: 1 to 15 characters, no whitespace, slash or colon.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Interface Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='InterfaceName' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[^\\s/:]{1,15}'"
	 * @generated
	 */
	EDataType getInterfaceName();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Ip Address List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * One or more IPv4 or IPv6 addresses (optionally with a /prefix), separated by single spaces.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Ip Address List</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='IpAddressList' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[0-9a-fA-F.:]+(/[0-9]{1,3})?(%20[0-9a-fA-F.:]+(/[0-9]{1,3})?)*'"
	 * @generated
	 */
	EDataType getIpAddressList();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Keymap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A QEMU keymap name: a language code with an optional country, e.g. en-us, de, de-ch, pt-br, bepo.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Keymap</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Keymap' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[a-z]{2,4}(-[a-z]{2,3})?'"
	 * @generated
	 */
	EDataType getKeymap();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.domain.LifecycleAction <em>Lifecycle Action Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Lifecycle Action Object</em>'.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @model instanceClass="org.xenophilia.domain.LifecycleAction"
	 *        extendedMetaData="name='LifecycleAction:Object' baseType='LifecycleAction'"
	 * @generated
	 */
	EDataType getLifecycleActionObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Mac Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A MAC address: six pairs of hexadecimal digits separated by colons, e.g. 00:16:3e:12:34:56.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Mac Address</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='MacAddress' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}'"
	 * @generated
	 */
	EDataType getMacAddress();

	/**
	 * Returns the meta object for data type '<em>Memory Mi B</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An amount of memory in MiB, at least 1.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Memory Mi B</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='MemoryMiB' baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='1'"
	 * @generated
	 */
	EDataType getMemoryMiB();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Memory Mi BObject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Memory Mi BObject</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='MemoryMiB:Object' baseType='MemoryMiB'"
	 * @generated
	 */
	EDataType getMemoryMiBObject();

	/**
	 * Returns the meta object for data type '<em>Mtu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An interface MTU, 68 to 65535.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Mtu</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='Mtu' baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='68' maxInclusive='65535'"
	 * @generated
	 */
	EDataType getMtu();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Mtu Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Mtu Object</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='Mtu:Object' baseType='Mtu'"
	 * @generated
	 */
	EDataType getMtuObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A dom0 file path or program name, not empty.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Path</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Path' baseType='http://www.eclipse.org/emf/2003/XMLType#string' minLength='1'"
	 * @generated
	 */
	EDataType getPath();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A vif rate limit RATE/s[@INTERVAL]: RATE is a number with a B, KB, MB, GB (bytes) or b, Kb, Mb, Gb (bits) suffix; INTERVAL a number of microseconds with an optional us, ms or s suffix. E.g. 10Mb/s, 1MB/s@20ms.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Rate</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Rate' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[0-9]+(GB|MB|KB|B|Gb|Mb|Kb|b)/s(@[0-9]+(us|ms|s)?)?'"
	 * @generated
	 */
	EDataType getRate();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A tag: 1 to 64 characters, letters, digits and _ . : / -, starting with a letter or digit.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Tag</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Tag' baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='64' pattern='[A-Za-z0-9][A-Za-z0-9_.:/\\-]*'"
	 * @generated
	 */
	EDataType getTag();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A UUID in the 8-4-4-4-12 hexadecimal form, e.g. c7a5fdb2-cdaf-9455-926a-d65c16db1809.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Uuid</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Uuid' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'"
	 * @generated
	 */
	EDataType getUuid();

	/**
	 * Returns the meta object for data type '<em>Vcpu Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A number of virtual CPUs, at least 1.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Vcpu Count</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='VcpuCount' baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='1'"
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
     * A virtual device name as the guest sees it (xen-vbd-interface(7)): xvdX, hdX, sdX with an optional partition number (xvda, xvdb1, hdc, sdaa), dN or dNpM, or a plain device number.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Vdev</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Vdev' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='(xvd|hd|sd)[a-z]{1,4}[0-9]{0,3}|d[0-9]{1,6}(p[0-9]{1,3})?|[0-9]{1,9}'"
	 * @generated
	 */
	EDataType getVdev();

	/**
	 * Returns the meta object for data type '{@link org.xenophilia.domain.VifType <em>Vif Type Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Vif Type Object</em>'.
	 * @see org.xenophilia.domain.VifType
	 * @model instanceClass="org.xenophilia.domain.VifType"
	 *        extendedMetaData="name='VifType:Object' baseType='VifType'"
	 * @generated
	 */
	EDataType getVifTypeObject();

	/**
	 * Returns the meta object for data type '<em>Vnc Display Number</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A VNC display number, 0 to 59635 (TCP port 5900 to 65535).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Vnc Display Number</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='VncDisplayNumber' baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='0' maxInclusive='59635'"
	 * @generated
	 */
	EDataType getVncDisplayNumber();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Vnc Display Number Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Vnc Display Number Object</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='VncDisplayNumber:Object' baseType='VncDisplayNumber'"
	 * @generated
	 */
	EDataType getVncDisplayNumberObject();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Vnc Listen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A VNC listen address ADDRESS[:DISPLAYNUM]: an IPv4 address or host name, or an IPv6 address in brackets, optionally followed by a colon and a display number, e.g. 127.0.0.1, 0.0.0.0:1, [::1]. The empty string, which xl reads as "the default address", is accepted too.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Vnc Listen</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='VncListen' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\])?(:[0-9]{1,5})?'"
	 * @generated
	 */
	EDataType getVncListen();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Xl Key Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An xl.cfg key as libxlu reads it: lower-case letters, digits, _ and . (dotted keys), starting with a letter or _.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Xl Key Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='XlKeyName' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[a-z_][a-z0-9_.]*'"
	 * @generated
	 */
	EDataType getXlKeyName();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Xl Param Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A disk or vif spec keyword: starts with a letter, then letters, digits, _ and -.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Xl Param Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='XlParamName' baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[A-Za-z][A-Za-z0-9_\\-]*'"
	 * @generated
	 */
	EDataType getXlParamName();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DomainFactory getDomainFactory();

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
		 * The meta object literal for the '{@link org.xenophilia.domain.impl.DiskImpl <em>Disk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.DiskImpl
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDisk()
		 * @generated
		 */
		EClass DISK = eINSTANCE.getDisk();

		/**
		 * The meta object literal for the '<em><b>Xl Params</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISK__XL_PARAMS = eINSTANCE.getDisk_XlParams();

		/**
		 * The meta object literal for the '<em><b>Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__ACCESS = eINSTANCE.getDisk_Access();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__BACKEND = eINSTANCE.getDisk_Backend();

		/**
		 * The meta object literal for the '<em><b>Backendtype</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__BACKENDTYPE = eINSTANCE.getDisk_Backendtype();

		/**
		 * The meta object literal for the '<em><b>Devtype</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__DEVTYPE = eINSTANCE.getDisk_Devtype();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__FORMAT = eINSTANCE.getDisk_Format();

		/**
		 * The meta object literal for the '<em><b>Script</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__SCRIPT = eINSTANCE.getDisk_Script();

		/**
		 * The meta object literal for the '<em><b>Storage Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__STORAGE_BACKEND = eINSTANCE.getDisk_StorageBackend();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__TARGET = eINSTANCE.getDisk_Target();

		/**
		 * The meta object literal for the '<em><b>Vdev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__VDEV = eINSTANCE.getDisk_Vdev();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__VOLUME = eINSTANCE.getDisk_Volume();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.impl.DisplayImpl <em>Display</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.DisplayImpl
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDisplay()
		 * @generated
		 */
		EClass DISPLAY = eINSTANCE.getDisplay();

		/**
		 * The meta object literal for the '<em><b>Keymap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPLAY__KEYMAP = eINSTANCE.getDisplay_Keymap();

		/**
		 * The meta object literal for the '<em><b>Sdl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPLAY__SDL = eINSTANCE.getDisplay_Sdl();

		/**
		 * The meta object literal for the '<em><b>Vnc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPLAY__VNC = eINSTANCE.getDisplay_Vnc();

		/**
		 * The meta object literal for the '<em><b>Vncdisplay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPLAY__VNCDISPLAY = eINSTANCE.getDisplay_Vncdisplay();

		/**
		 * The meta object literal for the '<em><b>Vnclisten</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPLAY__VNCLISTEN = eINSTANCE.getDisplay_Vnclisten();

		/**
		 * The meta object literal for the '<em><b>Vncpasswd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPLAY__VNCPASSWD = eINSTANCE.getDisplay_Vncpasswd();

		/**
		 * The meta object literal for the '<em><b>Vncunused</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPLAY__VNCUNUSED = eINSTANCE.getDisplay_Vncunused();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.impl.DocumentRootImpl <em>Document Root</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.DocumentRootImpl
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDocumentRoot()
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
		 * The meta object literal for the '<em><b>Domain</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ROOT__DOMAIN = eINSTANCE.getDocumentRoot_Domain();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.impl.DomainImpl <em>Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.DomainImpl
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDomain()
		 * @generated
		 */
		EClass DOMAIN = eINSTANCE.getDomain();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__NAME = eINSTANCE.getDomain_Name();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__UUID = eINSTANCE.getDomain_Uuid();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__DESCRIPTION = eINSTANCE.getDomain_Description();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__TAGS = eINSTANCE.getDomain_Tags();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__TYPE = eINSTANCE.getDomain_Type();

		/**
		 * The meta object literal for the '<em><b>Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__MEMORY = eINSTANCE.getDomain_Memory();

		/**
		 * The meta object literal for the '<em><b>Maxmem</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__MAXMEM = eINSTANCE.getDomain_Maxmem();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__VCPUS = eINSTANCE.getDomain_Vcpus();

		/**
		 * The meta object literal for the '<em><b>Maxvcpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__MAXVCPUS = eINSTANCE.getDomain_Maxvcpus();

		/**
		 * The meta object literal for the '<em><b>Cpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__CPUS = eINSTANCE.getDomain_Cpus();

		/**
		 * The meta object literal for the '<em><b>Cpus Soft</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__CPUS_SOFT = eINSTANCE.getDomain_CpusSoft();

		/**
		 * The meta object literal for the '<em><b>Cpu Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__CPU_WEIGHT = eINSTANCE.getDomain_CpuWeight();

		/**
		 * The meta object literal for the '<em><b>Cap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__CAP = eINSTANCE.getDomain_Cap();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__KERNEL = eINSTANCE.getDomain_Kernel();

		/**
		 * The meta object literal for the '<em><b>Ramdisk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__RAMDISK = eINSTANCE.getDomain_Ramdisk();

		/**
		 * The meta object literal for the '<em><b>Cmdline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__CMDLINE = eINSTANCE.getDomain_Cmdline();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ROOT = eINSTANCE.getDomain_Root();

		/**
		 * The meta object literal for the '<em><b>Extra</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__EXTRA = eINSTANCE.getDomain_Extra();

		/**
		 * The meta object literal for the '<em><b>Bootloader</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__BOOTLOADER = eINSTANCE.getDomain_Bootloader();

		/**
		 * The meta object literal for the '<em><b>Bootloader Args</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__BOOTLOADER_ARGS = eINSTANCE.getDomain_BootloaderArgs();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__FIRMWARE = eINSTANCE.getDomain_Firmware();

		/**
		 * The meta object literal for the '<em><b>On Poweroff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ON_POWEROFF = eINSTANCE.getDomain_OnPoweroff();

		/**
		 * The meta object literal for the '<em><b>On Reboot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ON_REBOOT = eINSTANCE.getDomain_OnReboot();

		/**
		 * The meta object literal for the '<em><b>On Watchdog</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ON_WATCHDOG = eINSTANCE.getDomain_OnWatchdog();

		/**
		 * The meta object literal for the '<em><b>On Crash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ON_CRASH = eINSTANCE.getDomain_OnCrash();

		/**
		 * The meta object literal for the '<em><b>On Soft Reset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ON_SOFT_RESET = eINSTANCE.getDomain_OnSoftReset();

		/**
		 * The meta object literal for the '<em><b>Nomigrate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__NOMIGRATE = eINSTANCE.getDomain_Nomigrate();

		/**
		 * The meta object literal for the '<em><b>Disks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__DISKS = eINSTANCE.getDomain_Disks();

		/**
		 * The meta object literal for the '<em><b>Vifs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__VIFS = eINSTANCE.getDomain_Vifs();

		/**
		 * The meta object literal for the '<em><b>Display</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__DISPLAY = eINSTANCE.getDomain_Display();

		/**
		 * The meta object literal for the '<em><b>Xl Keys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__XL_KEYS = eINSTANCE.getDomain_XlKeys();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.impl.VifImpl <em>Vif</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.VifImpl
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVif()
		 * @generated
		 */
		EClass VIF = eINSTANCE.getVif();

		/**
		 * The meta object literal for the '<em><b>Xl Params</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIF__XL_PARAMS = eINSTANCE.getVif_XlParams();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIF__BACKEND = eINSTANCE.getVif_Backend();

		/**
		 * The meta object literal for the '<em><b>Bridge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIF__BRIDGE = eINSTANCE.getVif_Bridge();

		/**
		 * The meta object literal for the '<em><b>Ip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIF__IP = eINSTANCE.getVif_Ip();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIF__MAC = eINSTANCE.getVif_Mac();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIF__MODEL = eINSTANCE.getVif_Model();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIF__MTU = eINSTANCE.getVif_Mtu();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIF__NETWORK = eINSTANCE.getVif_Network();

		/**
		 * The meta object literal for the '<em><b>Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIF__RATE = eINSTANCE.getVif_Rate();

		/**
		 * The meta object literal for the '<em><b>Script</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIF__SCRIPT = eINSTANCE.getVif_Script();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIF__TYPE = eINSTANCE.getVif_Type();

		/**
		 * The meta object literal for the '<em><b>Vifname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIF__VIFNAME = eINSTANCE.getVif_Vifname();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.impl.XlKeyImpl <em>Xl Key</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.XlKeyImpl
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getXlKey()
		 * @generated
		 */
		EClass XL_KEY = eINSTANCE.getXlKey();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute XL_KEY__VALUE = eINSTANCE.getXlKey_Value();

		/**
		 * The meta object literal for the '<em><b>Append</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute XL_KEY__APPEND = eINSTANCE.getXlKey_Append();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute XL_KEY__KEY = eINSTANCE.getXlKey_Key();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.impl.XlParamImpl <em>Xl Param</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.XlParamImpl
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getXlParam()
		 * @generated
		 */
		EClass XL_PARAM = eINSTANCE.getXlParam();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute XL_PARAM__KEY = eINSTANCE.getXlParam_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute XL_PARAM__VALUE = eINSTANCE.getXlParam_Value();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.DiskAccess <em>Disk Access</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.DiskAccess
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskAccess()
		 * @generated
		 */
		EEnum DISK_ACCESS = eINSTANCE.getDiskAccess();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.DiskBackendType <em>Disk Backend Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.DiskBackendType
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskBackendType()
		 * @generated
		 */
		EEnum DISK_BACKEND_TYPE = eINSTANCE.getDiskBackendType();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.DiskDeviceType <em>Disk Device Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.DiskDeviceType
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskDeviceType()
		 * @generated
		 */
		EEnum DISK_DEVICE_TYPE = eINSTANCE.getDiskDeviceType();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.DiskFormat <em>Disk Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.DiskFormat
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskFormat()
		 * @generated
		 */
		EEnum DISK_FORMAT = eINSTANCE.getDiskFormat();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.DomainType <em>Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.DomainType
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDomainType()
		 * @generated
		 */
		EEnum DOMAIN_TYPE = eINSTANCE.getDomainType();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.LifecycleAction <em>Lifecycle Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.LifecycleAction
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getLifecycleAction()
		 * @generated
		 */
		EEnum LIFECYCLE_ACTION = eINSTANCE.getLifecycleAction();

		/**
		 * The meta object literal for the '{@link org.xenophilia.domain.VifType <em>Vif Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.VifType
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVifType()
		 * @generated
		 */
		EEnum VIF_TYPE = eINSTANCE.getVifType();

		/**
		 * The meta object literal for the '<em>Bridge Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getBridgeName()
		 * @generated
		 */
		EDataType BRIDGE_NAME = eINSTANCE.getBridgeName();

		/**
		 * The meta object literal for the '<em>Cpu Cap</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getCpuCap()
		 * @generated
		 */
		EDataType CPU_CAP = eINSTANCE.getCpuCap();

		/**
		 * The meta object literal for the '<em>Cpu Cap Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getCpuCapObject()
		 * @generated
		 */
		EDataType CPU_CAP_OBJECT = eINSTANCE.getCpuCapObject();

		/**
		 * The meta object literal for the '<em>Cpu List</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getCpuList()
		 * @generated
		 */
		EDataType CPU_LIST = eINSTANCE.getCpuList();

		/**
		 * The meta object literal for the '<em>Cpu Weight</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getCpuWeight()
		 * @generated
		 */
		EDataType CPU_WEIGHT = eINSTANCE.getCpuWeight();

		/**
		 * The meta object literal for the '<em>Cpu Weight Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getCpuWeightObject()
		 * @generated
		 */
		EDataType CPU_WEIGHT_OBJECT = eINSTANCE.getCpuWeightObject();

		/**
		 * The meta object literal for the '<em>Disk Access Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.DiskAccess
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskAccessObject()
		 * @generated
		 */
		EDataType DISK_ACCESS_OBJECT = eINSTANCE.getDiskAccessObject();

		/**
		 * The meta object literal for the '<em>Disk Backend Type Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.DiskBackendType
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskBackendTypeObject()
		 * @generated
		 */
		EDataType DISK_BACKEND_TYPE_OBJECT = eINSTANCE.getDiskBackendTypeObject();

		/**
		 * The meta object literal for the '<em>Disk Device Type Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.DiskDeviceType
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskDeviceTypeObject()
		 * @generated
		 */
		EDataType DISK_DEVICE_TYPE_OBJECT = eINSTANCE.getDiskDeviceTypeObject();

		/**
		 * The meta object literal for the '<em>Disk Format Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.DiskFormat
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDiskFormatObject()
		 * @generated
		 */
		EDataType DISK_FORMAT_OBJECT = eINSTANCE.getDiskFormatObject();

		/**
		 * The meta object literal for the '<em>Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDomainName()
		 * @generated
		 */
		EDataType DOMAIN_NAME = eINSTANCE.getDomainName();

		/**
		 * The meta object literal for the '<em>Type Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.DomainType
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getDomainTypeObject()
		 * @generated
		 */
		EDataType DOMAIN_TYPE_OBJECT = eINSTANCE.getDomainTypeObject();

		/**
		 * The meta object literal for the '<em>Identifier</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getIdentifier()
		 * @generated
		 */
		EDataType IDENTIFIER = eINSTANCE.getIdentifier();

		/**
		 * The meta object literal for the '<em>Interface Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getInterfaceName()
		 * @generated
		 */
		EDataType INTERFACE_NAME = eINSTANCE.getInterfaceName();

		/**
		 * The meta object literal for the '<em>Ip Address List</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getIpAddressList()
		 * @generated
		 */
		EDataType IP_ADDRESS_LIST = eINSTANCE.getIpAddressList();

		/**
		 * The meta object literal for the '<em>Keymap</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getKeymap()
		 * @generated
		 */
		EDataType KEYMAP = eINSTANCE.getKeymap();

		/**
		 * The meta object literal for the '<em>Lifecycle Action Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.LifecycleAction
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getLifecycleActionObject()
		 * @generated
		 */
		EDataType LIFECYCLE_ACTION_OBJECT = eINSTANCE.getLifecycleActionObject();

		/**
		 * The meta object literal for the '<em>Mac Address</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getMacAddress()
		 * @generated
		 */
		EDataType MAC_ADDRESS = eINSTANCE.getMacAddress();

		/**
		 * The meta object literal for the '<em>Memory Mi B</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getMemoryMiB()
		 * @generated
		 */
		EDataType MEMORY_MI_B = eINSTANCE.getMemoryMiB();

		/**
		 * The meta object literal for the '<em>Memory Mi BObject</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getMemoryMiBObject()
		 * @generated
		 */
		EDataType MEMORY_MI_BOBJECT = eINSTANCE.getMemoryMiBObject();

		/**
		 * The meta object literal for the '<em>Mtu</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getMtu()
		 * @generated
		 */
		EDataType MTU = eINSTANCE.getMtu();

		/**
		 * The meta object literal for the '<em>Mtu Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getMtuObject()
		 * @generated
		 */
		EDataType MTU_OBJECT = eINSTANCE.getMtuObject();

		/**
		 * The meta object literal for the '<em>Path</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getPath()
		 * @generated
		 */
		EDataType PATH = eINSTANCE.getPath();

		/**
		 * The meta object literal for the '<em>Rate</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getRate()
		 * @generated
		 */
		EDataType RATE = eINSTANCE.getRate();

		/**
		 * The meta object literal for the '<em>Tag</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getTag()
		 * @generated
		 */
		EDataType TAG = eINSTANCE.getTag();

		/**
		 * The meta object literal for the '<em>Uuid</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getUuid()
		 * @generated
		 */
		EDataType UUID = eINSTANCE.getUuid();

		/**
		 * The meta object literal for the '<em>Vcpu Count</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVcpuCount()
		 * @generated
		 */
		EDataType VCPU_COUNT = eINSTANCE.getVcpuCount();

		/**
		 * The meta object literal for the '<em>Vcpu Count Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVcpuCountObject()
		 * @generated
		 */
		EDataType VCPU_COUNT_OBJECT = eINSTANCE.getVcpuCountObject();

		/**
		 * The meta object literal for the '<em>Vdev</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVdev()
		 * @generated
		 */
		EDataType VDEV = eINSTANCE.getVdev();

		/**
		 * The meta object literal for the '<em>Vif Type Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.VifType
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVifTypeObject()
		 * @generated
		 */
		EDataType VIF_TYPE_OBJECT = eINSTANCE.getVifTypeObject();

		/**
		 * The meta object literal for the '<em>Vnc Display Number</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVncDisplayNumber()
		 * @generated
		 */
		EDataType VNC_DISPLAY_NUMBER = eINSTANCE.getVncDisplayNumber();

		/**
		 * The meta object literal for the '<em>Vnc Display Number Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVncDisplayNumberObject()
		 * @generated
		 */
		EDataType VNC_DISPLAY_NUMBER_OBJECT = eINSTANCE.getVncDisplayNumberObject();

		/**
		 * The meta object literal for the '<em>Vnc Listen</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getVncListen()
		 * @generated
		 */
		EDataType VNC_LISTEN = eINSTANCE.getVncListen();

		/**
		 * The meta object literal for the '<em>Xl Key Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getXlKeyName()
		 * @generated
		 */
		EDataType XL_KEY_NAME = eINSTANCE.getXlKeyName();

		/**
		 * The meta object literal for the '<em>Xl Param Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.xenophilia.domain.impl.DomainPackageImpl#getXlParamName()
		 * @generated
		 */
		EDataType XL_PARAM_NAME = eINSTANCE.getXlParamName();

	}

} //DomainPackage
