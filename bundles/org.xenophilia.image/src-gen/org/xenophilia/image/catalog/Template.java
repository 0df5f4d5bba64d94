/**
 * Generated from model/catalog.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.image.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The domain a deployment defines: the image's volume as its first disk, a vif on the chosen network, and how it boots. Name, memory, vCPUs, the disk's size and the network are the deployment's; what is here is the image's.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.image.catalog.Template#getBoot <em>Boot</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Template#getKernel <em>Kernel</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Template#getRamdisk <em>Ramdisk</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Template#getCmdline <em>Cmdline</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Template#getConsole <em>Console</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Template#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Template#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.xenophilia.image.catalog.Template#getVdev <em>Vdev</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.image.catalog.CatalogPackage#getTemplate()
 * @model extendedMetaData="name='Template' kind='elementOnly'"
 * @generated
 */
public interface Template extends EObject {
	/**
	 * Returns the value of the '<em><b>Boot</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.image.catalog.Boot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the kernel is found: pygrub reads the image's own boot configuration (a GRUB or extlinux file), kernel takes the kernel (and ramdisk) at the paths below inside the image (pygrub --kernel, --ramdisk), or firmware lets an HVM guest's firmware run the disk's own bootloader. Mandatory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boot</em>' attribute.
	 * @see org.xenophilia.image.catalog.Boot
	 * @see #isSetBoot()
	 * @see #unsetBoot()
	 * @see #setBoot(Boot)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getTemplate_Boot()
	 * @model unsettable="true" required="true"
	 *        extendedMetaData="kind='element' name='boot' namespace='##targetNamespace'"
	 * @generated
	 */
	Boot getBoot();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Template#getBoot <em>Boot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot</em>' attribute.
	 * @see org.xenophilia.image.catalog.Boot
	 * @see #isSetBoot()
	 * @see #unsetBoot()
	 * @see #getBoot()
	 * @generated
	 */
	void setBoot(Boot value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Template#getBoot <em>Boot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBoot()
	 * @see #getBoot()
	 * @see #setBoot(Boot)
	 * @generated
	 */
	void unsetBoot();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Template#getBoot <em>Boot</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Boot</em>' attribute is set.
	 * @see #unsetBoot()
	 * @see #getBoot()
	 * @see #setBoot(Boot)
	 * @generated
	 */
	boolean isSetBoot();

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * boot kernel only, and then mandatory: the kernel's absolute path inside the image, e.g. /boot/vmlinuz.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(String)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getTemplate_Kernel()
	 * @model dataType="org.xenophilia.image.catalog.ImagePath"
	 *        extendedMetaData="kind='element' name='kernel' namespace='##targetNamespace'"
	 * @generated
	 */
	String getKernel();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Template#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(String value);

	/**
	 * Returns the value of the '<em><b>Ramdisk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * boot kernel only: the initial ramdisk's absolute path inside the image, e.g. /boot/initrd.img. When absent the kernel boots without one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ramdisk</em>' attribute.
	 * @see #setRamdisk(String)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getTemplate_Ramdisk()
	 * @model dataType="org.xenophilia.image.catalog.ImagePath"
	 *        extendedMetaData="kind='element' name='ramdisk' namespace='##targetNamespace'"
	 * @generated
	 */
	String getRamdisk();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Template#getRamdisk <em>Ramdisk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ramdisk</em>' attribute.
	 * @see #getRamdisk()
	 * @generated
	 */
	void setRamdisk(String value);

	/**
	 * Returns the value of the '<em><b>Cmdline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kernel's command line, e.g. root=/dev/xvda ro console=hvc0. With boot pygrub it replaces the one of the image's boot configuration; when absent that one is used. With boot kernel, when absent the kernel gets none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cmdline</em>' attribute.
	 * @see #setCmdline(String)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getTemplate_Cmdline()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='element' name='cmdline' namespace='##targetNamespace'"
	 * @generated
	 */
	String getCmdline();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Template#getCmdline <em>Cmdline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cmdline</em>' attribute.
	 * @see #getCmdline()
	 * @generated
	 */
	void setCmdline(String value);

	/**
	 * Returns the value of the '<em><b>Console</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The console the guest offers a login on (hvc0 for a PV or PVH guest's Xen console, ttyS0 for an HVM guest's serial port): shown to administrators, and what the Workbench's console attaches to. When absent: hvc0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Console</em>' attribute.
	 * @see #setConsole(String)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getTemplate_Console()
	 * @model dataType="org.xenophilia.image.catalog.ConsoleName"
	 *        extendedMetaData="kind='element' name='console' namespace='##targetNamespace'"
	 * @generated
	 */
	String getConsole();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Template#getConsole <em>Console</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Console</em>' attribute.
	 * @see #getConsole()
	 * @generated
	 */
	void setConsole(String value);

	/**
	 * Returns the value of the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The memory in MiB a deployment proposes; at least the image's minimumMemory. When absent the minimumMemory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory</em>' attribute.
	 * @see #isSetMemory()
	 * @see #unsetMemory()
	 * @see #setMemory(long)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getTemplate_Memory()
	 * @model unsettable="true" dataType="org.xenophilia.image.catalog.MemoryMiB"
	 *        extendedMetaData="kind='element' name='memory' namespace='##targetNamespace'"
	 * @generated
	 */
	long getMemory();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Template#getMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory</em>' attribute.
	 * @see #isSetMemory()
	 * @see #unsetMemory()
	 * @see #getMemory()
	 * @generated
	 */
	void setMemory(long value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Template#getMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMemory()
	 * @see #getMemory()
	 * @see #setMemory(long)
	 * @generated
	 */
	void unsetMemory();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Template#getMemory <em>Memory</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Memory</em>' attribute is set.
	 * @see #unsetMemory()
	 * @see #getMemory()
	 * @see #setMemory(long)
	 * @generated
	 */
	boolean isSetMemory();

	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The vCPUs a deployment proposes. When absent: 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpus</em>' attribute.
	 * @see #isSetVcpus()
	 * @see #unsetVcpus()
	 * @see #setVcpus(int)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getTemplate_Vcpus()
	 * @model unsettable="true" dataType="org.xenophilia.image.catalog.VcpuCount"
	 *        extendedMetaData="kind='element' name='vcpus' namespace='##targetNamespace'"
	 * @generated
	 */
	int getVcpus();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Template#getVcpus <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpus</em>' attribute.
	 * @see #isSetVcpus()
	 * @see #unsetVcpus()
	 * @see #getVcpus()
	 * @generated
	 */
	void setVcpus(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.image.catalog.Template#getVcpus <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVcpus()
	 * @see #getVcpus()
	 * @see #setVcpus(int)
	 * @generated
	 */
	void unsetVcpus();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.image.catalog.Template#getVcpus <em>Vcpus</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Vcpus</em>' attribute is set.
	 * @see #unsetVcpus()
	 * @see #getVcpus()
	 * @see #setVcpus(int)
	 * @generated
	 */
	boolean isSetVcpus();

	/**
	 * Returns the value of the '<em><b>Vdev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The virtual device the image's disk is given to the guest as, e.g. xvda. When absent: xvda.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vdev</em>' attribute.
	 * @see #setVdev(String)
	 * @see org.xenophilia.image.catalog.CatalogPackage#getTemplate_Vdev()
	 * @model dataType="org.xenophilia.image.catalog.Vdev"
	 *        extendedMetaData="kind='element' name='vdev' namespace='##targetNamespace'"
	 * @generated
	 */
	String getVdev();

	/**
	 * Sets the value of the '{@link org.xenophilia.image.catalog.Template#getVdev <em>Vdev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vdev</em>' attribute.
	 * @see #getVdev()
	 * @generated
	 */
	void setVdev(String value);

} // Template
