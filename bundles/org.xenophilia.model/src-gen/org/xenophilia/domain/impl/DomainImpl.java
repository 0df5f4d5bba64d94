/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Display;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.LifecycleAction;
import org.xenophilia.domain.Vif;
import org.xenophilia.domain.XlKey;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getMaxmem <em>Maxmem</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getMaxvcpus <em>Maxvcpus</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getCpus <em>Cpus</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getCpusSoft <em>Cpus Soft</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getCpuWeight <em>Cpu Weight</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getCap <em>Cap</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getKernel <em>Kernel</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getRamdisk <em>Ramdisk</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getCmdline <em>Cmdline</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getRoot <em>Root</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getExtra <em>Extra</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getBootloader <em>Bootloader</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getBootloaderArgs <em>Bootloader Args</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getOnPoweroff <em>On Poweroff</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getOnReboot <em>On Reboot</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getOnWatchdog <em>On Watchdog</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getOnCrash <em>On Crash</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getOnSoftReset <em>On Soft Reset</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#isNomigrate <em>Nomigrate</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getDisks <em>Disks</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getVifs <em>Vifs</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getDisplay <em>Display</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DomainImpl#getXlKeys <em>Xl Keys</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DomainImpl extends EObjectImpl implements Domain {
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
	 * The default value of the '{@link #getUuid() <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuid()
	 * @generated
	 * @ordered
	 */
	protected static final String UUID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUuid() <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuid()
	 * @generated
	 * @ordered
	 */
	protected String uuid = UUID_EDEFAULT;

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
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final DomainType TYPE_EDEFAULT = DomainType.PV;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected DomainType type = TYPE_EDEFAULT;

	/**
	 * This is true if the Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typeESet;

	/**
	 * The default value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMORY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected int memory = MEMORY_EDEFAULT;

	/**
	 * This is true if the Memory attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean memoryESet;

	/**
	 * The default value of the '{@link #getMaxmem() <em>Maxmem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxmem()
	 * @generated
	 * @ordered
	 */
	protected static final int MAXMEM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxmem() <em>Maxmem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxmem()
	 * @generated
	 * @ordered
	 */
	protected int maxmem = MAXMEM_EDEFAULT;

	/**
	 * This is true if the Maxmem attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maxmemESet;

	/**
	 * The default value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected static final int VCPUS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected int vcpus = VCPUS_EDEFAULT;

	/**
	 * This is true if the Vcpus attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean vcpusESet;

	/**
	 * The default value of the '{@link #getMaxvcpus() <em>Maxvcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxvcpus()
	 * @generated
	 * @ordered
	 */
	protected static final int MAXVCPUS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxvcpus() <em>Maxvcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxvcpus()
	 * @generated
	 * @ordered
	 */
	protected int maxvcpus = MAXVCPUS_EDEFAULT;

	/**
	 * This is true if the Maxvcpus attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maxvcpusESet;

	/**
	 * The default value of the '{@link #getCpus() <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpus()
	 * @generated
	 * @ordered
	 */
	protected static final String CPUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpus() <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpus()
	 * @generated
	 * @ordered
	 */
	protected String cpus = CPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpusSoft() <em>Cpus Soft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpusSoft()
	 * @generated
	 * @ordered
	 */
	protected static final String CPUS_SOFT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpusSoft() <em>Cpus Soft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpusSoft()
	 * @generated
	 * @ordered
	 */
	protected String cpusSoft = CPUS_SOFT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuWeight() <em>Cpu Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuWeight()
	 * @generated
	 * @ordered
	 */
	protected static final int CPU_WEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpuWeight() <em>Cpu Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuWeight()
	 * @generated
	 * @ordered
	 */
	protected int cpuWeight = CPU_WEIGHT_EDEFAULT;

	/**
	 * This is true if the Cpu Weight attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean cpuWeightESet;

	/**
	 * The default value of the '{@link #getCap() <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCap()
	 * @generated
	 * @ordered
	 */
	protected static final int CAP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCap() <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCap()
	 * @generated
	 * @ordered
	 */
	protected int cap = CAP_EDEFAULT;

	/**
	 * This is true if the Cap attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean capESet;

	/**
	 * The default value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected static final String KERNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected String kernel = KERNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRamdisk() <em>Ramdisk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRamdisk()
	 * @generated
	 * @ordered
	 */
	protected static final String RAMDISK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRamdisk() <em>Ramdisk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRamdisk()
	 * @generated
	 * @ordered
	 */
	protected String ramdisk = RAMDISK_EDEFAULT;

	/**
	 * The default value of the '{@link #getCmdline() <em>Cmdline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmdline()
	 * @generated
	 * @ordered
	 */
	protected static final String CMDLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCmdline() <em>Cmdline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmdline()
	 * @generated
	 * @ordered
	 */
	protected String cmdline = CMDLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected String root = ROOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtra() <em>Extra</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtra()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTRA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExtra() <em>Extra</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtra()
	 * @generated
	 * @ordered
	 */
	protected String extra = EXTRA_EDEFAULT;

	/**
	 * The default value of the '{@link #getBootloader() <em>Bootloader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootloader()
	 * @generated
	 * @ordered
	 */
	protected static final String BOOTLOADER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBootloader() <em>Bootloader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootloader()
	 * @generated
	 * @ordered
	 */
	protected String bootloader = BOOTLOADER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBootloaderArgs() <em>Bootloader Args</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootloaderArgs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> bootloaderArgs;

	/**
	 * The default value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRMWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected String firmware = FIRMWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnPoweroff() <em>On Poweroff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnPoweroff()
	 * @generated
	 * @ordered
	 */
	protected static final LifecycleAction ON_POWEROFF_EDEFAULT = LifecycleAction.DESTROY;

	/**
	 * The cached value of the '{@link #getOnPoweroff() <em>On Poweroff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnPoweroff()
	 * @generated
	 * @ordered
	 */
	protected LifecycleAction onPoweroff = ON_POWEROFF_EDEFAULT;

	/**
	 * This is true if the On Poweroff attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean onPoweroffESet;

	/**
	 * The default value of the '{@link #getOnReboot() <em>On Reboot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnReboot()
	 * @generated
	 * @ordered
	 */
	protected static final LifecycleAction ON_REBOOT_EDEFAULT = LifecycleAction.DESTROY;

	/**
	 * The cached value of the '{@link #getOnReboot() <em>On Reboot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnReboot()
	 * @generated
	 * @ordered
	 */
	protected LifecycleAction onReboot = ON_REBOOT_EDEFAULT;

	/**
	 * This is true if the On Reboot attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean onRebootESet;

	/**
	 * The default value of the '{@link #getOnWatchdog() <em>On Watchdog</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnWatchdog()
	 * @generated
	 * @ordered
	 */
	protected static final LifecycleAction ON_WATCHDOG_EDEFAULT = LifecycleAction.DESTROY;

	/**
	 * The cached value of the '{@link #getOnWatchdog() <em>On Watchdog</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnWatchdog()
	 * @generated
	 * @ordered
	 */
	protected LifecycleAction onWatchdog = ON_WATCHDOG_EDEFAULT;

	/**
	 * This is true if the On Watchdog attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean onWatchdogESet;

	/**
	 * The default value of the '{@link #getOnCrash() <em>On Crash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnCrash()
	 * @generated
	 * @ordered
	 */
	protected static final LifecycleAction ON_CRASH_EDEFAULT = LifecycleAction.DESTROY;

	/**
	 * The cached value of the '{@link #getOnCrash() <em>On Crash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnCrash()
	 * @generated
	 * @ordered
	 */
	protected LifecycleAction onCrash = ON_CRASH_EDEFAULT;

	/**
	 * This is true if the On Crash attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean onCrashESet;

	/**
	 * The default value of the '{@link #getOnSoftReset() <em>On Soft Reset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnSoftReset()
	 * @generated
	 * @ordered
	 */
	protected static final LifecycleAction ON_SOFT_RESET_EDEFAULT = LifecycleAction.DESTROY;

	/**
	 * The cached value of the '{@link #getOnSoftReset() <em>On Soft Reset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnSoftReset()
	 * @generated
	 * @ordered
	 */
	protected LifecycleAction onSoftReset = ON_SOFT_RESET_EDEFAULT;

	/**
	 * This is true if the On Soft Reset attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean onSoftResetESet;

	/**
	 * The default value of the '{@link #isNomigrate() <em>Nomigrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNomigrate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOMIGRATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNomigrate() <em>Nomigrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNomigrate()
	 * @generated
	 * @ordered
	 */
	protected boolean nomigrate = NOMIGRATE_EDEFAULT;

	/**
	 * This is true if the Nomigrate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean nomigrateESet;

	/**
	 * The cached value of the '{@link #getDisks() <em>Disks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Disk> disks;

	/**
	 * The cached value of the '{@link #getVifs() <em>Vifs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVifs()
	 * @generated
	 * @ordered
	 */
	protected EList<Vif> vifs;

	/**
	 * The cached value of the '{@link #getDisplay() <em>Display</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplay()
	 * @generated
	 * @ordered
	 */
	protected Display display;

	/**
	 * The cached value of the '{@link #getXlKeys() <em>Xl Keys</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXlKeys()
	 * @generated
	 * @ordered
	 */
	protected EList<XlKey> xlKeys;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.DOMAIN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUuid() {
		return uuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUuid(String newUuid) {
		String oldUuid = uuid;
		uuid = newUuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__UUID, oldUuid, uuid));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeEList<String>(String.class, this, DomainPackage.DOMAIN__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(DomainType newType) {
		DomainType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		boolean oldTypeESet = typeESet;
		typeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__TYPE, oldType, type, !oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetType() {
		DomainType oldType = type;
		boolean oldTypeESet = typeESet;
		type = TYPE_EDEFAULT;
		typeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__TYPE, oldType, TYPE_EDEFAULT, oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetType() {
		return typeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMemory() {
		return memory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemory(int newMemory) {
		int oldMemory = memory;
		memory = newMemory;
		boolean oldMemoryESet = memoryESet;
		memoryESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__MEMORY, oldMemory, memory, !oldMemoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMemory() {
		int oldMemory = memory;
		boolean oldMemoryESet = memoryESet;
		memory = MEMORY_EDEFAULT;
		memoryESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__MEMORY, oldMemory, MEMORY_EDEFAULT, oldMemoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMemory() {
		return memoryESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxmem() {
		return maxmem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxmem(int newMaxmem) {
		int oldMaxmem = maxmem;
		maxmem = newMaxmem;
		boolean oldMaxmemESet = maxmemESet;
		maxmemESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__MAXMEM, oldMaxmem, maxmem, !oldMaxmemESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaxmem() {
		int oldMaxmem = maxmem;
		boolean oldMaxmemESet = maxmemESet;
		maxmem = MAXMEM_EDEFAULT;
		maxmemESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__MAXMEM, oldMaxmem, MAXMEM_EDEFAULT, oldMaxmemESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaxmem() {
		return maxmemESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVcpus() {
		return vcpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpus(int newVcpus) {
		int oldVcpus = vcpus;
		vcpus = newVcpus;
		boolean oldVcpusESet = vcpusESet;
		vcpusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__VCPUS, oldVcpus, vcpus, !oldVcpusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVcpus() {
		int oldVcpus = vcpus;
		boolean oldVcpusESet = vcpusESet;
		vcpus = VCPUS_EDEFAULT;
		vcpusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__VCPUS, oldVcpus, VCPUS_EDEFAULT, oldVcpusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVcpus() {
		return vcpusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxvcpus() {
		return maxvcpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxvcpus(int newMaxvcpus) {
		int oldMaxvcpus = maxvcpus;
		maxvcpus = newMaxvcpus;
		boolean oldMaxvcpusESet = maxvcpusESet;
		maxvcpusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__MAXVCPUS, oldMaxvcpus, maxvcpus, !oldMaxvcpusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaxvcpus() {
		int oldMaxvcpus = maxvcpus;
		boolean oldMaxvcpusESet = maxvcpusESet;
		maxvcpus = MAXVCPUS_EDEFAULT;
		maxvcpusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__MAXVCPUS, oldMaxvcpus, MAXVCPUS_EDEFAULT, oldMaxvcpusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaxvcpus() {
		return maxvcpusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpus() {
		return cpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpus(String newCpus) {
		String oldCpus = cpus;
		cpus = newCpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__CPUS, oldCpus, cpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpusSoft() {
		return cpusSoft;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpusSoft(String newCpusSoft) {
		String oldCpusSoft = cpusSoft;
		cpusSoft = newCpusSoft;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__CPUS_SOFT, oldCpusSoft, cpusSoft));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpuWeight() {
		return cpuWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuWeight(int newCpuWeight) {
		int oldCpuWeight = cpuWeight;
		cpuWeight = newCpuWeight;
		boolean oldCpuWeightESet = cpuWeightESet;
		cpuWeightESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__CPU_WEIGHT, oldCpuWeight, cpuWeight, !oldCpuWeightESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCpuWeight() {
		int oldCpuWeight = cpuWeight;
		boolean oldCpuWeightESet = cpuWeightESet;
		cpuWeight = CPU_WEIGHT_EDEFAULT;
		cpuWeightESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__CPU_WEIGHT, oldCpuWeight, CPU_WEIGHT_EDEFAULT, oldCpuWeightESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCpuWeight() {
		return cpuWeightESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCap() {
		return cap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCap(int newCap) {
		int oldCap = cap;
		cap = newCap;
		boolean oldCapESet = capESet;
		capESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__CAP, oldCap, cap, !oldCapESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCap() {
		int oldCap = cap;
		boolean oldCapESet = capESet;
		cap = CAP_EDEFAULT;
		capESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__CAP, oldCap, CAP_EDEFAULT, oldCapESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCap() {
		return capESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKernel() {
		return kernel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernel(String newKernel) {
		String oldKernel = kernel;
		kernel = newKernel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__KERNEL, oldKernel, kernel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRamdisk() {
		return ramdisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRamdisk(String newRamdisk) {
		String oldRamdisk = ramdisk;
		ramdisk = newRamdisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__RAMDISK, oldRamdisk, ramdisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCmdline() {
		return cmdline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCmdline(String newCmdline) {
		String oldCmdline = cmdline;
		cmdline = newCmdline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__CMDLINE, oldCmdline, cmdline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRoot() {
		return root;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoot(String newRoot) {
		String oldRoot = root;
		root = newRoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__ROOT, oldRoot, root));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExtra() {
		return extra;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtra(String newExtra) {
		String oldExtra = extra;
		extra = newExtra;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__EXTRA, oldExtra, extra));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBootloader() {
		return bootloader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootloader(String newBootloader) {
		String oldBootloader = bootloader;
		bootloader = newBootloader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__BOOTLOADER, oldBootloader, bootloader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBootloaderArgs() {
		if (bootloaderArgs == null) {
			bootloaderArgs = new EDataTypeEList<String>(String.class, this, DomainPackage.DOMAIN__BOOTLOADER_ARGS);
		}
		return bootloaderArgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmware() {
		return firmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(String newFirmware) {
		String oldFirmware = firmware;
		firmware = newFirmware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__FIRMWARE, oldFirmware, firmware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleAction getOnPoweroff() {
		return onPoweroff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnPoweroff(LifecycleAction newOnPoweroff) {
		LifecycleAction oldOnPoweroff = onPoweroff;
		onPoweroff = newOnPoweroff == null ? ON_POWEROFF_EDEFAULT : newOnPoweroff;
		boolean oldOnPoweroffESet = onPoweroffESet;
		onPoweroffESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__ON_POWEROFF, oldOnPoweroff, onPoweroff, !oldOnPoweroffESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOnPoweroff() {
		LifecycleAction oldOnPoweroff = onPoweroff;
		boolean oldOnPoweroffESet = onPoweroffESet;
		onPoweroff = ON_POWEROFF_EDEFAULT;
		onPoweroffESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__ON_POWEROFF, oldOnPoweroff, ON_POWEROFF_EDEFAULT, oldOnPoweroffESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOnPoweroff() {
		return onPoweroffESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleAction getOnReboot() {
		return onReboot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnReboot(LifecycleAction newOnReboot) {
		LifecycleAction oldOnReboot = onReboot;
		onReboot = newOnReboot == null ? ON_REBOOT_EDEFAULT : newOnReboot;
		boolean oldOnRebootESet = onRebootESet;
		onRebootESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__ON_REBOOT, oldOnReboot, onReboot, !oldOnRebootESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOnReboot() {
		LifecycleAction oldOnReboot = onReboot;
		boolean oldOnRebootESet = onRebootESet;
		onReboot = ON_REBOOT_EDEFAULT;
		onRebootESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__ON_REBOOT, oldOnReboot, ON_REBOOT_EDEFAULT, oldOnRebootESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOnReboot() {
		return onRebootESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleAction getOnWatchdog() {
		return onWatchdog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnWatchdog(LifecycleAction newOnWatchdog) {
		LifecycleAction oldOnWatchdog = onWatchdog;
		onWatchdog = newOnWatchdog == null ? ON_WATCHDOG_EDEFAULT : newOnWatchdog;
		boolean oldOnWatchdogESet = onWatchdogESet;
		onWatchdogESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__ON_WATCHDOG, oldOnWatchdog, onWatchdog, !oldOnWatchdogESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOnWatchdog() {
		LifecycleAction oldOnWatchdog = onWatchdog;
		boolean oldOnWatchdogESet = onWatchdogESet;
		onWatchdog = ON_WATCHDOG_EDEFAULT;
		onWatchdogESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__ON_WATCHDOG, oldOnWatchdog, ON_WATCHDOG_EDEFAULT, oldOnWatchdogESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOnWatchdog() {
		return onWatchdogESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleAction getOnCrash() {
		return onCrash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnCrash(LifecycleAction newOnCrash) {
		LifecycleAction oldOnCrash = onCrash;
		onCrash = newOnCrash == null ? ON_CRASH_EDEFAULT : newOnCrash;
		boolean oldOnCrashESet = onCrashESet;
		onCrashESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__ON_CRASH, oldOnCrash, onCrash, !oldOnCrashESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOnCrash() {
		LifecycleAction oldOnCrash = onCrash;
		boolean oldOnCrashESet = onCrashESet;
		onCrash = ON_CRASH_EDEFAULT;
		onCrashESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__ON_CRASH, oldOnCrash, ON_CRASH_EDEFAULT, oldOnCrashESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOnCrash() {
		return onCrashESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleAction getOnSoftReset() {
		return onSoftReset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnSoftReset(LifecycleAction newOnSoftReset) {
		LifecycleAction oldOnSoftReset = onSoftReset;
		onSoftReset = newOnSoftReset == null ? ON_SOFT_RESET_EDEFAULT : newOnSoftReset;
		boolean oldOnSoftResetESet = onSoftResetESet;
		onSoftResetESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__ON_SOFT_RESET, oldOnSoftReset, onSoftReset, !oldOnSoftResetESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOnSoftReset() {
		LifecycleAction oldOnSoftReset = onSoftReset;
		boolean oldOnSoftResetESet = onSoftResetESet;
		onSoftReset = ON_SOFT_RESET_EDEFAULT;
		onSoftResetESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__ON_SOFT_RESET, oldOnSoftReset, ON_SOFT_RESET_EDEFAULT, oldOnSoftResetESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOnSoftReset() {
		return onSoftResetESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNomigrate() {
		return nomigrate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNomigrate(boolean newNomigrate) {
		boolean oldNomigrate = nomigrate;
		nomigrate = newNomigrate;
		boolean oldNomigrateESet = nomigrateESet;
		nomigrateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__NOMIGRATE, oldNomigrate, nomigrate, !oldNomigrateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNomigrate() {
		boolean oldNomigrate = nomigrate;
		boolean oldNomigrateESet = nomigrateESet;
		nomigrate = NOMIGRATE_EDEFAULT;
		nomigrateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__NOMIGRATE, oldNomigrate, NOMIGRATE_EDEFAULT, oldNomigrateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNomigrate() {
		return nomigrateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Disk> getDisks() {
		if (disks == null) {
			disks = new EObjectContainmentEList<Disk>(Disk.class, this, DomainPackage.DOMAIN__DISKS);
		}
		return disks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Vif> getVifs() {
		if (vifs == null) {
			vifs = new EObjectContainmentEList<Vif>(Vif.class, this, DomainPackage.DOMAIN__VIFS);
		}
		return vifs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Display getDisplay() {
		return display;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDisplay(Display newDisplay, NotificationChain msgs) {
		Display oldDisplay = display;
		display = newDisplay;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__DISPLAY, oldDisplay, newDisplay);
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
	public void setDisplay(Display newDisplay) {
		if (newDisplay != display) {
			NotificationChain msgs = null;
			if (display != null)
				msgs = ((InternalEObject)display).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DomainPackage.DOMAIN__DISPLAY, null, msgs);
			if (newDisplay != null)
				msgs = ((InternalEObject)newDisplay).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DomainPackage.DOMAIN__DISPLAY, null, msgs);
			msgs = basicSetDisplay(newDisplay, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__DISPLAY, newDisplay, newDisplay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<XlKey> getXlKeys() {
		if (xlKeys == null) {
			xlKeys = new EObjectContainmentEList<XlKey>(XlKey.class, this, DomainPackage.DOMAIN__XL_KEYS);
		}
		return xlKeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DomainPackage.DOMAIN__DISKS:
				return ((InternalEList<?>)getDisks()).basicRemove(otherEnd, msgs);
			case DomainPackage.DOMAIN__VIFS:
				return ((InternalEList<?>)getVifs()).basicRemove(otherEnd, msgs);
			case DomainPackage.DOMAIN__DISPLAY:
				return basicSetDisplay(null, msgs);
			case DomainPackage.DOMAIN__XL_KEYS:
				return ((InternalEList<?>)getXlKeys()).basicRemove(otherEnd, msgs);
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
			case DomainPackage.DOMAIN__NAME:
				return getName();
			case DomainPackage.DOMAIN__UUID:
				return getUuid();
			case DomainPackage.DOMAIN__DESCRIPTION:
				return getDescription();
			case DomainPackage.DOMAIN__TAGS:
				return getTags();
			case DomainPackage.DOMAIN__TYPE:
				return getType();
			case DomainPackage.DOMAIN__MEMORY:
				return getMemory();
			case DomainPackage.DOMAIN__MAXMEM:
				return getMaxmem();
			case DomainPackage.DOMAIN__VCPUS:
				return getVcpus();
			case DomainPackage.DOMAIN__MAXVCPUS:
				return getMaxvcpus();
			case DomainPackage.DOMAIN__CPUS:
				return getCpus();
			case DomainPackage.DOMAIN__CPUS_SOFT:
				return getCpusSoft();
			case DomainPackage.DOMAIN__CPU_WEIGHT:
				return getCpuWeight();
			case DomainPackage.DOMAIN__CAP:
				return getCap();
			case DomainPackage.DOMAIN__KERNEL:
				return getKernel();
			case DomainPackage.DOMAIN__RAMDISK:
				return getRamdisk();
			case DomainPackage.DOMAIN__CMDLINE:
				return getCmdline();
			case DomainPackage.DOMAIN__ROOT:
				return getRoot();
			case DomainPackage.DOMAIN__EXTRA:
				return getExtra();
			case DomainPackage.DOMAIN__BOOTLOADER:
				return getBootloader();
			case DomainPackage.DOMAIN__BOOTLOADER_ARGS:
				return getBootloaderArgs();
			case DomainPackage.DOMAIN__FIRMWARE:
				return getFirmware();
			case DomainPackage.DOMAIN__ON_POWEROFF:
				return getOnPoweroff();
			case DomainPackage.DOMAIN__ON_REBOOT:
				return getOnReboot();
			case DomainPackage.DOMAIN__ON_WATCHDOG:
				return getOnWatchdog();
			case DomainPackage.DOMAIN__ON_CRASH:
				return getOnCrash();
			case DomainPackage.DOMAIN__ON_SOFT_RESET:
				return getOnSoftReset();
			case DomainPackage.DOMAIN__NOMIGRATE:
				return isNomigrate();
			case DomainPackage.DOMAIN__DISKS:
				return getDisks();
			case DomainPackage.DOMAIN__VIFS:
				return getVifs();
			case DomainPackage.DOMAIN__DISPLAY:
				return getDisplay();
			case DomainPackage.DOMAIN__XL_KEYS:
				return getXlKeys();
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
			case DomainPackage.DOMAIN__NAME:
				setName((String)newValue);
				return;
			case DomainPackage.DOMAIN__UUID:
				setUuid((String)newValue);
				return;
			case DomainPackage.DOMAIN__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case DomainPackage.DOMAIN__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case DomainPackage.DOMAIN__TYPE:
				setType((DomainType)newValue);
				return;
			case DomainPackage.DOMAIN__MEMORY:
				setMemory((Integer)newValue);
				return;
			case DomainPackage.DOMAIN__MAXMEM:
				setMaxmem((Integer)newValue);
				return;
			case DomainPackage.DOMAIN__VCPUS:
				setVcpus((Integer)newValue);
				return;
			case DomainPackage.DOMAIN__MAXVCPUS:
				setMaxvcpus((Integer)newValue);
				return;
			case DomainPackage.DOMAIN__CPUS:
				setCpus((String)newValue);
				return;
			case DomainPackage.DOMAIN__CPUS_SOFT:
				setCpusSoft((String)newValue);
				return;
			case DomainPackage.DOMAIN__CPU_WEIGHT:
				setCpuWeight((Integer)newValue);
				return;
			case DomainPackage.DOMAIN__CAP:
				setCap((Integer)newValue);
				return;
			case DomainPackage.DOMAIN__KERNEL:
				setKernel((String)newValue);
				return;
			case DomainPackage.DOMAIN__RAMDISK:
				setRamdisk((String)newValue);
				return;
			case DomainPackage.DOMAIN__CMDLINE:
				setCmdline((String)newValue);
				return;
			case DomainPackage.DOMAIN__ROOT:
				setRoot((String)newValue);
				return;
			case DomainPackage.DOMAIN__EXTRA:
				setExtra((String)newValue);
				return;
			case DomainPackage.DOMAIN__BOOTLOADER:
				setBootloader((String)newValue);
				return;
			case DomainPackage.DOMAIN__BOOTLOADER_ARGS:
				getBootloaderArgs().clear();
				getBootloaderArgs().addAll((Collection<? extends String>)newValue);
				return;
			case DomainPackage.DOMAIN__FIRMWARE:
				setFirmware((String)newValue);
				return;
			case DomainPackage.DOMAIN__ON_POWEROFF:
				setOnPoweroff((LifecycleAction)newValue);
				return;
			case DomainPackage.DOMAIN__ON_REBOOT:
				setOnReboot((LifecycleAction)newValue);
				return;
			case DomainPackage.DOMAIN__ON_WATCHDOG:
				setOnWatchdog((LifecycleAction)newValue);
				return;
			case DomainPackage.DOMAIN__ON_CRASH:
				setOnCrash((LifecycleAction)newValue);
				return;
			case DomainPackage.DOMAIN__ON_SOFT_RESET:
				setOnSoftReset((LifecycleAction)newValue);
				return;
			case DomainPackage.DOMAIN__NOMIGRATE:
				setNomigrate((Boolean)newValue);
				return;
			case DomainPackage.DOMAIN__DISKS:
				getDisks().clear();
				getDisks().addAll((Collection<? extends Disk>)newValue);
				return;
			case DomainPackage.DOMAIN__VIFS:
				getVifs().clear();
				getVifs().addAll((Collection<? extends Vif>)newValue);
				return;
			case DomainPackage.DOMAIN__DISPLAY:
				setDisplay((Display)newValue);
				return;
			case DomainPackage.DOMAIN__XL_KEYS:
				getXlKeys().clear();
				getXlKeys().addAll((Collection<? extends XlKey>)newValue);
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
			case DomainPackage.DOMAIN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__UUID:
				setUuid(UUID_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__TAGS:
				getTags().clear();
				return;
			case DomainPackage.DOMAIN__TYPE:
				unsetType();
				return;
			case DomainPackage.DOMAIN__MEMORY:
				unsetMemory();
				return;
			case DomainPackage.DOMAIN__MAXMEM:
				unsetMaxmem();
				return;
			case DomainPackage.DOMAIN__VCPUS:
				unsetVcpus();
				return;
			case DomainPackage.DOMAIN__MAXVCPUS:
				unsetMaxvcpus();
				return;
			case DomainPackage.DOMAIN__CPUS:
				setCpus(CPUS_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__CPUS_SOFT:
				setCpusSoft(CPUS_SOFT_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__CPU_WEIGHT:
				unsetCpuWeight();
				return;
			case DomainPackage.DOMAIN__CAP:
				unsetCap();
				return;
			case DomainPackage.DOMAIN__KERNEL:
				setKernel(KERNEL_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__RAMDISK:
				setRamdisk(RAMDISK_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__CMDLINE:
				setCmdline(CMDLINE_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__ROOT:
				setRoot(ROOT_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__EXTRA:
				setExtra(EXTRA_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__BOOTLOADER:
				setBootloader(BOOTLOADER_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__BOOTLOADER_ARGS:
				getBootloaderArgs().clear();
				return;
			case DomainPackage.DOMAIN__FIRMWARE:
				setFirmware(FIRMWARE_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__ON_POWEROFF:
				unsetOnPoweroff();
				return;
			case DomainPackage.DOMAIN__ON_REBOOT:
				unsetOnReboot();
				return;
			case DomainPackage.DOMAIN__ON_WATCHDOG:
				unsetOnWatchdog();
				return;
			case DomainPackage.DOMAIN__ON_CRASH:
				unsetOnCrash();
				return;
			case DomainPackage.DOMAIN__ON_SOFT_RESET:
				unsetOnSoftReset();
				return;
			case DomainPackage.DOMAIN__NOMIGRATE:
				unsetNomigrate();
				return;
			case DomainPackage.DOMAIN__DISKS:
				getDisks().clear();
				return;
			case DomainPackage.DOMAIN__VIFS:
				getVifs().clear();
				return;
			case DomainPackage.DOMAIN__DISPLAY:
				setDisplay((Display)null);
				return;
			case DomainPackage.DOMAIN__XL_KEYS:
				getXlKeys().clear();
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
			case DomainPackage.DOMAIN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DomainPackage.DOMAIN__UUID:
				return UUID_EDEFAULT == null ? uuid != null : !UUID_EDEFAULT.equals(uuid);
			case DomainPackage.DOMAIN__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case DomainPackage.DOMAIN__TAGS:
				return tags != null && !tags.isEmpty();
			case DomainPackage.DOMAIN__TYPE:
				return isSetType();
			case DomainPackage.DOMAIN__MEMORY:
				return isSetMemory();
			case DomainPackage.DOMAIN__MAXMEM:
				return isSetMaxmem();
			case DomainPackage.DOMAIN__VCPUS:
				return isSetVcpus();
			case DomainPackage.DOMAIN__MAXVCPUS:
				return isSetMaxvcpus();
			case DomainPackage.DOMAIN__CPUS:
				return CPUS_EDEFAULT == null ? cpus != null : !CPUS_EDEFAULT.equals(cpus);
			case DomainPackage.DOMAIN__CPUS_SOFT:
				return CPUS_SOFT_EDEFAULT == null ? cpusSoft != null : !CPUS_SOFT_EDEFAULT.equals(cpusSoft);
			case DomainPackage.DOMAIN__CPU_WEIGHT:
				return isSetCpuWeight();
			case DomainPackage.DOMAIN__CAP:
				return isSetCap();
			case DomainPackage.DOMAIN__KERNEL:
				return KERNEL_EDEFAULT == null ? kernel != null : !KERNEL_EDEFAULT.equals(kernel);
			case DomainPackage.DOMAIN__RAMDISK:
				return RAMDISK_EDEFAULT == null ? ramdisk != null : !RAMDISK_EDEFAULT.equals(ramdisk);
			case DomainPackage.DOMAIN__CMDLINE:
				return CMDLINE_EDEFAULT == null ? cmdline != null : !CMDLINE_EDEFAULT.equals(cmdline);
			case DomainPackage.DOMAIN__ROOT:
				return ROOT_EDEFAULT == null ? root != null : !ROOT_EDEFAULT.equals(root);
			case DomainPackage.DOMAIN__EXTRA:
				return EXTRA_EDEFAULT == null ? extra != null : !EXTRA_EDEFAULT.equals(extra);
			case DomainPackage.DOMAIN__BOOTLOADER:
				return BOOTLOADER_EDEFAULT == null ? bootloader != null : !BOOTLOADER_EDEFAULT.equals(bootloader);
			case DomainPackage.DOMAIN__BOOTLOADER_ARGS:
				return bootloaderArgs != null && !bootloaderArgs.isEmpty();
			case DomainPackage.DOMAIN__FIRMWARE:
				return FIRMWARE_EDEFAULT == null ? firmware != null : !FIRMWARE_EDEFAULT.equals(firmware);
			case DomainPackage.DOMAIN__ON_POWEROFF:
				return isSetOnPoweroff();
			case DomainPackage.DOMAIN__ON_REBOOT:
				return isSetOnReboot();
			case DomainPackage.DOMAIN__ON_WATCHDOG:
				return isSetOnWatchdog();
			case DomainPackage.DOMAIN__ON_CRASH:
				return isSetOnCrash();
			case DomainPackage.DOMAIN__ON_SOFT_RESET:
				return isSetOnSoftReset();
			case DomainPackage.DOMAIN__NOMIGRATE:
				return isSetNomigrate();
			case DomainPackage.DOMAIN__DISKS:
				return disks != null && !disks.isEmpty();
			case DomainPackage.DOMAIN__VIFS:
				return vifs != null && !vifs.isEmpty();
			case DomainPackage.DOMAIN__DISPLAY:
				return display != null;
			case DomainPackage.DOMAIN__XL_KEYS:
				return xlKeys != null && !xlKeys.isEmpty();
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
		result.append(", uuid: ");
		result.append(uuid);
		result.append(", description: ");
		result.append(description);
		result.append(", tags: ");
		result.append(tags);
		result.append(", type: ");
		if (typeESet) result.append(type); else result.append("<unset>");
		result.append(", memory: ");
		if (memoryESet) result.append(memory); else result.append("<unset>");
		result.append(", maxmem: ");
		if (maxmemESet) result.append(maxmem); else result.append("<unset>");
		result.append(", vcpus: ");
		if (vcpusESet) result.append(vcpus); else result.append("<unset>");
		result.append(", maxvcpus: ");
		if (maxvcpusESet) result.append(maxvcpus); else result.append("<unset>");
		result.append(", cpus: ");
		result.append(cpus);
		result.append(", cpusSoft: ");
		result.append(cpusSoft);
		result.append(", cpuWeight: ");
		if (cpuWeightESet) result.append(cpuWeight); else result.append("<unset>");
		result.append(", cap: ");
		if (capESet) result.append(cap); else result.append("<unset>");
		result.append(", kernel: ");
		result.append(kernel);
		result.append(", ramdisk: ");
		result.append(ramdisk);
		result.append(", cmdline: ");
		result.append(cmdline);
		result.append(", root: ");
		result.append(root);
		result.append(", extra: ");
		result.append(extra);
		result.append(", bootloader: ");
		result.append(bootloader);
		result.append(", bootloaderArgs: ");
		result.append(bootloaderArgs);
		result.append(", firmware: ");
		result.append(firmware);
		result.append(", onPoweroff: ");
		if (onPoweroffESet) result.append(onPoweroff); else result.append("<unset>");
		result.append(", onReboot: ");
		if (onRebootESet) result.append(onReboot); else result.append("<unset>");
		result.append(", onWatchdog: ");
		if (onWatchdogESet) result.append(onWatchdog); else result.append("<unset>");
		result.append(", onCrash: ");
		if (onCrashESet) result.append(onCrash); else result.append("<unset>");
		result.append(", onSoftReset: ");
		if (onSoftResetESet) result.append(onSoftReset); else result.append("<unset>");
		result.append(", nomigrate: ");
		if (nomigrateESet) result.append(nomigrate); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //DomainImpl
