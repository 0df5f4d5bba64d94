/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

import org.xenophilia.domain.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DomainFactoryImpl extends EFactoryImpl implements DomainFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DomainFactory init() {
		try {
			DomainFactory theDomainFactory = (DomainFactory)EPackage.Registry.INSTANCE.getEFactory(DomainPackage.eNS_URI);
			if (theDomainFactory != null) {
				return theDomainFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DomainFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainFactoryImpl() {
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
			case DomainPackage.DISK: return createDisk();
			case DomainPackage.DISPLAY: return createDisplay();
			case DomainPackage.DOCUMENT_ROOT: return createDocumentRoot();
			case DomainPackage.DOMAIN: return createDomain();
			case DomainPackage.VIF: return createVif();
			case DomainPackage.XL_KEY: return createXlKey();
			case DomainPackage.XL_PARAM: return createXlParam();
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
			case DomainPackage.DISK_ACCESS:
				return createDiskAccessFromString(eDataType, initialValue);
			case DomainPackage.DISK_BACKEND_TYPE:
				return createDiskBackendTypeFromString(eDataType, initialValue);
			case DomainPackage.DISK_DEVICE_TYPE:
				return createDiskDeviceTypeFromString(eDataType, initialValue);
			case DomainPackage.DISK_FORMAT:
				return createDiskFormatFromString(eDataType, initialValue);
			case DomainPackage.DOMAIN_TYPE:
				return createDomainTypeFromString(eDataType, initialValue);
			case DomainPackage.LIFECYCLE_ACTION:
				return createLifecycleActionFromString(eDataType, initialValue);
			case DomainPackage.VIF_TYPE:
				return createVifTypeFromString(eDataType, initialValue);
			case DomainPackage.BRIDGE_NAME:
				return createBridgeNameFromString(eDataType, initialValue);
			case DomainPackage.CPU_CAP:
				return createCpuCapFromString(eDataType, initialValue);
			case DomainPackage.CPU_CAP_OBJECT:
				return createCpuCapObjectFromString(eDataType, initialValue);
			case DomainPackage.CPU_LIST:
				return createCpuListFromString(eDataType, initialValue);
			case DomainPackage.CPU_WEIGHT:
				return createCpuWeightFromString(eDataType, initialValue);
			case DomainPackage.CPU_WEIGHT_OBJECT:
				return createCpuWeightObjectFromString(eDataType, initialValue);
			case DomainPackage.DISK_ACCESS_OBJECT:
				return createDiskAccessObjectFromString(eDataType, initialValue);
			case DomainPackage.DISK_BACKEND_TYPE_OBJECT:
				return createDiskBackendTypeObjectFromString(eDataType, initialValue);
			case DomainPackage.DISK_DEVICE_TYPE_OBJECT:
				return createDiskDeviceTypeObjectFromString(eDataType, initialValue);
			case DomainPackage.DISK_FORMAT_OBJECT:
				return createDiskFormatObjectFromString(eDataType, initialValue);
			case DomainPackage.DOMAIN_NAME:
				return createDomainNameFromString(eDataType, initialValue);
			case DomainPackage.DOMAIN_TYPE_OBJECT:
				return createDomainTypeObjectFromString(eDataType, initialValue);
			case DomainPackage.IDENTIFIER:
				return createIdentifierFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_NAME:
				return createInterfaceNameFromString(eDataType, initialValue);
			case DomainPackage.IP_ADDRESS_LIST:
				return createIpAddressListFromString(eDataType, initialValue);
			case DomainPackage.KEYMAP:
				return createKeymapFromString(eDataType, initialValue);
			case DomainPackage.LIFECYCLE_ACTION_OBJECT:
				return createLifecycleActionObjectFromString(eDataType, initialValue);
			case DomainPackage.MAC_ADDRESS:
				return createMacAddressFromString(eDataType, initialValue);
			case DomainPackage.MEMORY_MI_B:
				return createMemoryMiBFromString(eDataType, initialValue);
			case DomainPackage.MEMORY_MI_BOBJECT:
				return createMemoryMiBObjectFromString(eDataType, initialValue);
			case DomainPackage.MTU:
				return createMtuFromString(eDataType, initialValue);
			case DomainPackage.MTU_OBJECT:
				return createMtuObjectFromString(eDataType, initialValue);
			case DomainPackage.PATH:
				return createPathFromString(eDataType, initialValue);
			case DomainPackage.RATE:
				return createRateFromString(eDataType, initialValue);
			case DomainPackage.TAG:
				return createTagFromString(eDataType, initialValue);
			case DomainPackage.UUID:
				return createUuidFromString(eDataType, initialValue);
			case DomainPackage.VCPU_COUNT:
				return createVcpuCountFromString(eDataType, initialValue);
			case DomainPackage.VCPU_COUNT_OBJECT:
				return createVcpuCountObjectFromString(eDataType, initialValue);
			case DomainPackage.VDEV:
				return createVdevFromString(eDataType, initialValue);
			case DomainPackage.VIF_TYPE_OBJECT:
				return createVifTypeObjectFromString(eDataType, initialValue);
			case DomainPackage.VNC_DISPLAY_NUMBER:
				return createVncDisplayNumberFromString(eDataType, initialValue);
			case DomainPackage.VNC_DISPLAY_NUMBER_OBJECT:
				return createVncDisplayNumberObjectFromString(eDataType, initialValue);
			case DomainPackage.VNC_LISTEN:
				return createVncListenFromString(eDataType, initialValue);
			case DomainPackage.XL_KEY_NAME:
				return createXlKeyNameFromString(eDataType, initialValue);
			case DomainPackage.XL_PARAM_NAME:
				return createXlParamNameFromString(eDataType, initialValue);
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
			case DomainPackage.DISK_ACCESS:
				return convertDiskAccessToString(eDataType, instanceValue);
			case DomainPackage.DISK_BACKEND_TYPE:
				return convertDiskBackendTypeToString(eDataType, instanceValue);
			case DomainPackage.DISK_DEVICE_TYPE:
				return convertDiskDeviceTypeToString(eDataType, instanceValue);
			case DomainPackage.DISK_FORMAT:
				return convertDiskFormatToString(eDataType, instanceValue);
			case DomainPackage.DOMAIN_TYPE:
				return convertDomainTypeToString(eDataType, instanceValue);
			case DomainPackage.LIFECYCLE_ACTION:
				return convertLifecycleActionToString(eDataType, instanceValue);
			case DomainPackage.VIF_TYPE:
				return convertVifTypeToString(eDataType, instanceValue);
			case DomainPackage.BRIDGE_NAME:
				return convertBridgeNameToString(eDataType, instanceValue);
			case DomainPackage.CPU_CAP:
				return convertCpuCapToString(eDataType, instanceValue);
			case DomainPackage.CPU_CAP_OBJECT:
				return convertCpuCapObjectToString(eDataType, instanceValue);
			case DomainPackage.CPU_LIST:
				return convertCpuListToString(eDataType, instanceValue);
			case DomainPackage.CPU_WEIGHT:
				return convertCpuWeightToString(eDataType, instanceValue);
			case DomainPackage.CPU_WEIGHT_OBJECT:
				return convertCpuWeightObjectToString(eDataType, instanceValue);
			case DomainPackage.DISK_ACCESS_OBJECT:
				return convertDiskAccessObjectToString(eDataType, instanceValue);
			case DomainPackage.DISK_BACKEND_TYPE_OBJECT:
				return convertDiskBackendTypeObjectToString(eDataType, instanceValue);
			case DomainPackage.DISK_DEVICE_TYPE_OBJECT:
				return convertDiskDeviceTypeObjectToString(eDataType, instanceValue);
			case DomainPackage.DISK_FORMAT_OBJECT:
				return convertDiskFormatObjectToString(eDataType, instanceValue);
			case DomainPackage.DOMAIN_NAME:
				return convertDomainNameToString(eDataType, instanceValue);
			case DomainPackage.DOMAIN_TYPE_OBJECT:
				return convertDomainTypeObjectToString(eDataType, instanceValue);
			case DomainPackage.IDENTIFIER:
				return convertIdentifierToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_NAME:
				return convertInterfaceNameToString(eDataType, instanceValue);
			case DomainPackage.IP_ADDRESS_LIST:
				return convertIpAddressListToString(eDataType, instanceValue);
			case DomainPackage.KEYMAP:
				return convertKeymapToString(eDataType, instanceValue);
			case DomainPackage.LIFECYCLE_ACTION_OBJECT:
				return convertLifecycleActionObjectToString(eDataType, instanceValue);
			case DomainPackage.MAC_ADDRESS:
				return convertMacAddressToString(eDataType, instanceValue);
			case DomainPackage.MEMORY_MI_B:
				return convertMemoryMiBToString(eDataType, instanceValue);
			case DomainPackage.MEMORY_MI_BOBJECT:
				return convertMemoryMiBObjectToString(eDataType, instanceValue);
			case DomainPackage.MTU:
				return convertMtuToString(eDataType, instanceValue);
			case DomainPackage.MTU_OBJECT:
				return convertMtuObjectToString(eDataType, instanceValue);
			case DomainPackage.PATH:
				return convertPathToString(eDataType, instanceValue);
			case DomainPackage.RATE:
				return convertRateToString(eDataType, instanceValue);
			case DomainPackage.TAG:
				return convertTagToString(eDataType, instanceValue);
			case DomainPackage.UUID:
				return convertUuidToString(eDataType, instanceValue);
			case DomainPackage.VCPU_COUNT:
				return convertVcpuCountToString(eDataType, instanceValue);
			case DomainPackage.VCPU_COUNT_OBJECT:
				return convertVcpuCountObjectToString(eDataType, instanceValue);
			case DomainPackage.VDEV:
				return convertVdevToString(eDataType, instanceValue);
			case DomainPackage.VIF_TYPE_OBJECT:
				return convertVifTypeObjectToString(eDataType, instanceValue);
			case DomainPackage.VNC_DISPLAY_NUMBER:
				return convertVncDisplayNumberToString(eDataType, instanceValue);
			case DomainPackage.VNC_DISPLAY_NUMBER_OBJECT:
				return convertVncDisplayNumberObjectToString(eDataType, instanceValue);
			case DomainPackage.VNC_LISTEN:
				return convertVncListenToString(eDataType, instanceValue);
			case DomainPackage.XL_KEY_NAME:
				return convertXlKeyNameToString(eDataType, instanceValue);
			case DomainPackage.XL_PARAM_NAME:
				return convertXlParamNameToString(eDataType, instanceValue);
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
	public Disk createDisk() {
		DiskImpl disk = new DiskImpl();
		return disk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Display createDisplay() {
		DisplayImpl display = new DisplayImpl();
		return display;
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
	public Domain createDomain() {
		DomainImpl domain = new DomainImpl();
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vif createVif() {
		VifImpl vif = new VifImpl();
		return vif;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XlKey createXlKey() {
		XlKeyImpl xlKey = new XlKeyImpl();
		return xlKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XlParam createXlParam() {
		XlParamImpl xlParam = new XlParamImpl();
		return xlParam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskAccess createDiskAccessFromString(EDataType eDataType, String initialValue) {
		DiskAccess result = DiskAccess.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskAccessToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskBackendType createDiskBackendTypeFromString(EDataType eDataType, String initialValue) {
		DiskBackendType result = DiskBackendType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskBackendTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskDeviceType createDiskDeviceTypeFromString(EDataType eDataType, String initialValue) {
		DiskDeviceType result = DiskDeviceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskDeviceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskFormat createDiskFormatFromString(EDataType eDataType, String initialValue) {
		DiskFormat result = DiskFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainType createDomainTypeFromString(EDataType eDataType, String initialValue) {
		DomainType result = DomainType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDomainTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LifecycleAction createLifecycleActionFromString(EDataType eDataType, String initialValue) {
		LifecycleAction result = LifecycleAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLifecycleActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VifType createVifTypeFromString(EDataType eDataType, String initialValue) {
		VifType result = VifType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVifTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createBridgeNameFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBridgeNameToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createCpuCapFromString(EDataType eDataType, String initialValue) {
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCpuCapToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createCpuCapObjectFromString(EDataType eDataType, String initialValue) {
		return createCpuCapFromString(DomainPackage.Literals.CPU_CAP, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCpuCapObjectToString(EDataType eDataType, Object instanceValue) {
		return convertCpuCapToString(DomainPackage.Literals.CPU_CAP, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createCpuListFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCpuListToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createCpuWeightFromString(EDataType eDataType, String initialValue) {
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCpuWeightToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createCpuWeightObjectFromString(EDataType eDataType, String initialValue) {
		return createCpuWeightFromString(DomainPackage.Literals.CPU_WEIGHT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCpuWeightObjectToString(EDataType eDataType, Object instanceValue) {
		return convertCpuWeightToString(DomainPackage.Literals.CPU_WEIGHT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskAccess createDiskAccessObjectFromString(EDataType eDataType, String initialValue) {
		return createDiskAccessFromString(DomainPackage.Literals.DISK_ACCESS, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskAccessObjectToString(EDataType eDataType, Object instanceValue) {
		return convertDiskAccessToString(DomainPackage.Literals.DISK_ACCESS, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskBackendType createDiskBackendTypeObjectFromString(EDataType eDataType, String initialValue) {
		return createDiskBackendTypeFromString(DomainPackage.Literals.DISK_BACKEND_TYPE, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskBackendTypeObjectToString(EDataType eDataType, Object instanceValue) {
		return convertDiskBackendTypeToString(DomainPackage.Literals.DISK_BACKEND_TYPE, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskDeviceType createDiskDeviceTypeObjectFromString(EDataType eDataType, String initialValue) {
		return createDiskDeviceTypeFromString(DomainPackage.Literals.DISK_DEVICE_TYPE, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskDeviceTypeObjectToString(EDataType eDataType, Object instanceValue) {
		return convertDiskDeviceTypeToString(DomainPackage.Literals.DISK_DEVICE_TYPE, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskFormat createDiskFormatObjectFromString(EDataType eDataType, String initialValue) {
		return createDiskFormatFromString(DomainPackage.Literals.DISK_FORMAT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskFormatObjectToString(EDataType eDataType, Object instanceValue) {
		return convertDiskFormatToString(DomainPackage.Literals.DISK_FORMAT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createDomainNameFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDomainNameToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainType createDomainTypeObjectFromString(EDataType eDataType, String initialValue) {
		return createDomainTypeFromString(DomainPackage.Literals.DOMAIN_TYPE, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDomainTypeObjectToString(EDataType eDataType, Object instanceValue) {
		return convertDomainTypeToString(DomainPackage.Literals.DOMAIN_TYPE, instanceValue);
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
	public String createInterfaceNameFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceNameToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIpAddressListFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpAddressListToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createKeymapFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKeymapToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LifecycleAction createLifecycleActionObjectFromString(EDataType eDataType, String initialValue) {
		return createLifecycleActionFromString(DomainPackage.Literals.LIFECYCLE_ACTION, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLifecycleActionObjectToString(EDataType eDataType, Object instanceValue) {
		return convertLifecycleActionToString(DomainPackage.Literals.LIFECYCLE_ACTION, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createMacAddressFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMacAddressToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createMemoryMiBFromString(EDataType eDataType, String initialValue) {
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMemoryMiBToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createMemoryMiBObjectFromString(EDataType eDataType, String initialValue) {
		return createMemoryMiBFromString(DomainPackage.Literals.MEMORY_MI_B, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMemoryMiBObjectToString(EDataType eDataType, Object instanceValue) {
		return convertMemoryMiBToString(DomainPackage.Literals.MEMORY_MI_B, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createMtuFromString(EDataType eDataType, String initialValue) {
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMtuToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createMtuObjectFromString(EDataType eDataType, String initialValue) {
		return createMtuFromString(DomainPackage.Literals.MTU, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMtuObjectToString(EDataType eDataType, Object instanceValue) {
		return convertMtuToString(DomainPackage.Literals.MTU, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createPathFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPathToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createRateFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRateToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createTagFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTagToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createUuidFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUuidToString(EDataType eDataType, Object instanceValue) {
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
		return createVcpuCountFromString(DomainPackage.Literals.VCPU_COUNT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVcpuCountObjectToString(EDataType eDataType, Object instanceValue) {
		return convertVcpuCountToString(DomainPackage.Literals.VCPU_COUNT, instanceValue);
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
	public VifType createVifTypeObjectFromString(EDataType eDataType, String initialValue) {
		return createVifTypeFromString(DomainPackage.Literals.VIF_TYPE, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVifTypeObjectToString(EDataType eDataType, Object instanceValue) {
		return convertVifTypeToString(DomainPackage.Literals.VIF_TYPE, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createVncDisplayNumberFromString(EDataType eDataType, String initialValue) {
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVncDisplayNumberToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createVncDisplayNumberObjectFromString(EDataType eDataType, String initialValue) {
		return createVncDisplayNumberFromString(DomainPackage.Literals.VNC_DISPLAY_NUMBER, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVncDisplayNumberObjectToString(EDataType eDataType, Object instanceValue) {
		return convertVncDisplayNumberToString(DomainPackage.Literals.VNC_DISPLAY_NUMBER, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createVncListenFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVncListenToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createXlKeyNameFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertXlKeyNameToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createXlParamNameFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertXlParamNameToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainPackage getDomainPackage() {
		return (DomainPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DomainPackage getPackage() {
		return DomainPackage.eINSTANCE;
	}

} //DomainFactoryImpl
