/**
 * Generated from model/catalog.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.image.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Boot</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a domain made from an image finds its kernel (pygrub, kernel: PV and PVH guests) or its bootloader (firmware: HVM guests).
 * <!-- end-model-doc -->
 * @see org.xenophilia.image.catalog.CatalogPackage#getBoot()
 * @model extendedMetaData="name='Boot'"
 * @generated
 */
public enum Boot implements Enumerator {
	/**
	 * The '<em><b>Pygrub</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pygrub reads the image's boot configuration.
	 * <!-- end-model-doc -->
	 * @see #PYGRUB_VALUE
	 * @generated
	 * @ordered
	 */
	PYGRUB(0, "pygrub", "pygrub"),

	/**
	 * The '<em><b>Kernel</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pygrub takes the kernel and ramdisk at the template's paths in the image.
	 * <!-- end-model-doc -->
	 * @see #KERNEL_VALUE
	 * @generated
	 * @ordered
	 */
	KERNEL(1, "kernel", "kernel"),

	/**
	 * The '<em><b>Firmware</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HVM only, disk images only: the disk boots by its own bootloader through the domain's firmware (no pygrub, which boots PV and PVH guests only).
	 * <!-- end-model-doc -->
	 * @see #FIRMWARE_VALUE
	 * @generated
	 * @ordered
	 */
	FIRMWARE(2, "firmware", "firmware");

	/**
	 * The '<em><b>Pygrub</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pygrub reads the image's boot configuration.
	 * <!-- end-model-doc -->
	 * @see #PYGRUB
	 * @model name="pygrub"
	 * @generated
	 * @ordered
	 */
	public static final int PYGRUB_VALUE = 0;

	/**
	 * The '<em><b>Kernel</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pygrub takes the kernel and ramdisk at the template's paths in the image.
	 * <!-- end-model-doc -->
	 * @see #KERNEL
	 * @model name="kernel"
	 * @generated
	 * @ordered
	 */
	public static final int KERNEL_VALUE = 1;

	/**
	 * The '<em><b>Firmware</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HVM only, disk images only: the disk boots by its own bootloader through the domain's firmware (no pygrub, which boots PV and PVH guests only).
	 * <!-- end-model-doc -->
	 * @see #FIRMWARE
	 * @model name="firmware"
	 * @generated
	 * @ordered
	 */
	public static final int FIRMWARE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Boot</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Boot[] VALUES_ARRAY =
		new Boot[] {
			PYGRUB,
			KERNEL,
			FIRMWARE,
		};

	/**
	 * A public read-only list of all the '<em><b>Boot</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Boot> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Boot</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Boot get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Boot result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boot</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Boot getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Boot result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boot</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Boot get(int value) {
		switch (value) {
			case PYGRUB_VALUE: return PYGRUB;
			case KERNEL_VALUE: return KERNEL;
			case FIRMWARE_VALUE: return FIRMWARE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Boot(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Boot
