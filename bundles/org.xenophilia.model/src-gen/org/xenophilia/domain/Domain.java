/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One Xen guest (domain) as an administrator defines it; corresponds to one xl.cfg(5) file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.domain.Domain#getName <em>Name</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getDescription <em>Description</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getTags <em>Tags</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getType <em>Type</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getMaxmem <em>Maxmem</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getMaxvcpus <em>Maxvcpus</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getCpus <em>Cpus</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getCpusSoft <em>Cpus Soft</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getCpuWeight <em>Cpu Weight</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getCap <em>Cap</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getKernel <em>Kernel</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getRamdisk <em>Ramdisk</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getCmdline <em>Cmdline</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getRoot <em>Root</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getExtra <em>Extra</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getBootloader <em>Bootloader</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getBootloaderArgs <em>Bootloader Args</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getOnPoweroff <em>On Poweroff</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getOnReboot <em>On Reboot</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getOnWatchdog <em>On Watchdog</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getOnCrash <em>On Crash</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getOnSoftReset <em>On Soft Reset</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#isNomigrate <em>Nomigrate</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getDisks <em>Disks</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getVifs <em>Vifs</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getDisplay <em>Display</em>}</li>
 *   <li>{@link org.xenophilia.domain.Domain#getXlKeys <em>Xl Keys</em>}</li>
 * </ul>
 *
 * @see org.xenophilia.domain.DomainPackage#getDomain()
 * @model extendedMetaData="name='Domain' kind='elementOnly'"
 * @generated
 */
public interface Domain extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg name: the domain's name, unique among the domains of a host. Mandatory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Name()
	 * @model dataType="org.xenophilia.domain.DomainName" required="true"
	 *        extendedMetaData="kind='element' name='name' namespace='##targetNamespace'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg uuid: the domain's UUID (8-4-4-4-12 hexadecimal digits). When absent, xl generates a fresh one at every creation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Uuid()
	 * @model dataType="org.xenophilia.domain.Uuid"
	 *        extendedMetaData="kind='element' name='uuid' namespace='##targetNamespace'"
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text for administrators (purpose, owner, notes). Xenophilia only; not an xl.cfg key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Description()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='element' name='description' namespace='##targetNamespace'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A label used to group and filter domains in the Workbench (e.g. "web", "prod"). Repeat the element for several tags. Xenophilia only; not an xl.cfg key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Tags()
	 * @model unique="false" dataType="org.xenophilia.domain.Tag"
	 *        extendedMetaData="kind='element' name='tag' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.domain.DomainType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg type: the guest type, pv, pvh or hvm. When absent xl uses pv on x86 (pvh on Arm). The deprecated xl.cfg builder="hvm" / builder="generic" maps to hvm / pv.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.xenophilia.domain.DomainType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(DomainType)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='element' name='type' namespace='##targetNamespace'"
	 * @generated
	 */
	DomainType getType();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.xenophilia.domain.DomainType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(DomainType value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(DomainType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(DomainType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg memory: RAM the guest starts with, in MiB (at least 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory</em>' attribute.
	 * @see #isSetMemory()
	 * @see #unsetMemory()
	 * @see #setMemory(int)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Memory()
	 * @model unsettable="true" dataType="org.xenophilia.domain.MemoryMiB"
	 *        extendedMetaData="kind='element' name='memory' namespace='##targetNamespace'"
	 * @generated
	 */
	int getMemory();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory</em>' attribute.
	 * @see #isSetMemory()
	 * @see #unsetMemory()
	 * @see #getMemory()
	 * @generated
	 */
	void setMemory(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMemory()
	 * @see #getMemory()
	 * @see #setMemory(int)
	 * @generated
	 */
	void unsetMemory();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getMemory <em>Memory</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Memory</em>' attribute is set.
	 * @see #unsetMemory()
	 * @see #getMemory()
	 * @see #setMemory(int)
	 * @generated
	 */
	boolean isSetMemory();

	/**
	 * Returns the value of the '<em><b>Maxmem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg maxmem: the most memory the guest can ever balloon up to, in MiB; must not be less than memory. A guest with maxmem above memory starts "pre-ballooned" and needs a balloon driver.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maxmem</em>' attribute.
	 * @see #isSetMaxmem()
	 * @see #unsetMaxmem()
	 * @see #setMaxmem(int)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Maxmem()
	 * @model unsettable="true" dataType="org.xenophilia.domain.MemoryMiB"
	 *        extendedMetaData="kind='element' name='maxmem' namespace='##targetNamespace'"
	 * @generated
	 */
	int getMaxmem();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getMaxmem <em>Maxmem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maxmem</em>' attribute.
	 * @see #isSetMaxmem()
	 * @see #unsetMaxmem()
	 * @see #getMaxmem()
	 * @generated
	 */
	void setMaxmem(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getMaxmem <em>Maxmem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaxmem()
	 * @see #getMaxmem()
	 * @see #setMaxmem(int)
	 * @generated
	 */
	void unsetMaxmem();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getMaxmem <em>Maxmem</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Maxmem</em>' attribute is set.
	 * @see #unsetMaxmem()
	 * @see #getMaxmem()
	 * @see #setMaxmem(int)
	 * @generated
	 */
	boolean isSetMaxmem();

	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg vcpus: number of virtual CPUs online at start (at least 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpus</em>' attribute.
	 * @see #isSetVcpus()
	 * @see #unsetVcpus()
	 * @see #setVcpus(int)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Vcpus()
	 * @model unsettable="true" dataType="org.xenophilia.domain.VcpuCount"
	 *        extendedMetaData="kind='element' name='vcpus' namespace='##targetNamespace'"
	 * @generated
	 */
	int getVcpus();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getVcpus <em>Vcpus</em>}' attribute.
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
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getVcpus <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVcpus()
	 * @see #getVcpus()
	 * @see #setVcpus(int)
	 * @generated
	 */
	void unsetVcpus();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getVcpus <em>Vcpus</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Maxvcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg maxvcpus: the most virtual CPUs the guest can bring online; must not be less than vcpus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maxvcpus</em>' attribute.
	 * @see #isSetMaxvcpus()
	 * @see #unsetMaxvcpus()
	 * @see #setMaxvcpus(int)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Maxvcpus()
	 * @model unsettable="true" dataType="org.xenophilia.domain.VcpuCount"
	 *        extendedMetaData="kind='element' name='maxvcpus' namespace='##targetNamespace'"
	 * @generated
	 */
	int getMaxvcpus();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getMaxvcpus <em>Maxvcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maxvcpus</em>' attribute.
	 * @see #isSetMaxvcpus()
	 * @see #unsetMaxvcpus()
	 * @see #getMaxvcpus()
	 * @generated
	 */
	void setMaxvcpus(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getMaxvcpus <em>Maxvcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaxvcpus()
	 * @see #getMaxvcpus()
	 * @see #setMaxvcpus(int)
	 * @generated
	 */
	void unsetMaxvcpus();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getMaxvcpus <em>Maxvcpus</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Maxvcpus</em>' attribute is set.
	 * @see #unsetMaxvcpus()
	 * @see #getMaxvcpus()
	 * @see #setMaxvcpus(int)
	 * @generated
	 */
	boolean isSetMaxvcpus();

	/**
	 * Returns the value of the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg cpus (string form): hard affinity (pinning) of all vCPUs to host CPUs, e.g. "all", "0-3,5,^1", "nodes:0-1,^node:1". The per-vCPU list form (cpus = ["2", "3-8,^5"]) is kept as an xlKey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpus</em>' attribute.
	 * @see #setCpus(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Cpus()
	 * @model dataType="org.xenophilia.domain.CpuList"
	 *        extendedMetaData="kind='element' name='cpus' namespace='##targetNamespace'"
	 * @generated
	 */
	String getCpus();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getCpus <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpus</em>' attribute.
	 * @see #getCpus()
	 * @generated
	 */
	void setCpus(String value);

	/**
	 * Returns the value of the '<em><b>Cpus Soft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg cpus_soft (string form): soft affinity of all vCPUs (host CPUs they prefer), same syntax as cpus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpus Soft</em>' attribute.
	 * @see #setCpusSoft(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_CpusSoft()
	 * @model dataType="org.xenophilia.domain.CpuList"
	 *        extendedMetaData="kind='element' name='cpusSoft' namespace='##targetNamespace'"
	 * @generated
	 */
	String getCpusSoft();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getCpusSoft <em>Cpus Soft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpus Soft</em>' attribute.
	 * @see #getCpusSoft()
	 * @generated
	 */
	void setCpusSoft(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg cpu_weight: scheduler weight, 1 to 65535 (xl default 256); a domain with weight 512 gets twice the CPU of one with 256 on a contended host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Weight</em>' attribute.
	 * @see #isSetCpuWeight()
	 * @see #unsetCpuWeight()
	 * @see #setCpuWeight(int)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_CpuWeight()
	 * @model unsettable="true" dataType="org.xenophilia.domain.CpuWeight"
	 *        extendedMetaData="kind='element' name='cpuWeight' namespace='##targetNamespace'"
	 * @generated
	 */
	int getCpuWeight();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getCpuWeight <em>Cpu Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Weight</em>' attribute.
	 * @see #isSetCpuWeight()
	 * @see #unsetCpuWeight()
	 * @see #getCpuWeight()
	 * @generated
	 */
	void setCpuWeight(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getCpuWeight <em>Cpu Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCpuWeight()
	 * @see #getCpuWeight()
	 * @see #setCpuWeight(int)
	 * @generated
	 */
	void unsetCpuWeight();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getCpuWeight <em>Cpu Weight</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Cpu Weight</em>' attribute is set.
	 * @see #unsetCpuWeight()
	 * @see #getCpuWeight()
	 * @see #setCpuWeight(int)
	 * @generated
	 */
	boolean isSetCpuWeight();

	/**
	 * Returns the value of the '<em><b>Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg cap: upper limit of CPU use in percent of one physical CPU (100 = one CPU, 400 = four CPUs); 0 means no cap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cap</em>' attribute.
	 * @see #isSetCap()
	 * @see #unsetCap()
	 * @see #setCap(int)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Cap()
	 * @model unsettable="true" dataType="org.xenophilia.domain.CpuCap"
	 *        extendedMetaData="kind='element' name='cap' namespace='##targetNamespace'"
	 * @generated
	 */
	int getCap();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getCap <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cap</em>' attribute.
	 * @see #isSetCap()
	 * @see #unsetCap()
	 * @see #getCap()
	 * @generated
	 */
	void setCap(int value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getCap <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCap()
	 * @see #getCap()
	 * @see #setCap(int)
	 * @generated
	 */
	void unsetCap();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getCap <em>Cap</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Cap</em>' attribute is set.
	 * @see #unsetCap()
	 * @see #getCap()
	 * @see #setCap(int)
	 * @generated
	 */
	boolean isSetCap();

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg kernel: path (in dom0) of the kernel image for direct kernel boot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Kernel()
	 * @model dataType="org.xenophilia.domain.Path"
	 *        extendedMetaData="kind='element' name='kernel' namespace='##targetNamespace'"
	 * @generated
	 */
	String getKernel();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getKernel <em>Kernel</em>}' attribute.
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
	 * xl.cfg ramdisk: path (in dom0) of the initial ramdisk loaded with the kernel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ramdisk</em>' attribute.
	 * @see #setRamdisk(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Ramdisk()
	 * @model dataType="org.xenophilia.domain.Path"
	 *        extendedMetaData="kind='element' name='ramdisk' namespace='##targetNamespace'"
	 * @generated
	 */
	String getRamdisk();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getRamdisk <em>Ramdisk</em>}' attribute.
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
	 * xl.cfg cmdline: the complete kernel command line. When set, root and extra are ignored by xl.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cmdline</em>' attribute.
	 * @see #setCmdline(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Cmdline()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='element' name='cmdline' namespace='##targetNamespace'"
	 * @generated
	 */
	String getCmdline();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getCmdline <em>Cmdline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cmdline</em>' attribute.
	 * @see #getCmdline()
	 * @generated
	 */
	void setCmdline(String value);

	/**
	 * Returns the value of the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg root: appended to the kernel command line as "root=VALUE" (e.g. /dev/xvda1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root</em>' attribute.
	 * @see #setRoot(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Root()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='element' name='root' namespace='##targetNamespace'"
	 * @generated
	 */
	String getRoot();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getRoot <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' attribute.
	 * @see #getRoot()
	 * @generated
	 */
	void setRoot(String value);

	/**
	 * Returns the value of the '<em><b>Extra</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg extra: text appended to the kernel command line (e.g. "console=hvc0 quiet"). This is the kernel-command-line key, not a container for unknown keys (those are xlKey elements).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra</em>' attribute.
	 * @see #setExtra(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Extra()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='element' name='extra' namespace='##targetNamespace'"
	 * @generated
	 */
	String getExtra();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getExtra <em>Extra</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extra</em>' attribute.
	 * @see #getExtra()
	 * @generated
	 */
	void setExtra(String value);

	/**
	 * Returns the value of the '<em><b>Bootloader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg bootloader: program run in dom0 to find the kernel and ramdisk in the guest's disk, normally pygrub. PV (and PVH) guests only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bootloader</em>' attribute.
	 * @see #setBootloader(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Bootloader()
	 * @model dataType="org.xenophilia.domain.Path"
	 *        extendedMetaData="kind='element' name='bootloader' namespace='##targetNamespace'"
	 * @generated
	 */
	String getBootloader();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getBootloader <em>Bootloader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bootloader</em>' attribute.
	 * @see #getBootloader()
	 * @generated
	 */
	void setBootloader(String value);

	/**
	 * Returns the value of the '<em><b>Bootloader Args</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg bootloader_args (list form): one argument appended to the bootloader's arguments; repeat the element for each argument, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bootloader Args</em>' attribute list.
	 * @see org.xenophilia.domain.DomainPackage#getDomain_BootloaderArgs()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='element' name='bootloaderArg' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<String> getBootloaderArgs();

	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg firmware: pvgrub32 or pvgrub64 for PV guests; bios, uefi, seabios, rombios or ovmf for HVM guests; or the dom0 path of a firmware image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firmware</em>' attribute.
	 * @see #setFirmware(String)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Firmware()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='element' name='firmware' namespace='##targetNamespace'"
	 * @generated
	 */
	String getFirmware();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(String value);

	/**
	 * Returns the value of the '<em><b>On Poweroff</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.domain.LifecycleAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg on_poweroff: what xl does when the guest shuts itself down (xl default destroy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On Poweroff</em>' attribute.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see #isSetOnPoweroff()
	 * @see #unsetOnPoweroff()
	 * @see #setOnPoweroff(LifecycleAction)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_OnPoweroff()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='element' name='onPoweroff' namespace='##targetNamespace'"
	 * @generated
	 */
	LifecycleAction getOnPoweroff();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getOnPoweroff <em>On Poweroff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Poweroff</em>' attribute.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see #isSetOnPoweroff()
	 * @see #unsetOnPoweroff()
	 * @see #getOnPoweroff()
	 * @generated
	 */
	void setOnPoweroff(LifecycleAction value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getOnPoweroff <em>On Poweroff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOnPoweroff()
	 * @see #getOnPoweroff()
	 * @see #setOnPoweroff(LifecycleAction)
	 * @generated
	 */
	void unsetOnPoweroff();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getOnPoweroff <em>On Poweroff</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>On Poweroff</em>' attribute is set.
	 * @see #unsetOnPoweroff()
	 * @see #getOnPoweroff()
	 * @see #setOnPoweroff(LifecycleAction)
	 * @generated
	 */
	boolean isSetOnPoweroff();

	/**
	 * Returns the value of the '<em><b>On Reboot</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.domain.LifecycleAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg on_reboot: what xl does when the guest asks to reboot (xl default restart).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On Reboot</em>' attribute.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see #isSetOnReboot()
	 * @see #unsetOnReboot()
	 * @see #setOnReboot(LifecycleAction)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_OnReboot()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='element' name='onReboot' namespace='##targetNamespace'"
	 * @generated
	 */
	LifecycleAction getOnReboot();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getOnReboot <em>On Reboot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Reboot</em>' attribute.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see #isSetOnReboot()
	 * @see #unsetOnReboot()
	 * @see #getOnReboot()
	 * @generated
	 */
	void setOnReboot(LifecycleAction value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getOnReboot <em>On Reboot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOnReboot()
	 * @see #getOnReboot()
	 * @see #setOnReboot(LifecycleAction)
	 * @generated
	 */
	void unsetOnReboot();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getOnReboot <em>On Reboot</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>On Reboot</em>' attribute is set.
	 * @see #unsetOnReboot()
	 * @see #getOnReboot()
	 * @see #setOnReboot(LifecycleAction)
	 * @generated
	 */
	boolean isSetOnReboot();

	/**
	 * Returns the value of the '<em><b>On Watchdog</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.domain.LifecycleAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg on_watchdog: what xl does when the guest's Xen watchdog expires (xl default destroy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On Watchdog</em>' attribute.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see #isSetOnWatchdog()
	 * @see #unsetOnWatchdog()
	 * @see #setOnWatchdog(LifecycleAction)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_OnWatchdog()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='element' name='onWatchdog' namespace='##targetNamespace'"
	 * @generated
	 */
	LifecycleAction getOnWatchdog();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getOnWatchdog <em>On Watchdog</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Watchdog</em>' attribute.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see #isSetOnWatchdog()
	 * @see #unsetOnWatchdog()
	 * @see #getOnWatchdog()
	 * @generated
	 */
	void setOnWatchdog(LifecycleAction value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getOnWatchdog <em>On Watchdog</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOnWatchdog()
	 * @see #getOnWatchdog()
	 * @see #setOnWatchdog(LifecycleAction)
	 * @generated
	 */
	void unsetOnWatchdog();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getOnWatchdog <em>On Watchdog</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>On Watchdog</em>' attribute is set.
	 * @see #unsetOnWatchdog()
	 * @see #getOnWatchdog()
	 * @see #setOnWatchdog(LifecycleAction)
	 * @generated
	 */
	boolean isSetOnWatchdog();

	/**
	 * Returns the value of the '<em><b>On Crash</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.domain.LifecycleAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg on_crash: what xl does when the guest crashes (xl default destroy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On Crash</em>' attribute.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see #isSetOnCrash()
	 * @see #unsetOnCrash()
	 * @see #setOnCrash(LifecycleAction)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_OnCrash()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='element' name='onCrash' namespace='##targetNamespace'"
	 * @generated
	 */
	LifecycleAction getOnCrash();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getOnCrash <em>On Crash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Crash</em>' attribute.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see #isSetOnCrash()
	 * @see #unsetOnCrash()
	 * @see #getOnCrash()
	 * @generated
	 */
	void setOnCrash(LifecycleAction value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getOnCrash <em>On Crash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOnCrash()
	 * @see #getOnCrash()
	 * @see #setOnCrash(LifecycleAction)
	 * @generated
	 */
	void unsetOnCrash();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getOnCrash <em>On Crash</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>On Crash</em>' attribute is set.
	 * @see #unsetOnCrash()
	 * @see #getOnCrash()
	 * @see #setOnCrash(LifecycleAction)
	 * @generated
	 */
	boolean isSetOnCrash();

	/**
	 * Returns the value of the '<em><b>On Soft Reset</b></em>' attribute.
	 * The literals are from the enumeration {@link org.xenophilia.domain.LifecycleAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg on_soft_reset: what xl does when the guest performs a soft reset, e.g. kexec (xl default soft-reset).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On Soft Reset</em>' attribute.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see #isSetOnSoftReset()
	 * @see #unsetOnSoftReset()
	 * @see #setOnSoftReset(LifecycleAction)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_OnSoftReset()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='element' name='onSoftReset' namespace='##targetNamespace'"
	 * @generated
	 */
	LifecycleAction getOnSoftReset();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getOnSoftReset <em>On Soft Reset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Soft Reset</em>' attribute.
	 * @see org.xenophilia.domain.LifecycleAction
	 * @see #isSetOnSoftReset()
	 * @see #unsetOnSoftReset()
	 * @see #getOnSoftReset()
	 * @generated
	 */
	void setOnSoftReset(LifecycleAction value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#getOnSoftReset <em>On Soft Reset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOnSoftReset()
	 * @see #getOnSoftReset()
	 * @see #setOnSoftReset(LifecycleAction)
	 * @generated
	 */
	void unsetOnSoftReset();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#getOnSoftReset <em>On Soft Reset</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>On Soft Reset</em>' attribute is set.
	 * @see #unsetOnSoftReset()
	 * @see #getOnSoftReset()
	 * @see #setOnSoftReset(LifecycleAction)
	 * @generated
	 */
	boolean isSetOnSoftReset();

	/**
	 * Returns the value of the '<em><b>Nomigrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * xl.cfg nomigrate: true forbids migrating this domain (and enables features incompatible with migration, such as an invariant TSC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nomigrate</em>' attribute.
	 * @see #isSetNomigrate()
	 * @see #unsetNomigrate()
	 * @see #setNomigrate(boolean)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Nomigrate()
	 * @model unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='element' name='nomigrate' namespace='##targetNamespace'"
	 * @generated
	 */
	boolean isNomigrate();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#isNomigrate <em>Nomigrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nomigrate</em>' attribute.
	 * @see #isSetNomigrate()
	 * @see #unsetNomigrate()
	 * @see #isNomigrate()
	 * @generated
	 */
	void setNomigrate(boolean value);

	/**
	 * Unsets the value of the '{@link org.xenophilia.domain.Domain#isNomigrate <em>Nomigrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNomigrate()
	 * @see #isNomigrate()
	 * @see #setNomigrate(boolean)
	 * @generated
	 */
	void unsetNomigrate();

	/**
	 * Returns whether the value of the '{@link org.xenophilia.domain.Domain#isNomigrate <em>Nomigrate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Nomigrate</em>' attribute is set.
	 * @see #unsetNomigrate()
	 * @see #isNomigrate()
	 * @see #setNomigrate(boolean)
	 * @generated
	 */
	boolean isSetNomigrate();

	/**
	 * Returns the value of the '<em><b>Disks</b></em>' containment reference list.
	 * The list contents are of type {@link org.xenophilia.domain.Disk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One entry of the xl.cfg disk list (see xl-disk-configuration(5)), in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disks</em>' containment reference list.
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Disks()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='disk' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<Disk> getDisks();

	/**
	 * Returns the value of the '<em><b>Vifs</b></em>' containment reference list.
	 * The list contents are of type {@link org.xenophilia.domain.Vif}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One entry of the xl.cfg vif list (see xl-network-configuration(5)), in order; the position is the device's DEVID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vifs</em>' containment reference list.
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Vifs()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='vif' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<Vif> getVifs();

	/**
	 * Returns the value of the '<em><b>Display</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest's graphical console: the xl.cfg vfb entry of a PV/PVH guest, or the top-level vnc, sdl and keymap keys of an HVM guest (emulated VGA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display</em>' containment reference.
	 * @see #setDisplay(Display)
	 * @see org.xenophilia.domain.DomainPackage#getDomain_Display()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='display' namespace='##targetNamespace'"
	 * @generated
	 */
	Display getDisplay();

	/**
	 * Sets the value of the '{@link org.xenophilia.domain.Domain#getDisplay <em>Display</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display</em>' containment reference.
	 * @see #getDisplay()
	 * @generated
	 */
	void setDisplay(Display value);

	/**
	 * Returns the value of the '<em><b>Xl Keys</b></em>' containment reference list.
	 * The list contents are of type {@link org.xenophilia.domain.XlKey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An xl.cfg assignment the model does not know (e.g. pci, usbctrl, viridian), kept verbatim so an imported file writes back unchanged. In file order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xl Keys</em>' containment reference list.
	 * @see org.xenophilia.domain.DomainPackage#getDomain_XlKeys()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='xlKey' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<XlKey> getXlKeys();

} // Domain
