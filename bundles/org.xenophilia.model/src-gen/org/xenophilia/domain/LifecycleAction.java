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
 * A representation of the literals of the enumeration '<em><b>Lifecycle Action</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What xl does when a domain stops (xl.cfg on_poweroff, on_reboot, on_watchdog, on_crash, on_soft_reset): destroy; restart; rename-restart (rename the old domain, then start a new one); preserve (keep it for inspection); coredump-destroy / coredump-restart (write a core dump first); soft-reset (reset Xen interfaces and continue; Xen-aware HVM guests only).
 * <!-- end-model-doc -->
 * @see org.xenophilia.domain.DomainPackage#getLifecycleAction()
 * @model extendedMetaData="name='LifecycleAction'"
 * @generated
 */
public enum LifecycleAction implements Enumerator {
	/**
	 * The '<em><b>Destroy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESTROY_VALUE
	 * @generated
	 * @ordered
	 */
	DESTROY(0, "destroy", "destroy"),

	/**
	 * The '<em><b>Restart</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTART_VALUE
	 * @generated
	 * @ordered
	 */
	RESTART(1, "restart", "restart"),

	/**
	 * The '<em><b>Rename Restart</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RENAME_RESTART_VALUE
	 * @generated
	 * @ordered
	 */
	RENAME_RESTART(2, "renameRestart", "rename-restart"),

	/**
	 * The '<em><b>Preserve</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESERVE_VALUE
	 * @generated
	 * @ordered
	 */
	PRESERVE(3, "preserve", "preserve"),

	/**
	 * The '<em><b>Coredump Destroy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COREDUMP_DESTROY_VALUE
	 * @generated
	 * @ordered
	 */
	COREDUMP_DESTROY(4, "coredumpDestroy", "coredump-destroy"),

	/**
	 * The '<em><b>Coredump Restart</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COREDUMP_RESTART_VALUE
	 * @generated
	 * @ordered
	 */
	COREDUMP_RESTART(5, "coredumpRestart", "coredump-restart"),

	/**
	 * The '<em><b>Soft Reset</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFT_RESET_VALUE
	 * @generated
	 * @ordered
	 */
	SOFT_RESET(6, "softReset", "soft-reset");

	/**
	 * The '<em><b>Destroy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESTROY
	 * @model name="destroy"
	 * @generated
	 * @ordered
	 */
	public static final int DESTROY_VALUE = 0;

	/**
	 * The '<em><b>Restart</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTART
	 * @model name="restart"
	 * @generated
	 * @ordered
	 */
	public static final int RESTART_VALUE = 1;

	/**
	 * The '<em><b>Rename Restart</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RENAME_RESTART
	 * @model name="renameRestart" literal="rename-restart"
	 * @generated
	 * @ordered
	 */
	public static final int RENAME_RESTART_VALUE = 2;

	/**
	 * The '<em><b>Preserve</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESERVE
	 * @model name="preserve"
	 * @generated
	 * @ordered
	 */
	public static final int PRESERVE_VALUE = 3;

	/**
	 * The '<em><b>Coredump Destroy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COREDUMP_DESTROY
	 * @model name="coredumpDestroy" literal="coredump-destroy"
	 * @generated
	 * @ordered
	 */
	public static final int COREDUMP_DESTROY_VALUE = 4;

	/**
	 * The '<em><b>Coredump Restart</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COREDUMP_RESTART
	 * @model name="coredumpRestart" literal="coredump-restart"
	 * @generated
	 * @ordered
	 */
	public static final int COREDUMP_RESTART_VALUE = 5;

	/**
	 * The '<em><b>Soft Reset</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFT_RESET
	 * @model name="softReset" literal="soft-reset"
	 * @generated
	 * @ordered
	 */
	public static final int SOFT_RESET_VALUE = 6;

	/**
	 * An array of all the '<em><b>Lifecycle Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LifecycleAction[] VALUES_ARRAY =
		new LifecycleAction[] {
			DESTROY,
			RESTART,
			RENAME_RESTART,
			PRESERVE,
			COREDUMP_DESTROY,
			COREDUMP_RESTART,
			SOFT_RESET,
		};

	/**
	 * A public read-only list of all the '<em><b>Lifecycle Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LifecycleAction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Lifecycle Action</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifecycleAction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LifecycleAction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lifecycle Action</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifecycleAction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LifecycleAction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lifecycle Action</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifecycleAction get(int value) {
		switch (value) {
			case DESTROY_VALUE: return DESTROY;
			case RESTART_VALUE: return RESTART;
			case RENAME_RESTART_VALUE: return RENAME_RESTART;
			case PRESERVE_VALUE: return PRESERVE;
			case COREDUMP_DESTROY_VALUE: return COREDUMP_DESTROY;
			case COREDUMP_RESTART_VALUE: return COREDUMP_RESTART;
			case SOFT_RESET_VALUE: return SOFT_RESET;
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
	private LifecycleAction(int value, String name, String literal) {
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
	
} //LifecycleAction
