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
 * A representation of the literals of the enumeration '<em><b>Disk Backend Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Block backend implementation (DISKSPEC backendtype): phy (kernel blkback, raw only), qdisk (QEMU), tap (blktap tapback), standalone (raw only, virtio specification only).
 * <!-- end-model-doc -->
 * @see org.xenophilia.domain.DomainPackage#getDiskBackendType()
 * @model extendedMetaData="name='DiskBackendType'"
 * @generated
 */
public enum DiskBackendType implements Enumerator {
	/**
	 * The '<em><b>Phy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHY_VALUE
	 * @generated
	 * @ordered
	 */
	PHY(0, "phy", "phy"),

	/**
	 * The '<em><b>Qdisk</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QDISK_VALUE
	 * @generated
	 * @ordered
	 */
	QDISK(1, "qdisk", "qdisk"),

	/**
	 * The '<em><b>Tap</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAP_VALUE
	 * @generated
	 * @ordered
	 */
	TAP(2, "tap", "tap"),

	/**
	 * The '<em><b>Standalone</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDALONE_VALUE
	 * @generated
	 * @ordered
	 */
	STANDALONE(3, "standalone", "standalone");

	/**
	 * The '<em><b>Phy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHY
	 * @model name="phy"
	 * @generated
	 * @ordered
	 */
	public static final int PHY_VALUE = 0;

	/**
	 * The '<em><b>Qdisk</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QDISK
	 * @model name="qdisk"
	 * @generated
	 * @ordered
	 */
	public static final int QDISK_VALUE = 1;

	/**
	 * The '<em><b>Tap</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAP
	 * @model name="tap"
	 * @generated
	 * @ordered
	 */
	public static final int TAP_VALUE = 2;

	/**
	 * The '<em><b>Standalone</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDALONE
	 * @model name="standalone"
	 * @generated
	 * @ordered
	 */
	public static final int STANDALONE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Disk Backend Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DiskBackendType[] VALUES_ARRAY =
		new DiskBackendType[] {
			PHY,
			QDISK,
			TAP,
			STANDALONE,
		};

	/**
	 * A public read-only list of all the '<em><b>Disk Backend Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DiskBackendType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Disk Backend Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiskBackendType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiskBackendType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disk Backend Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiskBackendType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiskBackendType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disk Backend Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiskBackendType get(int value) {
		switch (value) {
			case PHY_VALUE: return PHY;
			case QDISK_VALUE: return QDISK;
			case TAP_VALUE: return TAP;
			case STANDALONE_VALUE: return STANDALONE;
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
	private DiskBackendType(int value, String name, String literal) {
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
	
} //DiskBackendType
