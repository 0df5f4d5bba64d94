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
 * A representation of the literals of the enumeration '<em><b>Content</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What an image file holds once decompressed.
 * <!-- end-model-doc -->
 * @see org.xenophilia.image.catalog.CatalogPackage#getContent()
 * @model extendedMetaData="name='Content'"
 * @generated
 */
public enum Content implements Enumerator {
	/**
	 * The '<em><b>Disk</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A raw disk image, written as it is into the new volume (runs of zeros skipped).
	 * <!-- end-model-doc -->
	 * @see #DISK_VALUE
	 * @generated
	 * @ordered
	 */
	DISK(0, "disk", "disk"),

	/**
	 * The '<em><b>Rootfs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A tar archive of a root filesystem: the Agent makes an ext4 filesystem of it on the new volume.
	 * <!-- end-model-doc -->
	 * @see #ROOTFS_VALUE
	 * @generated
	 * @ordered
	 */
	ROOTFS(1, "rootfs", "rootfs");

	/**
	 * The '<em><b>Disk</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A raw disk image, written as it is into the new volume (runs of zeros skipped).
	 * <!-- end-model-doc -->
	 * @see #DISK
	 * @model name="disk"
	 * @generated
	 * @ordered
	 */
	public static final int DISK_VALUE = 0;

	/**
	 * The '<em><b>Rootfs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A tar archive of a root filesystem: the Agent makes an ext4 filesystem of it on the new volume.
	 * <!-- end-model-doc -->
	 * @see #ROOTFS
	 * @model name="rootfs"
	 * @generated
	 * @ordered
	 */
	public static final int ROOTFS_VALUE = 1;

	/**
	 * An array of all the '<em><b>Content</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Content[] VALUES_ARRAY =
		new Content[] {
			DISK,
			ROOTFS,
		};

	/**
	 * A public read-only list of all the '<em><b>Content</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Content> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Content</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Content get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Content result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Content</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Content getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Content result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Content</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Content get(int value) {
		switch (value) {
			case DISK_VALUE: return DISK;
			case ROOTFS_VALUE: return ROOTFS;
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
	private Content(int value, String name, String literal) {
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
	
} //Content
