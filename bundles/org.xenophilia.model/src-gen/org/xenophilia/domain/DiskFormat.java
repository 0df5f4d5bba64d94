/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Disk Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Disk image format (DISKSPEC format).
 * <!-- end-model-doc -->
 * @see org.xenophilia.domain.DomainPackage#getDiskFormat()
 * @model extendedMetaData="name='DiskFormat'"
 * @generated
 */
public enum DiskFormat implements Enumerator {
	/**
	 * The '<em><b>Raw</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAW_VALUE
	 * @generated
	 * @ordered
	 */
	RAW(0, "raw", "raw"),

	/**
	 * The '<em><b>Qcow</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QCOW_VALUE
	 * @generated
	 * @ordered
	 */
	QCOW(1, "qcow", "qcow"),

	/**
	 * The '<em><b>Qcow2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QCOW2_VALUE
	 * @generated
	 * @ordered
	 */
	QCOW2(2, "qcow2", "qcow2"),

	/**
	 * The '<em><b>Vhd</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VHD_VALUE
	 * @generated
	 * @ordered
	 */
	VHD(3, "vhd", "vhd"),

	/**
	 * The '<em><b>Qed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QED_VALUE
	 * @generated
	 * @ordered
	 */
	QED(4, "qed", "qed");

	/**
	 * The '<em><b>Raw</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAW
	 * @model name="raw"
	 * @generated
	 * @ordered
	 */
	public static final int RAW_VALUE = 0;

	/**
	 * The '<em><b>Qcow</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QCOW
	 * @model name="qcow"
	 * @generated
	 * @ordered
	 */
	public static final int QCOW_VALUE = 1;

	/**
	 * The '<em><b>Qcow2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QCOW2
	 * @model name="qcow2"
	 * @generated
	 * @ordered
	 */
	public static final int QCOW2_VALUE = 2;

	/**
	 * The '<em><b>Vhd</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VHD
	 * @model name="vhd"
	 * @generated
	 * @ordered
	 */
	public static final int VHD_VALUE = 3;

	/**
	 * The '<em><b>Qed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QED
	 * @model name="qed"
	 * @generated
	 * @ordered
	 */
	public static final int QED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Disk Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DiskFormat[] VALUES_ARRAY =
		new DiskFormat[] {
			RAW,
			QCOW,
			QCOW2,
			VHD,
			QED,
		};

	/**
	 * A public read-only list of all the '<em><b>Disk Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DiskFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Disk Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiskFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiskFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disk Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiskFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiskFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disk Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiskFormat get(int value) {
		switch (value) {
			case RAW_VALUE: return RAW;
			case QCOW_VALUE: return QCOW;
			case QCOW2_VALUE: return QCOW2;
			case VHD_VALUE: return VHD;
			case QED_VALUE: return QED;
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
	private DiskFormat(int value, String name, String literal) {
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
	
} //DiskFormat
