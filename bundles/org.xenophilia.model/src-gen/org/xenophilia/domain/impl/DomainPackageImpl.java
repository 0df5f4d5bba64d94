/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain.impl;

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

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskBackendType;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.DiskFormat;
import org.xenophilia.domain.Display;
import org.xenophilia.domain.DocumentRoot;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.LifecycleAction;
import org.xenophilia.domain.Vif;
import org.xenophilia.domain.VifType;
import org.xenophilia.domain.XlKey;
import org.xenophilia.domain.XlParam;

import org.xenophilia.domain.util.DomainValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DomainPackageImpl extends EPackageImpl implements DomainPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass displayEClass = null;

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
	private EClass domainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vifEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass xlKeyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass xlParamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diskAccessEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diskBackendTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diskDeviceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diskFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum domainTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lifecycleActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vifTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType bridgeNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType cpuCapEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType cpuCapObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType cpuListEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType cpuWeightEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType cpuWeightObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType diskAccessObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType diskBackendTypeObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType diskDeviceTypeObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType diskFormatObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType domainNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType domainTypeObjectEDataType = null;

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
	private EDataType interfaceNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ipAddressListEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType keymapEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType lifecycleActionObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType macAddressEDataType = null;

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
	private EDataType mtuEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType mtuObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType pathEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType rateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType tagEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType uuidEDataType = null;

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
	private EDataType vifTypeObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType vncDisplayNumberEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType vncDisplayNumberObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType vncListenEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType xlKeyNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType xlParamNameEDataType = null;

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
	 * @see org.xenophilia.domain.DomainPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DomainPackageImpl() {
		super(eNS_URI, DomainFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link DomainPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DomainPackage init() {
		if (isInited) return (DomainPackage)EPackage.Registry.INSTANCE.getEPackage(DomainPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDomainPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DomainPackageImpl theDomainPackage = registeredDomainPackage instanceof DomainPackageImpl ? (DomainPackageImpl)registeredDomainPackage : new DomainPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		XMLTypePackage.eINSTANCE.eClass();
		EcorePackage.eINSTANCE.eClass();
		XMLTypePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theDomainPackage.createPackageContents();

		// Initialize created meta-data
		theDomainPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theDomainPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return DomainValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theDomainPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DomainPackage.eNS_URI, theDomainPackage);
		return theDomainPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisk() {
		return diskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDisk_XlParams() {
		return (EReference)diskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Access() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Backend() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Backendtype() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Devtype() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Format() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Script() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_StorageBackend() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Target() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Vdev() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Volume() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisplay() {
		return displayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisplay_Keymap() {
		return (EAttribute)displayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisplay_Sdl() {
		return (EAttribute)displayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisplay_Vnc() {
		return (EAttribute)displayEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisplay_Vncdisplay() {
		return (EAttribute)displayEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisplay_Vnclisten() {
		return (EAttribute)displayEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisplay_Vncpasswd() {
		return (EAttribute)displayEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisplay_Vncunused() {
		return (EAttribute)displayEClass.getEStructuralFeatures().get(6);
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
	public EReference getDocumentRoot_Domain() {
		return (EReference)documentRootEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomain() {
		return domainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Name() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Uuid() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Description() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Tags() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Type() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Memory() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Maxmem() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Vcpus() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Maxvcpus() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Cpus() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_CpusSoft() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_CpuWeight() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Cap() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Kernel() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Ramdisk() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Cmdline() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Root() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Extra() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Bootloader() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_BootloaderArgs() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Firmware() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_OnPoweroff() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_OnReboot() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_OnWatchdog() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_OnCrash() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_OnSoftReset() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Nomigrate() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Disks() {
		return (EReference)domainEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Vifs() {
		return (EReference)domainEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Display() {
		return (EReference)domainEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_XlKeys() {
		return (EReference)domainEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVif() {
		return vifEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVif_XlParams() {
		return (EReference)vifEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVif_Backend() {
		return (EAttribute)vifEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVif_Bridge() {
		return (EAttribute)vifEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVif_Ip() {
		return (EAttribute)vifEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVif_Mac() {
		return (EAttribute)vifEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVif_Model() {
		return (EAttribute)vifEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVif_Mtu() {
		return (EAttribute)vifEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVif_Network() {
		return (EAttribute)vifEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVif_Rate() {
		return (EAttribute)vifEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVif_Script() {
		return (EAttribute)vifEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVif_Type() {
		return (EAttribute)vifEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVif_Vifname() {
		return (EAttribute)vifEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getXlKey() {
		return xlKeyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getXlKey_Value() {
		return (EAttribute)xlKeyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getXlKey_Append() {
		return (EAttribute)xlKeyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getXlKey_Key() {
		return (EAttribute)xlKeyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getXlParam() {
		return xlParamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getXlParam_Key() {
		return (EAttribute)xlParamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getXlParam_Value() {
		return (EAttribute)xlParamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiskAccess() {
		return diskAccessEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiskBackendType() {
		return diskBackendTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiskDeviceType() {
		return diskDeviceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiskFormat() {
		return diskFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDomainType() {
		return domainTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLifecycleAction() {
		return lifecycleActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVifType() {
		return vifTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getBridgeName() {
		return bridgeNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCpuCap() {
		return cpuCapEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCpuCapObject() {
		return cpuCapObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCpuList() {
		return cpuListEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCpuWeight() {
		return cpuWeightEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCpuWeightObject() {
		return cpuWeightObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDiskAccessObject() {
		return diskAccessObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDiskBackendTypeObject() {
		return diskBackendTypeObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDiskDeviceTypeObject() {
		return diskDeviceTypeObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDiskFormatObject() {
		return diskFormatObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDomainName() {
		return domainNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDomainTypeObject() {
		return domainTypeObjectEDataType;
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
	public EDataType getInterfaceName() {
		return interfaceNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIpAddressList() {
		return ipAddressListEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getKeymap() {
		return keymapEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLifecycleActionObject() {
		return lifecycleActionObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMacAddress() {
		return macAddressEDataType;
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
	public EDataType getMtu() {
		return mtuEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMtuObject() {
		return mtuObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPath() {
		return pathEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getRate() {
		return rateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getTag() {
		return tagEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUuid() {
		return uuidEDataType;
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
	public EDataType getVifTypeObject() {
		return vifTypeObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVncDisplayNumber() {
		return vncDisplayNumberEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVncDisplayNumberObject() {
		return vncDisplayNumberObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVncListen() {
		return vncListenEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getXlKeyName() {
		return xlKeyNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getXlParamName() {
		return xlParamNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainFactory getDomainFactory() {
		return (DomainFactory)getEFactoryInstance();
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
		diskEClass = createEClass(DISK);
		createEReference(diskEClass, DISK__XL_PARAMS);
		createEAttribute(diskEClass, DISK__ACCESS);
		createEAttribute(diskEClass, DISK__BACKEND);
		createEAttribute(diskEClass, DISK__BACKENDTYPE);
		createEAttribute(diskEClass, DISK__DEVTYPE);
		createEAttribute(diskEClass, DISK__FORMAT);
		createEAttribute(diskEClass, DISK__SCRIPT);
		createEAttribute(diskEClass, DISK__STORAGE_BACKEND);
		createEAttribute(diskEClass, DISK__TARGET);
		createEAttribute(diskEClass, DISK__VDEV);
		createEAttribute(diskEClass, DISK__VOLUME);

		displayEClass = createEClass(DISPLAY);
		createEAttribute(displayEClass, DISPLAY__KEYMAP);
		createEAttribute(displayEClass, DISPLAY__SDL);
		createEAttribute(displayEClass, DISPLAY__VNC);
		createEAttribute(displayEClass, DISPLAY__VNCDISPLAY);
		createEAttribute(displayEClass, DISPLAY__VNCLISTEN);
		createEAttribute(displayEClass, DISPLAY__VNCPASSWD);
		createEAttribute(displayEClass, DISPLAY__VNCUNUSED);

		documentRootEClass = createEClass(DOCUMENT_ROOT);
		createEAttribute(documentRootEClass, DOCUMENT_ROOT__MIXED);
		createEReference(documentRootEClass, DOCUMENT_ROOT__XMLNS_PREFIX_MAP);
		createEReference(documentRootEClass, DOCUMENT_ROOT__XSI_SCHEMA_LOCATION);
		createEReference(documentRootEClass, DOCUMENT_ROOT__DOMAIN);

		domainEClass = createEClass(DOMAIN);
		createEAttribute(domainEClass, DOMAIN__NAME);
		createEAttribute(domainEClass, DOMAIN__UUID);
		createEAttribute(domainEClass, DOMAIN__DESCRIPTION);
		createEAttribute(domainEClass, DOMAIN__TAGS);
		createEAttribute(domainEClass, DOMAIN__TYPE);
		createEAttribute(domainEClass, DOMAIN__MEMORY);
		createEAttribute(domainEClass, DOMAIN__MAXMEM);
		createEAttribute(domainEClass, DOMAIN__VCPUS);
		createEAttribute(domainEClass, DOMAIN__MAXVCPUS);
		createEAttribute(domainEClass, DOMAIN__CPUS);
		createEAttribute(domainEClass, DOMAIN__CPUS_SOFT);
		createEAttribute(domainEClass, DOMAIN__CPU_WEIGHT);
		createEAttribute(domainEClass, DOMAIN__CAP);
		createEAttribute(domainEClass, DOMAIN__KERNEL);
		createEAttribute(domainEClass, DOMAIN__RAMDISK);
		createEAttribute(domainEClass, DOMAIN__CMDLINE);
		createEAttribute(domainEClass, DOMAIN__ROOT);
		createEAttribute(domainEClass, DOMAIN__EXTRA);
		createEAttribute(domainEClass, DOMAIN__BOOTLOADER);
		createEAttribute(domainEClass, DOMAIN__BOOTLOADER_ARGS);
		createEAttribute(domainEClass, DOMAIN__FIRMWARE);
		createEAttribute(domainEClass, DOMAIN__ON_POWEROFF);
		createEAttribute(domainEClass, DOMAIN__ON_REBOOT);
		createEAttribute(domainEClass, DOMAIN__ON_WATCHDOG);
		createEAttribute(domainEClass, DOMAIN__ON_CRASH);
		createEAttribute(domainEClass, DOMAIN__ON_SOFT_RESET);
		createEAttribute(domainEClass, DOMAIN__NOMIGRATE);
		createEReference(domainEClass, DOMAIN__DISKS);
		createEReference(domainEClass, DOMAIN__VIFS);
		createEReference(domainEClass, DOMAIN__DISPLAY);
		createEReference(domainEClass, DOMAIN__XL_KEYS);

		vifEClass = createEClass(VIF);
		createEReference(vifEClass, VIF__XL_PARAMS);
		createEAttribute(vifEClass, VIF__BACKEND);
		createEAttribute(vifEClass, VIF__BRIDGE);
		createEAttribute(vifEClass, VIF__IP);
		createEAttribute(vifEClass, VIF__MAC);
		createEAttribute(vifEClass, VIF__MODEL);
		createEAttribute(vifEClass, VIF__MTU);
		createEAttribute(vifEClass, VIF__NETWORK);
		createEAttribute(vifEClass, VIF__RATE);
		createEAttribute(vifEClass, VIF__SCRIPT);
		createEAttribute(vifEClass, VIF__TYPE);
		createEAttribute(vifEClass, VIF__VIFNAME);

		xlKeyEClass = createEClass(XL_KEY);
		createEAttribute(xlKeyEClass, XL_KEY__VALUE);
		createEAttribute(xlKeyEClass, XL_KEY__APPEND);
		createEAttribute(xlKeyEClass, XL_KEY__KEY);

		xlParamEClass = createEClass(XL_PARAM);
		createEAttribute(xlParamEClass, XL_PARAM__KEY);
		createEAttribute(xlParamEClass, XL_PARAM__VALUE);

		// Create enums
		diskAccessEEnum = createEEnum(DISK_ACCESS);
		diskBackendTypeEEnum = createEEnum(DISK_BACKEND_TYPE);
		diskDeviceTypeEEnum = createEEnum(DISK_DEVICE_TYPE);
		diskFormatEEnum = createEEnum(DISK_FORMAT);
		domainTypeEEnum = createEEnum(DOMAIN_TYPE);
		lifecycleActionEEnum = createEEnum(LIFECYCLE_ACTION);
		vifTypeEEnum = createEEnum(VIF_TYPE);

		// Create data types
		bridgeNameEDataType = createEDataType(BRIDGE_NAME);
		cpuCapEDataType = createEDataType(CPU_CAP);
		cpuCapObjectEDataType = createEDataType(CPU_CAP_OBJECT);
		cpuListEDataType = createEDataType(CPU_LIST);
		cpuWeightEDataType = createEDataType(CPU_WEIGHT);
		cpuWeightObjectEDataType = createEDataType(CPU_WEIGHT_OBJECT);
		diskAccessObjectEDataType = createEDataType(DISK_ACCESS_OBJECT);
		diskBackendTypeObjectEDataType = createEDataType(DISK_BACKEND_TYPE_OBJECT);
		diskDeviceTypeObjectEDataType = createEDataType(DISK_DEVICE_TYPE_OBJECT);
		diskFormatObjectEDataType = createEDataType(DISK_FORMAT_OBJECT);
		domainNameEDataType = createEDataType(DOMAIN_NAME);
		domainTypeObjectEDataType = createEDataType(DOMAIN_TYPE_OBJECT);
		identifierEDataType = createEDataType(IDENTIFIER);
		interfaceNameEDataType = createEDataType(INTERFACE_NAME);
		ipAddressListEDataType = createEDataType(IP_ADDRESS_LIST);
		keymapEDataType = createEDataType(KEYMAP);
		lifecycleActionObjectEDataType = createEDataType(LIFECYCLE_ACTION_OBJECT);
		macAddressEDataType = createEDataType(MAC_ADDRESS);
		memoryMiBEDataType = createEDataType(MEMORY_MI_B);
		memoryMiBObjectEDataType = createEDataType(MEMORY_MI_BOBJECT);
		mtuEDataType = createEDataType(MTU);
		mtuObjectEDataType = createEDataType(MTU_OBJECT);
		pathEDataType = createEDataType(PATH);
		rateEDataType = createEDataType(RATE);
		tagEDataType = createEDataType(TAG);
		uuidEDataType = createEDataType(UUID);
		vcpuCountEDataType = createEDataType(VCPU_COUNT);
		vcpuCountObjectEDataType = createEDataType(VCPU_COUNT_OBJECT);
		vdevEDataType = createEDataType(VDEV);
		vifTypeObjectEDataType = createEDataType(VIF_TYPE_OBJECT);
		vncDisplayNumberEDataType = createEDataType(VNC_DISPLAY_NUMBER);
		vncDisplayNumberObjectEDataType = createEDataType(VNC_DISPLAY_NUMBER_OBJECT);
		vncListenEDataType = createEDataType(VNC_LISTEN);
		xlKeyNameEDataType = createEDataType(XL_KEY_NAME);
		xlParamNameEDataType = createEDataType(XL_PARAM_NAME);
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
		initEClass(diskEClass, Disk.class, "Disk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDisk_XlParams(), this.getXlParam(), null, "xlParams", null, 0, -1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Access(), this.getDiskAccess(), "access", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Backend(), this.getDomainName(), "backend", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Backendtype(), this.getDiskBackendType(), "backendtype", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Devtype(), this.getDiskDeviceType(), "devtype", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Format(), this.getDiskFormat(), "format", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Script(), this.getPath(), "script", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_StorageBackend(), this.getIdentifier(), "storageBackend", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Target(), theXMLTypePackage_1.getString(), "target", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Vdev(), this.getVdev(), "vdev", null, 1, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Volume(), theXMLTypePackage_1.getString(), "volume", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(displayEClass, Display.class, "Display", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDisplay_Keymap(), this.getKeymap(), "keymap", null, 0, 1, Display.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisplay_Sdl(), theXMLTypePackage_1.getBoolean(), "sdl", null, 0, 1, Display.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisplay_Vnc(), theXMLTypePackage_1.getBoolean(), "vnc", null, 0, 1, Display.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisplay_Vncdisplay(), this.getVncDisplayNumber(), "vncdisplay", null, 0, 1, Display.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisplay_Vnclisten(), this.getVncListen(), "vnclisten", null, 0, 1, Display.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisplay_Vncpasswd(), theXMLTypePackage_1.getString(), "vncpasswd", null, 0, 1, Display.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisplay_Vncunused(), theXMLTypePackage_1.getBoolean(), "vncunused", null, 0, 1, Display.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(documentRootEClass, DocumentRoot.class, "DocumentRoot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocumentRoot_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, null, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_XMLNSPrefixMap(), ecorePackage.getEStringToStringMapEntry(), null, "xMLNSPrefixMap", null, 0, -1, null, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_XSISchemaLocation(), ecorePackage.getEStringToStringMapEntry(), null, "xSISchemaLocation", null, 0, -1, null, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_Domain(), this.getDomain(), null, "domain", null, 0, -2, null, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(domainEClass, Domain.class, "Domain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDomain_Name(), this.getDomainName(), "name", null, 1, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Uuid(), this.getUuid(), "uuid", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Description(), theXMLTypePackage_1.getString(), "description", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Tags(), this.getTag(), "tags", null, 0, -1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Type(), this.getDomainType(), "type", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Memory(), this.getMemoryMiB(), "memory", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Maxmem(), this.getMemoryMiB(), "maxmem", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Vcpus(), this.getVcpuCount(), "vcpus", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Maxvcpus(), this.getVcpuCount(), "maxvcpus", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Cpus(), this.getCpuList(), "cpus", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_CpusSoft(), this.getCpuList(), "cpusSoft", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_CpuWeight(), this.getCpuWeight(), "cpuWeight", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Cap(), this.getCpuCap(), "cap", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Kernel(), this.getPath(), "kernel", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Ramdisk(), this.getPath(), "ramdisk", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Cmdline(), theXMLTypePackage_1.getString(), "cmdline", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Root(), theXMLTypePackage_1.getString(), "root", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Extra(), theXMLTypePackage_1.getString(), "extra", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Bootloader(), this.getPath(), "bootloader", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_BootloaderArgs(), theXMLTypePackage_1.getString(), "bootloaderArgs", null, 0, -1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Firmware(), theXMLTypePackage_1.getString(), "firmware", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_OnPoweroff(), this.getLifecycleAction(), "onPoweroff", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_OnReboot(), this.getLifecycleAction(), "onReboot", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_OnWatchdog(), this.getLifecycleAction(), "onWatchdog", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_OnCrash(), this.getLifecycleAction(), "onCrash", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_OnSoftReset(), this.getLifecycleAction(), "onSoftReset", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Nomigrate(), theXMLTypePackage_1.getBoolean(), "nomigrate", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_Disks(), this.getDisk(), null, "disks", null, 0, -1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_Vifs(), this.getVif(), null, "vifs", null, 0, -1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_Display(), this.getDisplay(), null, "display", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_XlKeys(), this.getXlKey(), null, "xlKeys", null, 0, -1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vifEClass, Vif.class, "Vif", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVif_XlParams(), this.getXlParam(), null, "xlParams", null, 0, -1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVif_Backend(), this.getDomainName(), "backend", null, 0, 1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVif_Bridge(), this.getBridgeName(), "bridge", null, 0, 1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVif_Ip(), this.getIpAddressList(), "ip", null, 0, 1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVif_Mac(), this.getMacAddress(), "mac", null, 0, 1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVif_Model(), this.getIdentifier(), "model", null, 0, 1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVif_Mtu(), this.getMtu(), "mtu", null, 0, 1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVif_Network(), this.getIdentifier(), "network", null, 0, 1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVif_Rate(), this.getRate(), "rate", null, 0, 1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVif_Script(), this.getPath(), "script", null, 0, 1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVif_Type(), this.getVifType(), "type", null, 0, 1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVif_Vifname(), this.getInterfaceName(), "vifname", null, 0, 1, Vif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(xlKeyEClass, XlKey.class, "XlKey", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getXlKey_Value(), theXMLTypePackage_1.getString(), "value", null, 0, 1, XlKey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getXlKey_Append(), theXMLTypePackage_1.getBoolean(), "append", null, 0, 1, XlKey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getXlKey_Key(), this.getXlKeyName(), "key", null, 1, 1, XlKey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(xlParamEClass, XlParam.class, "XlParam", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getXlParam_Key(), this.getXlParamName(), "key", null, 1, 1, XlParam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getXlParam_Value(), theXMLTypePackage_1.getString(), "value", null, 0, 1, XlParam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(diskAccessEEnum, DiskAccess.class, "DiskAccess");
		addEEnumLiteral(diskAccessEEnum, DiskAccess.RO);
		addEEnumLiteral(diskAccessEEnum, DiskAccess.RW);

		initEEnum(diskBackendTypeEEnum, DiskBackendType.class, "DiskBackendType");
		addEEnumLiteral(diskBackendTypeEEnum, DiskBackendType.PHY);
		addEEnumLiteral(diskBackendTypeEEnum, DiskBackendType.QDISK);
		addEEnumLiteral(diskBackendTypeEEnum, DiskBackendType.TAP);
		addEEnumLiteral(diskBackendTypeEEnum, DiskBackendType.STANDALONE);

		initEEnum(diskDeviceTypeEEnum, DiskDeviceType.class, "DiskDeviceType");
		addEEnumLiteral(diskDeviceTypeEEnum, DiskDeviceType.DISK);
		addEEnumLiteral(diskDeviceTypeEEnum, DiskDeviceType.CDROM);

		initEEnum(diskFormatEEnum, DiskFormat.class, "DiskFormat");
		addEEnumLiteral(diskFormatEEnum, DiskFormat.RAW);
		addEEnumLiteral(diskFormatEEnum, DiskFormat.QCOW);
		addEEnumLiteral(diskFormatEEnum, DiskFormat.QCOW2);
		addEEnumLiteral(diskFormatEEnum, DiskFormat.VHD);
		addEEnumLiteral(diskFormatEEnum, DiskFormat.QED);

		initEEnum(domainTypeEEnum, DomainType.class, "DomainType");
		addEEnumLiteral(domainTypeEEnum, DomainType.PV);
		addEEnumLiteral(domainTypeEEnum, DomainType.PVH);
		addEEnumLiteral(domainTypeEEnum, DomainType.HVM);

		initEEnum(lifecycleActionEEnum, LifecycleAction.class, "LifecycleAction");
		addEEnumLiteral(lifecycleActionEEnum, LifecycleAction.DESTROY);
		addEEnumLiteral(lifecycleActionEEnum, LifecycleAction.RESTART);
		addEEnumLiteral(lifecycleActionEEnum, LifecycleAction.RENAME_RESTART);
		addEEnumLiteral(lifecycleActionEEnum, LifecycleAction.PRESERVE);
		addEEnumLiteral(lifecycleActionEEnum, LifecycleAction.COREDUMP_DESTROY);
		addEEnumLiteral(lifecycleActionEEnum, LifecycleAction.COREDUMP_RESTART);
		addEEnumLiteral(lifecycleActionEEnum, LifecycleAction.SOFT_RESET);

		initEEnum(vifTypeEEnum, VifType.class, "VifType");
		addEEnumLiteral(vifTypeEEnum, VifType.IOEMU);
		addEEnumLiteral(vifTypeEEnum, VifType.VIF);

		// Initialize data types
		initEDataType(bridgeNameEDataType, String.class, "BridgeName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(cpuCapEDataType, int.class, "CpuCap", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(cpuCapObjectEDataType, Integer.class, "CpuCapObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(cpuListEDataType, String.class, "CpuList", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(cpuWeightEDataType, int.class, "CpuWeight", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(cpuWeightObjectEDataType, Integer.class, "CpuWeightObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(diskAccessObjectEDataType, DiskAccess.class, "DiskAccessObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(diskBackendTypeObjectEDataType, DiskBackendType.class, "DiskBackendTypeObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(diskDeviceTypeObjectEDataType, DiskDeviceType.class, "DiskDeviceTypeObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(diskFormatObjectEDataType, DiskFormat.class, "DiskFormatObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(domainNameEDataType, String.class, "DomainName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(domainTypeObjectEDataType, DomainType.class, "DomainTypeObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(identifierEDataType, String.class, "Identifier", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(interfaceNameEDataType, String.class, "InterfaceName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ipAddressListEDataType, String.class, "IpAddressList", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(keymapEDataType, String.class, "Keymap", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(lifecycleActionObjectEDataType, LifecycleAction.class, "LifecycleActionObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(macAddressEDataType, String.class, "MacAddress", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(memoryMiBEDataType, int.class, "MemoryMiB", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(memoryMiBObjectEDataType, Integer.class, "MemoryMiBObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(mtuEDataType, int.class, "Mtu", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(mtuObjectEDataType, Integer.class, "MtuObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(pathEDataType, String.class, "Path", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(rateEDataType, String.class, "Rate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(tagEDataType, String.class, "Tag", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(uuidEDataType, String.class, "Uuid", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vcpuCountEDataType, int.class, "VcpuCount", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vcpuCountObjectEDataType, Integer.class, "VcpuCountObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vdevEDataType, String.class, "Vdev", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vifTypeObjectEDataType, VifType.class, "VifTypeObject", IS_SERIALIZABLE, IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vncDisplayNumberEDataType, int.class, "VncDisplayNumber", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vncDisplayNumberObjectEDataType, Integer.class, "VncDisplayNumberObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vncListenEDataType, String.class, "VncListen", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(xlKeyNameEDataType, String.class, "XlKeyName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(xlParamNameEDataType, String.class, "XlParamName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

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
			   "documentation", "Domain definition of Xenophilia: one Xen guest, the xl.cfg(5) settings an administrator sets, plus Xenophilia\'s own description, tags, storage-backend volume references and network references. Settings the model does not know survive as raw xl.cfg text in xlKey elements."
		   });
		addAnnotation
		  (bridgeNameEDataType,
		   source,
		   new String[] {
			   "documentation", "The bridge a vif joins: a Linux interface name (1 to 15 characters, no whitespace, slash or colon), for Open vSwitch optionally followed by a VLAN tag (ovsbr0.42, part of the name) or trunked VLANs as colon-separated numbers (ovsbr0:42:43), as xl-network-configuration(5) describes for vif-openvswitch."
		   });
		addAnnotation
		  (cpuCapEDataType,
		   source,
		   new String[] {
			   "documentation", "A CPU cap in percent of one physical CPU, 0 (no cap) to 65535."
		   });
		addAnnotation
		  (cpuListEDataType,
		   source,
		   new String[] {
			   "documentation", "A host CPU list (xl.cfg CPULIST): comma-separated items, each \"all\", a CPU number, a range N-M, \"node:N\", \"nodes:N-M\", optionally prefixed with ^ to exclude, e.g. \"0-3,5,^1\" or \"all,^node:1\"."
		   });
		addAnnotation
		  (cpuWeightEDataType,
		   source,
		   new String[] {
			   "documentation", "A credit/credit2 scheduler weight, 1 to 65535."
		   });
		addAnnotation
		  (diskEClass,
		   source,
		   new String[] {
			   "documentation", "A virtual block device: one DISKSPEC of the xl.cfg disk list (xl-disk-configuration(5)). The image or device is either given directly (target) or resolved by a Xenophilia storage backend (storageBackend + volume)."
		   });
		addAnnotation
		  (getDisk_XlParams(),
		   source,
		   new String[] {
			   "documentation", "A DISKSPEC keyword or flag the model does not know (e.g. discard, direct-io-safe, specification=virtio), kept so it is written back in the xl.cfg disk entry."
		   });
		addAnnotation
		  (getDisk_Access(),
		   source,
		   new String[] {
			   "documentation", "DISKSPEC access: ro (read-only) or rw (read/write); xl also accepts r and w. xl default rw, or ro for a CD-ROM."
		   });
		addAnnotation
		  (getDisk_Backend(),
		   source,
		   new String[] {
			   "documentation", "DISKSPEC backend: name of the driver domain serving this disk (xl default dom0)."
		   });
		addAnnotation
		  (getDisk_Backendtype(),
		   source,
		   new String[] {
			   "documentation", "DISKSPEC backendtype: the backend implementation phy, qdisk, tap or standalone. Normally left out so libxl picks one."
		   });
		addAnnotation
		  (getDisk_Devtype(),
		   source,
		   new String[] {
			   "documentation", "DISKSPEC devtype: disk (a hard disk, the default when absent) or cdrom. xl.cfg only knows devtype=cdrom (or the cdrom flag); disk is written as no devtype."
		   });
		addAnnotation
		  (getDisk_Format(),
		   source,
		   new String[] {
			   "documentation", "DISKSPEC format: image format raw, qcow, qcow2, vhd or qed (xl default raw)."
		   });
		addAnnotation
		  (getDisk_Script(),
		   source,
		   new String[] {
			   "documentation", "DISKSPEC script: block script that interprets target (e.g. block-iscsi, or a path)."
		   });
		addAnnotation
		  (getDisk_StorageBackend(),
		   source,
		   new String[] {
			   "documentation", "Xenophilia: the type of the storage repository (SR) that holds this disk\'s volume, i.e. the name of its storage backend (e.g. \"file\", \"lvm\"). Set together with volume. Not an xl.cfg key."
		   });
		addAnnotation
		  (getDisk_Target(),
		   source,
		   new String[] {
			   "documentation", "DISKSPEC target: dom0 path of the block device or image file (or what the disk script interprets). May be omitted for an empty CD-ROM drive or when storageBackend and volume are set."
		   });
		addAnnotation
		  (getDisk_Vdev(),
		   source,
		   new String[] {
			   "documentation", "DISKSPEC vdev: the device name the guest sees (xen-vbd-interface(7)), e.g. xvda, hdc, sdb, xvda1. Mandatory; unique within a domain."
		   });
		addAnnotation
		  (getDisk_Volume(),
		   source,
		   new String[] {
			   "documentation", "Xenophilia: the volume, as \"SR-uuid/volume-name\" (the SR\'s uuid, a slash, the volume\'s name in it, which is its VDI\'s name_label), e.g. \"0f2b8a52-6c1e-4c39-9d0b-3b5d0f4a2a11/web01-root\". The definition keeps the reference; the Agent resolves it through the SR\'s backend to target, format and backend type each time the disk is given to the domain (a start, a hot-plug). Not an xl.cfg key."
		   });
		addAnnotation
		  (diskAccessEEnum,
		   source,
		   new String[] {
			   "documentation", "Disk access mode (DISKSPEC access): ro read-only, rw read/write."
		   });
		addAnnotation
		  (diskBackendTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "Block backend implementation (DISKSPEC backendtype): phy (kernel blkback, raw only), qdisk (QEMU), tap (blktap tapback), standalone (raw only, virtio specification only)."
		   });
		addAnnotation
		  (diskDeviceTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "Kind of virtual block device (DISKSPEC devtype): disk or cdrom."
		   });
		addAnnotation
		  (diskFormatEEnum,
		   source,
		   new String[] {
			   "documentation", "Disk image format (DISKSPEC format)."
		   });
		addAnnotation
		  (displayEClass,
		   source,
		   new String[] {
			   "documentation", "The guest\'s graphical console (VNC and/or SDL). For PV/PVH guests it is written as the xl.cfg vfb entry, for HVM guests as the top-level keys vnc, vnclisten, vncdisplay, vncpasswd, vncunused, sdl, keymap."
		   });
		addAnnotation
		  (getDisplay_Keymap(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg keymap: keyboard layout of the display, a QEMU keymap name such as en-us (default), de, fr-ch."
		   });
		addAnnotation
		  (getDisplay_Sdl(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg sdl: show the display in an X window on dom0 via SDL (xl default false)."
		   });
		addAnnotation
		  (getDisplay_Vnc(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg vnc: serve the display over VNC; enables the other vnc settings (xl default true for a vfb)."
		   });
		addAnnotation
		  (getDisplay_Vncdisplay(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg vncdisplay: VNC display number; the TCP port is 5900 + the number."
		   });
		addAnnotation
		  (getDisplay_Vnclisten(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg vnclisten: ADDRESS[:DISPLAYNUM] the VNC server listens on, e.g. 127.0.0.1 or 0.0.0.0:2. Do not combine a display number here with vncdisplay."
		   });
		addAnnotation
		  (getDisplay_Vncpasswd(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg vncpasswd: password of the VNC server; an empty string disables authentication."
		   });
		addAnnotation
		  (getDisplay_Vncunused(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg vncunused: let the VNC server pick a free port (find it with xl vncviewer)."
		   });
		addAnnotation
		  (getDocumentRoot_Domain(),
		   source,
		   new String[] {
			   "documentation", "The root element of a domain definition document: exactly one Xen guest."
		   });
		addAnnotation
		  (domainEClass,
		   source,
		   new String[] {
			   "documentation", "One Xen guest (domain) as an administrator defines it; corresponds to one xl.cfg(5) file."
		   });
		addAnnotation
		  (getDomain_Name(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg name: the domain\'s name, unique among the domains of a host. Mandatory."
		   });
		addAnnotation
		  (getDomain_Uuid(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg uuid: the domain\'s UUID (8-4-4-4-12 hexadecimal digits). When absent, xl generates a fresh one at every creation."
		   });
		addAnnotation
		  (getDomain_Description(),
		   source,
		   new String[] {
			   "documentation", "Free text for administrators (purpose, owner, notes). Xenophilia only; not an xl.cfg key."
		   });
		addAnnotation
		  (getDomain_Tags(),
		   source,
		   new String[] {
			   "documentation", "A label used to group and filter domains in the Workbench (e.g. \"web\", \"prod\"). Repeat the element for several tags. Xenophilia only; not an xl.cfg key."
		   });
		addAnnotation
		  (getDomain_Type(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg type: the guest type, pv, pvh or hvm. When absent xl uses pv on x86 (pvh on Arm). The deprecated xl.cfg builder=\"hvm\" / builder=\"generic\" maps to hvm / pv."
		   });
		addAnnotation
		  (getDomain_Memory(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg memory: RAM the guest starts with, in MiB (at least 1)."
		   });
		addAnnotation
		  (getDomain_Maxmem(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg maxmem: the most memory the guest can ever balloon up to, in MiB; must not be less than memory. A guest with maxmem above memory starts \"pre-ballooned\" and needs a balloon driver."
		   });
		addAnnotation
		  (getDomain_Vcpus(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg vcpus: number of virtual CPUs online at start (at least 1)."
		   });
		addAnnotation
		  (getDomain_Maxvcpus(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg maxvcpus: the most virtual CPUs the guest can bring online; must not be less than vcpus."
		   });
		addAnnotation
		  (getDomain_Cpus(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg cpus (string form): hard affinity (pinning) of all vCPUs to host CPUs, e.g. \"all\", \"0-3,5,^1\", \"nodes:0-1,^node:1\". The per-vCPU list form (cpus = [\"2\", \"3-8,^5\"]) is kept as an xlKey."
		   });
		addAnnotation
		  (getDomain_CpusSoft(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg cpus_soft (string form): soft affinity of all vCPUs (host CPUs they prefer), same syntax as cpus."
		   });
		addAnnotation
		  (getDomain_CpuWeight(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg cpu_weight: scheduler weight, 1 to 65535 (xl default 256); a domain with weight 512 gets twice the CPU of one with 256 on a contended host."
		   });
		addAnnotation
		  (getDomain_Cap(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg cap: upper limit of CPU use in percent of one physical CPU (100 = one CPU, 400 = four CPUs); 0 means no cap."
		   });
		addAnnotation
		  (getDomain_Kernel(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg kernel: path (in dom0) of the kernel image for direct kernel boot."
		   });
		addAnnotation
		  (getDomain_Ramdisk(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg ramdisk: path (in dom0) of the initial ramdisk loaded with the kernel."
		   });
		addAnnotation
		  (getDomain_Cmdline(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg cmdline: the complete kernel command line. When set, root and extra are ignored by xl."
		   });
		addAnnotation
		  (getDomain_Root(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg root: appended to the kernel command line as \"root=VALUE\" (e.g. /dev/xvda1)."
		   });
		addAnnotation
		  (getDomain_Extra(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg extra: text appended to the kernel command line (e.g. \"console=hvc0 quiet\"). This is the kernel-command-line key, not a container for unknown keys (those are xlKey elements)."
		   });
		addAnnotation
		  (getDomain_Bootloader(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg bootloader: program run in dom0 to find the kernel and ramdisk in the guest\'s disk, normally pygrub. PV (and PVH) guests only."
		   });
		addAnnotation
		  (getDomain_BootloaderArgs(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg bootloader_args (list form): one argument appended to the bootloader\'s arguments; repeat the element for each argument, in order."
		   });
		addAnnotation
		  (getDomain_Firmware(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg firmware: pvgrub32 or pvgrub64 for PV guests; bios, uefi, seabios, rombios or ovmf for HVM guests; or the dom0 path of a firmware image."
		   });
		addAnnotation
		  (getDomain_OnPoweroff(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg on_poweroff: what xl does when the guest shuts itself down (xl default destroy)."
		   });
		addAnnotation
		  (getDomain_OnReboot(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg on_reboot: what xl does when the guest asks to reboot (xl default restart)."
		   });
		addAnnotation
		  (getDomain_OnWatchdog(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg on_watchdog: what xl does when the guest\'s Xen watchdog expires (xl default destroy)."
		   });
		addAnnotation
		  (getDomain_OnCrash(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg on_crash: what xl does when the guest crashes (xl default destroy)."
		   });
		addAnnotation
		  (getDomain_OnSoftReset(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg on_soft_reset: what xl does when the guest performs a soft reset, e.g. kexec (xl default soft-reset)."
		   });
		addAnnotation
		  (getDomain_Nomigrate(),
		   source,
		   new String[] {
			   "documentation", "xl.cfg nomigrate: true forbids migrating this domain (and enables features incompatible with migration, such as an invariant TSC)."
		   });
		addAnnotation
		  (getDomain_Disks(),
		   source,
		   new String[] {
			   "documentation", "One entry of the xl.cfg disk list (see xl-disk-configuration(5)), in order."
		   });
		addAnnotation
		  (getDomain_Vifs(),
		   source,
		   new String[] {
			   "documentation", "One entry of the xl.cfg vif list (see xl-network-configuration(5)), in order; the position is the device\'s DEVID."
		   });
		addAnnotation
		  (getDomain_Display(),
		   source,
		   new String[] {
			   "documentation", "The guest\'s graphical console: the xl.cfg vfb entry of a PV/PVH guest, or the top-level vnc, sdl and keymap keys of an HVM guest (emulated VGA)."
		   });
		addAnnotation
		  (getDomain_XlKeys(),
		   source,
		   new String[] {
			   "documentation", "An xl.cfg assignment the model does not know (e.g. pci, usbctrl, viridian), kept verbatim so an imported file writes back unchanged. In file order."
		   });
		addAnnotation
		  (domainNameEDataType,
		   source,
		   new String[] {
			   "documentation", "A domain name: 1 to 64 characters, letters, digits and _ . + : @ -, not starting with a punctuation character (names are used in dom0 file paths and command lines)."
		   });
		addAnnotation
		  (domainTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "Guest type (xl.cfg type): pv (paravirtualised), pvh (PV on hardware virtualisation, no device model) or hvm (fully virtualised with emulated firmware and devices)."
		   });
		addAnnotation
		  (identifierEDataType,
		   source,
		   new String[] {
			   "documentation", "A short identifier (storage backend id, network name, NIC model): 1 to 64 characters, letters, digits and _ . -, starting with a letter or digit."
		   });
		addAnnotation
		  (interfaceNameEDataType,
		   source,
		   new String[] {
			   "documentation", "A Linux network interface name: 1 to 15 characters, no whitespace, slash or colon."
		   });
		addAnnotation
		  (ipAddressListEDataType,
		   source,
		   new String[] {
			   "documentation", "One or more IPv4 or IPv6 addresses (optionally with a /prefix), separated by single spaces."
		   });
		addAnnotation
		  (keymapEDataType,
		   source,
		   new String[] {
			   "documentation", "A QEMU keymap name: a language code with an optional country, e.g. en-us, de, de-ch, pt-br, bepo."
		   });
		addAnnotation
		  (lifecycleActionEEnum,
		   source,
		   new String[] {
			   "documentation", "What xl does when a domain stops (xl.cfg on_poweroff, on_reboot, on_watchdog, on_crash, on_soft_reset): destroy; restart; rename-restart (rename the old domain, then start a new one); preserve (keep it for inspection); coredump-destroy / coredump-restart (write a core dump first); soft-reset (reset Xen interfaces and continue; Xen-aware HVM guests only)."
		   });
		addAnnotation
		  (macAddressEDataType,
		   source,
		   new String[] {
			   "documentation", "A MAC address: six pairs of hexadecimal digits separated by colons, e.g. 00:16:3e:12:34:56."
		   });
		addAnnotation
		  (memoryMiBEDataType,
		   source,
		   new String[] {
			   "documentation", "An amount of memory in MiB, at least 1."
		   });
		addAnnotation
		  (mtuEDataType,
		   source,
		   new String[] {
			   "documentation", "An interface MTU, 68 to 65535."
		   });
		addAnnotation
		  (pathEDataType,
		   source,
		   new String[] {
			   "documentation", "A dom0 file path or program name, not empty."
		   });
		addAnnotation
		  (rateEDataType,
		   source,
		   new String[] {
			   "documentation", "A vif rate limit RATE/s[@INTERVAL]: RATE is a number with a B, KB, MB, GB (bytes) or b, Kb, Mb, Gb (bits) suffix; INTERVAL a number of microseconds with an optional us, ms or s suffix. E.g. 10Mb/s, 1MB/s@20ms."
		   });
		addAnnotation
		  (tagEDataType,
		   source,
		   new String[] {
			   "documentation", "A tag: 1 to 64 characters, letters, digits and _ . : / -, starting with a letter or digit."
		   });
		addAnnotation
		  (uuidEDataType,
		   source,
		   new String[] {
			   "documentation", "A UUID in the 8-4-4-4-12 hexadecimal form, e.g. c7a5fdb2-cdaf-9455-926a-d65c16db1809."
		   });
		addAnnotation
		  (vcpuCountEDataType,
		   source,
		   new String[] {
			   "documentation", "A number of virtual CPUs, at least 1."
		   });
		addAnnotation
		  (vdevEDataType,
		   source,
		   new String[] {
			   "documentation", "A virtual device name as the guest sees it (xen-vbd-interface(7)): xvdX, hdX, sdX with an optional partition number (xvda, xvdb1, hdc, sdaa), dN or dNpM, or a plain device number."
		   });
		addAnnotation
		  (vifEClass,
		   source,
		   new String[] {
			   "documentation", "A virtual network interface: one vifspec of the xl.cfg vif list (xl-network-configuration(5)). The interface is attached to a bridge named directly (bridge) or to a Xenophilia-managed network (network)."
		   });
		addAnnotation
		  (getVif_XlParams(),
		   source,
		   new String[] {
			   "documentation", "A vifspec keyword the model does not know (e.g. gatewaydev, vlan, devid, trusted), kept so it is written back in the xl.cfg vif entry."
		   });
		addAnnotation
		  (getVif_Backend(),
		   source,
		   new String[] {
			   "documentation", "vifspec backend: name of the driver domain serving this interface (xl default dom0)."
		   });
		addAnnotation
		  (getVif_Bridge(),
		   source,
		   new String[] {
			   "documentation", "vifspec bridge: the dom0 bridge to add the interface to (xl default xenbr0). Use either bridge or network."
		   });
		addAnnotation
		  (getVif_Ip(),
		   source,
		   new String[] {
			   "documentation", "vifspec ip: IP address(es) of the guest on this interface, separated by single spaces; used by the hotplug script (e.g. vif-route, or anti-spoofing rules)."
		   });
		addAnnotation
		  (getVif_Mac(),
		   source,
		   new String[] {
			   "documentation", "vifspec mac: the guest-side MAC address, six colon-separated pairs of hex digits (e.g. 00:16:3e:12:34:56). When absent xl generates one in Xen\'s OUI 00:16:3e. Unique within a domain."
		   });
		addAnnotation
		  (getVif_Model(),
		   source,
		   new String[] {
			   "documentation", "vifspec model (HVM with type ioemu only): the emulated NIC, e.g. rtl8139 (default), e1000, or any NIC the device model supports."
		   });
		addAnnotation
		  (getVif_Mtu(),
		   source,
		   new String[] {
			   "documentation", "vifspec mtu: MTU of the interface, 68 to 65535 (default 1500, or the bridge\'s MTU)."
		   });
		addAnnotation
		  (getVif_Network(),
		   source,
		   new String[] {
			   "documentation", "Xenophilia: name of a network managed by the Agent; it resolves to the network\'s bridge when the domain is deployed. Use either network or bridge. Not an xl.cfg key."
		   });
		addAnnotation
		  (getVif_Rate(),
		   source,
		   new String[] {
			   "documentation", "vifspec rate: outgoing traffic limit as RATE/s[@INTERVAL], RATE with a B/KB/MB/GB (bytes) or b/Kb/Mb/Gb (bits) suffix and INTERVAL in us, ms or s, e.g. 10Mb/s, 1MB/s@20ms. Unlimited when absent."
		   });
		addAnnotation
		  (getVif_Script(),
		   source,
		   new String[] {
			   "documentation", "vifspec script: hotplug script that configures the interface (xl default vif-bridge; e.g. vif-openvswitch, vif-route, or a path)."
		   });
		addAnnotation
		  (getVif_Type(),
		   source,
		   new String[] {
			   "documentation", "vifspec type (HVM only): ioemu (emulated NIC plus PV interface, the default) or vif (PV interface only)."
		   });
		addAnnotation
		  (getVif_Vifname(),
		   source,
		   new String[] {
			   "documentation", "vifspec vifname: name of the backend (dom0) interface instead of vifDOMID.DEVID; at most 15 characters. HVM guests get an extra \"NAME-emu\" tap interface."
		   });
		addAnnotation
		  (vifTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "Kind of network device of an HVM guest (vifspec type): ioemu (emulated NIC plus PV) or vif (PV only)."
		   });
		addAnnotation
		  (vncDisplayNumberEDataType,
		   source,
		   new String[] {
			   "documentation", "A VNC display number, 0 to 59635 (TCP port 5900 to 65535)."
		   });
		addAnnotation
		  (vncListenEDataType,
		   source,
		   new String[] {
			   "documentation", "A VNC listen address ADDRESS[:DISPLAYNUM]: an IPv4 address or host name, or an IPv6 address in brackets, optionally followed by a colon and a display number, e.g. 127.0.0.1, 0.0.0.0:1, [::1]. The empty string, which xl reads as \"the default address\", is accepted too."
		   });
		addAnnotation
		  (xlKeyEClass,
		   source,
		   new String[] {
			   "documentation", "An xl.cfg assignment KEY = VALUE the model does not know. The element text is the right-hand side exactly as written in the file, quotes, brackets and all (e.g. [ \'a\', \"b\" ] or \"host,rdtscp=0\" or 1), so it can be written back verbatim."
		   });
		addAnnotation
		  (getXlKey_Append(),
		   source,
		   new String[] {
			   "documentation", "true when the assignment used the += operator (append to a list) instead of =."
		   });
		addAnnotation
		  (getXlKey_Key(),
		   source,
		   new String[] {
			   "documentation", "The xl.cfg key (left-hand side), e.g. viridian, pci, device_model_version."
		   });
		addAnnotation
		  (xlKeyNameEDataType,
		   source,
		   new String[] {
			   "documentation", "An xl.cfg key as libxlu reads it: lower-case letters, digits, _ and . (dotted keys), starting with a letter or _."
		   });
		addAnnotation
		  (xlParamEClass,
		   source,
		   new String[] {
			   "documentation", "A keyword of a disk or vif spec string the model does not know: key=value, or a bare flag when value is absent (e.g. discard)."
		   });
		addAnnotation
		  (getXlParam_Key(),
		   source,
		   new String[] {
			   "documentation", "The keyword, e.g. discard, direct-io-safe, specification, vlan, gatewaydev."
		   });
		addAnnotation
		  (getXlParam_Value(),
		   source,
		   new String[] {
			   "documentation", "The keyword\'s value as written after \"=\"; absent for a bare flag."
		   });
		addAnnotation
		  (xlParamNameEDataType,
		   source,
		   new String[] {
			   "documentation", "A disk or vif spec keyword: starts with a letter, then letters, digits, _ and -."
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
		  (bridgeNameEDataType,
		   source,
		   new String[] {
			   "name", "BridgeName",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[^\\s/:]{1,15}(:[0-9]{1,4})*"
		   });
		addAnnotation
		  (cpuCapEDataType,
		   source,
		   new String[] {
			   "name", "CpuCap",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "0",
			   "maxInclusive", "65535"
		   });
		addAnnotation
		  (cpuCapObjectEDataType,
		   source,
		   new String[] {
			   "name", "CpuCap:Object",
			   "baseType", "CpuCap"
		   });
		addAnnotation
		  (cpuListEDataType,
		   source,
		   new String[] {
			   "name", "CpuList",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "\\^?(all|(nodes?:)?[0-9]+(-[0-9]+)?)(,%20?\\^?(all|(nodes?:)?[0-9]+(-[0-9]+)?))*"
		   });
		addAnnotation
		  (cpuWeightEDataType,
		   source,
		   new String[] {
			   "name", "CpuWeight",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "1",
			   "maxInclusive", "65535"
		   });
		addAnnotation
		  (cpuWeightObjectEDataType,
		   source,
		   new String[] {
			   "name", "CpuWeight:Object",
			   "baseType", "CpuWeight"
		   });
		addAnnotation
		  (diskEClass,
		   source,
		   new String[] {
			   "name", "Disk",
			   "kind", "elementOnly"
		   });
		addAnnotation
		  (getDisk_XlParams(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "xlParam",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDisk_Access(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "access"
		   });
		addAnnotation
		  (getDisk_Backend(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "backend"
		   });
		addAnnotation
		  (getDisk_Backendtype(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "backendtype"
		   });
		addAnnotation
		  (getDisk_Devtype(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "devtype"
		   });
		addAnnotation
		  (getDisk_Format(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "format"
		   });
		addAnnotation
		  (getDisk_Script(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "script"
		   });
		addAnnotation
		  (getDisk_StorageBackend(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "storageBackend"
		   });
		addAnnotation
		  (getDisk_Target(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "target"
		   });
		addAnnotation
		  (getDisk_Vdev(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "vdev"
		   });
		addAnnotation
		  (getDisk_Volume(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "volume"
		   });
		addAnnotation
		  (diskAccessEEnum,
		   source,
		   new String[] {
			   "name", "DiskAccess"
		   });
		addAnnotation
		  (diskAccessObjectEDataType,
		   source,
		   new String[] {
			   "name", "DiskAccess:Object",
			   "baseType", "DiskAccess"
		   });
		addAnnotation
		  (diskBackendTypeEEnum,
		   source,
		   new String[] {
			   "name", "DiskBackendType"
		   });
		addAnnotation
		  (diskBackendTypeObjectEDataType,
		   source,
		   new String[] {
			   "name", "DiskBackendType:Object",
			   "baseType", "DiskBackendType"
		   });
		addAnnotation
		  (diskDeviceTypeEEnum,
		   source,
		   new String[] {
			   "name", "DiskDeviceType"
		   });
		addAnnotation
		  (diskDeviceTypeObjectEDataType,
		   source,
		   new String[] {
			   "name", "DiskDeviceType:Object",
			   "baseType", "DiskDeviceType"
		   });
		addAnnotation
		  (diskFormatEEnum,
		   source,
		   new String[] {
			   "name", "DiskFormat"
		   });
		addAnnotation
		  (diskFormatObjectEDataType,
		   source,
		   new String[] {
			   "name", "DiskFormat:Object",
			   "baseType", "DiskFormat"
		   });
		addAnnotation
		  (displayEClass,
		   source,
		   new String[] {
			   "name", "Display",
			   "kind", "empty"
		   });
		addAnnotation
		  (getDisplay_Keymap(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "keymap"
		   });
		addAnnotation
		  (getDisplay_Sdl(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "sdl"
		   });
		addAnnotation
		  (getDisplay_Vnc(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "vnc"
		   });
		addAnnotation
		  (getDisplay_Vncdisplay(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "vncdisplay"
		   });
		addAnnotation
		  (getDisplay_Vnclisten(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "vnclisten"
		   });
		addAnnotation
		  (getDisplay_Vncpasswd(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "vncpasswd"
		   });
		addAnnotation
		  (getDisplay_Vncunused(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "vncunused"
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
		  (getDocumentRoot_Domain(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "domain",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (domainEClass,
		   source,
		   new String[] {
			   "name", "Domain",
			   "kind", "elementOnly"
		   });
		addAnnotation
		  (getDomain_Name(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "name",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Uuid(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "uuid",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Description(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "description",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Tags(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "tag",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Type(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "type",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Memory(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "memory",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Maxmem(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "maxmem",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Vcpus(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "vcpus",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Maxvcpus(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "maxvcpus",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Cpus(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "cpus",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_CpusSoft(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "cpusSoft",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_CpuWeight(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "cpuWeight",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Cap(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "cap",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Kernel(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "kernel",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Ramdisk(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "ramdisk",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Cmdline(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "cmdline",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Root(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "root",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Extra(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "extra",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Bootloader(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "bootloader",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_BootloaderArgs(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "bootloaderArg",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Firmware(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "firmware",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_OnPoweroff(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "onPoweroff",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_OnReboot(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "onReboot",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_OnWatchdog(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "onWatchdog",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_OnCrash(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "onCrash",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_OnSoftReset(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "onSoftReset",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Nomigrate(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "nomigrate",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Disks(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "disk",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Vifs(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "vif",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_Display(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "display",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getDomain_XlKeys(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "xlKey",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (domainNameEDataType,
		   source,
		   new String[] {
			   "name", "DomainName",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "maxLength", "64",
			   "pattern", "[A-Za-z0-9_][A-Za-z0-9_.+:@\\-]*"
		   });
		addAnnotation
		  (domainTypeEEnum,
		   source,
		   new String[] {
			   "name", "DomainType"
		   });
		addAnnotation
		  (domainTypeObjectEDataType,
		   source,
		   new String[] {
			   "name", "DomainType:Object",
			   "baseType", "DomainType"
		   });
		addAnnotation
		  (identifierEDataType,
		   source,
		   new String[] {
			   "name", "Identifier",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "maxLength", "64",
			   "pattern", "[A-Za-z0-9][A-Za-z0-9_.\\-]*"
		   });
		addAnnotation
		  (interfaceNameEDataType,
		   source,
		   new String[] {
			   "name", "InterfaceName",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[^\\s/:]{1,15}"
		   });
		addAnnotation
		  (ipAddressListEDataType,
		   source,
		   new String[] {
			   "name", "IpAddressList",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[0-9a-fA-F.:]+(/[0-9]{1,3})?(%20[0-9a-fA-F.:]+(/[0-9]{1,3})?)*"
		   });
		addAnnotation
		  (keymapEDataType,
		   source,
		   new String[] {
			   "name", "Keymap",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[a-z]{2,4}(-[a-z]{2,3})?"
		   });
		addAnnotation
		  (lifecycleActionEEnum,
		   source,
		   new String[] {
			   "name", "LifecycleAction"
		   });
		addAnnotation
		  (lifecycleActionObjectEDataType,
		   source,
		   new String[] {
			   "name", "LifecycleAction:Object",
			   "baseType", "LifecycleAction"
		   });
		addAnnotation
		  (macAddressEDataType,
		   source,
		   new String[] {
			   "name", "MacAddress",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}"
		   });
		addAnnotation
		  (memoryMiBEDataType,
		   source,
		   new String[] {
			   "name", "MemoryMiB",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "1"
		   });
		addAnnotation
		  (memoryMiBObjectEDataType,
		   source,
		   new String[] {
			   "name", "MemoryMiB:Object",
			   "baseType", "MemoryMiB"
		   });
		addAnnotation
		  (mtuEDataType,
		   source,
		   new String[] {
			   "name", "Mtu",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "68",
			   "maxInclusive", "65535"
		   });
		addAnnotation
		  (mtuObjectEDataType,
		   source,
		   new String[] {
			   "name", "Mtu:Object",
			   "baseType", "Mtu"
		   });
		addAnnotation
		  (pathEDataType,
		   source,
		   new String[] {
			   "name", "Path",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "minLength", "1"
		   });
		addAnnotation
		  (rateEDataType,
		   source,
		   new String[] {
			   "name", "Rate",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[0-9]+(GB|MB|KB|B|Gb|Mb|Kb|b)/s(@[0-9]+(us|ms|s)?)?"
		   });
		addAnnotation
		  (tagEDataType,
		   source,
		   new String[] {
			   "name", "Tag",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "maxLength", "64",
			   "pattern", "[A-Za-z0-9][A-Za-z0-9_.:/\\-]*"
		   });
		addAnnotation
		  (uuidEDataType,
		   source,
		   new String[] {
			   "name", "Uuid",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
		   });
		addAnnotation
		  (vcpuCountEDataType,
		   source,
		   new String[] {
			   "name", "VcpuCount",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "1"
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
			   "pattern", "(xvd|hd|sd)[a-z]{1,4}[0-9]{0,3}|d[0-9]{1,6}(p[0-9]{1,3})?|[0-9]{1,9}"
		   });
		addAnnotation
		  (vifEClass,
		   source,
		   new String[] {
			   "name", "Vif",
			   "kind", "elementOnly"
		   });
		addAnnotation
		  (getVif_XlParams(),
		   source,
		   new String[] {
			   "kind", "element",
			   "name", "xlParam",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (getVif_Backend(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "backend"
		   });
		addAnnotation
		  (getVif_Bridge(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "bridge"
		   });
		addAnnotation
		  (getVif_Ip(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "ip"
		   });
		addAnnotation
		  (getVif_Mac(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "mac"
		   });
		addAnnotation
		  (getVif_Model(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "model"
		   });
		addAnnotation
		  (getVif_Mtu(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "mtu"
		   });
		addAnnotation
		  (getVif_Network(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "network"
		   });
		addAnnotation
		  (getVif_Rate(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "rate"
		   });
		addAnnotation
		  (getVif_Script(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "script"
		   });
		addAnnotation
		  (getVif_Type(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "type"
		   });
		addAnnotation
		  (getVif_Vifname(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "vifname"
		   });
		addAnnotation
		  (vifTypeEEnum,
		   source,
		   new String[] {
			   "name", "VifType"
		   });
		addAnnotation
		  (vifTypeObjectEDataType,
		   source,
		   new String[] {
			   "name", "VifType:Object",
			   "baseType", "VifType"
		   });
		addAnnotation
		  (vncDisplayNumberEDataType,
		   source,
		   new String[] {
			   "name", "VncDisplayNumber",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "0",
			   "maxInclusive", "59635"
		   });
		addAnnotation
		  (vncDisplayNumberObjectEDataType,
		   source,
		   new String[] {
			   "name", "VncDisplayNumber:Object",
			   "baseType", "VncDisplayNumber"
		   });
		addAnnotation
		  (vncListenEDataType,
		   source,
		   new String[] {
			   "name", "VncListen",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\])?(:[0-9]{1,5})?"
		   });
		addAnnotation
		  (xlKeyEClass,
		   source,
		   new String[] {
			   "name", "XlKey",
			   "kind", "simple"
		   });
		addAnnotation
		  (getXlKey_Value(),
		   source,
		   new String[] {
			   "name", ":0",
			   "kind", "simple"
		   });
		addAnnotation
		  (getXlKey_Append(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "append"
		   });
		addAnnotation
		  (getXlKey_Key(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "key"
		   });
		addAnnotation
		  (xlKeyNameEDataType,
		   source,
		   new String[] {
			   "name", "XlKeyName",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[a-z_][a-z0-9_.]*"
		   });
		addAnnotation
		  (xlParamEClass,
		   source,
		   new String[] {
			   "name", "XlParam",
			   "kind", "empty"
		   });
		addAnnotation
		  (getXlParam_Key(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "key"
		   });
		addAnnotation
		  (getXlParam_Value(),
		   source,
		   new String[] {
			   "kind", "attribute",
			   "name", "value"
		   });
		addAnnotation
		  (xlParamNameEDataType,
		   source,
		   new String[] {
			   "name", "XlParamName",
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[A-Za-z][A-Za-z0-9_\\-]*"
		   });
	}

} //DomainPackageImpl
