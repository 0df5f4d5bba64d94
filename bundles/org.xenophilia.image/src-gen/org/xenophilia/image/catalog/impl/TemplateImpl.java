/**
 * Generated from model/catalog.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.image.catalog.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.xenophilia.image.catalog.Boot;
import org.xenophilia.image.catalog.CatalogPackage;
import org.xenophilia.image.catalog.Template;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.image.catalog.impl.TemplateImpl#getBoot <em>Boot</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.TemplateImpl#getKernel <em>Kernel</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.TemplateImpl#getRamdisk <em>Ramdisk</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.TemplateImpl#getCmdline <em>Cmdline</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.TemplateImpl#getConsole <em>Console</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.TemplateImpl#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.TemplateImpl#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.impl.TemplateImpl#getVdev <em>Vdev</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TemplateImpl extends EObjectImpl implements Template {
	/**
	 * The default value of the '{@link #getBoot() <em>Boot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoot()
	 * @generated
	 * @ordered
	 */
	protected static final Boot BOOT_EDEFAULT = Boot.PYGRUB;

	/**
	 * The cached value of the '{@link #getBoot() <em>Boot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoot()
	 * @generated
	 * @ordered
	 */
	protected Boot boot = BOOT_EDEFAULT;

	/**
	 * This is true if the Boot attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean bootESet;

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
	 * The default value of the '{@link #getConsole() <em>Console</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsole()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSOLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsole() <em>Console</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsole()
	 * @generated
	 * @ordered
	 */
	protected String console = CONSOLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected long memory = MEMORY_EDEFAULT;

	/**
	 * This is true if the Memory attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean memoryESet;

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
	 * The default value of the '{@link #getVdev() <em>Vdev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVdev()
	 * @generated
	 * @ordered
	 */
	protected static final String VDEV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVdev() <em>Vdev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVdev()
	 * @generated
	 * @ordered
	 */
	protected String vdev = VDEV_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boot getBoot() {
		return boot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoot(Boot newBoot) {
		Boot oldBoot = boot;
		boot = newBoot == null ? BOOT_EDEFAULT : newBoot;
		boolean oldBootESet = bootESet;
		bootESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TEMPLATE__BOOT, oldBoot, boot, !oldBootESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBoot() {
		Boot oldBoot = boot;
		boolean oldBootESet = bootESet;
		boot = BOOT_EDEFAULT;
		bootESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.TEMPLATE__BOOT, oldBoot, BOOT_EDEFAULT, oldBootESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBoot() {
		return bootESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TEMPLATE__KERNEL, oldKernel, kernel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TEMPLATE__RAMDISK, oldRamdisk, ramdisk));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TEMPLATE__CMDLINE, oldCmdline, cmdline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsole() {
		return console;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsole(String newConsole) {
		String oldConsole = console;
		console = newConsole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TEMPLATE__CONSOLE, oldConsole, console));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemory() {
		return memory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemory(long newMemory) {
		long oldMemory = memory;
		memory = newMemory;
		boolean oldMemoryESet = memoryESet;
		memoryESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TEMPLATE__MEMORY, oldMemory, memory, !oldMemoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMemory() {
		long oldMemory = memory;
		boolean oldMemoryESet = memoryESet;
		memory = MEMORY_EDEFAULT;
		memoryESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.TEMPLATE__MEMORY, oldMemory, MEMORY_EDEFAULT, oldMemoryESet));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TEMPLATE__VCPUS, oldVcpus, vcpus, !oldVcpusESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.TEMPLATE__VCPUS, oldVcpus, VCPUS_EDEFAULT, oldVcpusESet));
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
	public String getVdev() {
		return vdev;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVdev(String newVdev) {
		String oldVdev = vdev;
		vdev = newVdev;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TEMPLATE__VDEV, oldVdev, vdev));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.TEMPLATE__BOOT:
				return getBoot();
			case CatalogPackage.TEMPLATE__KERNEL:
				return getKernel();
			case CatalogPackage.TEMPLATE__RAMDISK:
				return getRamdisk();
			case CatalogPackage.TEMPLATE__CMDLINE:
				return getCmdline();
			case CatalogPackage.TEMPLATE__CONSOLE:
				return getConsole();
			case CatalogPackage.TEMPLATE__MEMORY:
				return getMemory();
			case CatalogPackage.TEMPLATE__VCPUS:
				return getVcpus();
			case CatalogPackage.TEMPLATE__VDEV:
				return getVdev();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.TEMPLATE__BOOT:
				setBoot((Boot)newValue);
				return;
			case CatalogPackage.TEMPLATE__KERNEL:
				setKernel((String)newValue);
				return;
			case CatalogPackage.TEMPLATE__RAMDISK:
				setRamdisk((String)newValue);
				return;
			case CatalogPackage.TEMPLATE__CMDLINE:
				setCmdline((String)newValue);
				return;
			case CatalogPackage.TEMPLATE__CONSOLE:
				setConsole((String)newValue);
				return;
			case CatalogPackage.TEMPLATE__MEMORY:
				setMemory((Long)newValue);
				return;
			case CatalogPackage.TEMPLATE__VCPUS:
				setVcpus((Integer)newValue);
				return;
			case CatalogPackage.TEMPLATE__VDEV:
				setVdev((String)newValue);
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
			case CatalogPackage.TEMPLATE__BOOT:
				unsetBoot();
				return;
			case CatalogPackage.TEMPLATE__KERNEL:
				setKernel(KERNEL_EDEFAULT);
				return;
			case CatalogPackage.TEMPLATE__RAMDISK:
				setRamdisk(RAMDISK_EDEFAULT);
				return;
			case CatalogPackage.TEMPLATE__CMDLINE:
				setCmdline(CMDLINE_EDEFAULT);
				return;
			case CatalogPackage.TEMPLATE__CONSOLE:
				setConsole(CONSOLE_EDEFAULT);
				return;
			case CatalogPackage.TEMPLATE__MEMORY:
				unsetMemory();
				return;
			case CatalogPackage.TEMPLATE__VCPUS:
				unsetVcpus();
				return;
			case CatalogPackage.TEMPLATE__VDEV:
				setVdev(VDEV_EDEFAULT);
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
			case CatalogPackage.TEMPLATE__BOOT:
				return isSetBoot();
			case CatalogPackage.TEMPLATE__KERNEL:
				return KERNEL_EDEFAULT == null ? kernel != null : !KERNEL_EDEFAULT.equals(kernel);
			case CatalogPackage.TEMPLATE__RAMDISK:
				return RAMDISK_EDEFAULT == null ? ramdisk != null : !RAMDISK_EDEFAULT.equals(ramdisk);
			case CatalogPackage.TEMPLATE__CMDLINE:
				return CMDLINE_EDEFAULT == null ? cmdline != null : !CMDLINE_EDEFAULT.equals(cmdline);
			case CatalogPackage.TEMPLATE__CONSOLE:
				return CONSOLE_EDEFAULT == null ? console != null : !CONSOLE_EDEFAULT.equals(console);
			case CatalogPackage.TEMPLATE__MEMORY:
				return isSetMemory();
			case CatalogPackage.TEMPLATE__VCPUS:
				return isSetVcpus();
			case CatalogPackage.TEMPLATE__VDEV:
				return VDEV_EDEFAULT == null ? vdev != null : !VDEV_EDEFAULT.equals(vdev);
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
		result.append(" (boot: ");
		if (bootESet) result.append(boot); else result.append("<unset>");
		result.append(", kernel: ");
		result.append(kernel);
		result.append(", ramdisk: ");
		result.append(ramdisk);
		result.append(", cmdline: ");
		result.append(cmdline);
		result.append(", console: ");
		result.append(console);
		result.append(", memory: ");
		if (memoryESet) result.append(memory); else result.append("<unset>");
		result.append(", vcpus: ");
		if (vcpusESet) result.append(vcpus); else result.append("<unset>");
		result.append(", vdev: ");
		result.append(vdev);
		result.append(')');
		return result.toString();
	}

} //TemplateImpl
