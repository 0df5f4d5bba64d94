/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Ipv6 Addressing</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How guests get IPv6 addresses: static (dom0 sends no router advertisements; guests are configured by hand), slaac (router advertisements with the prefix; guests make their own addresses; the prefix must be a /64) or dhcpv6 (router advertisements that send guests to a stateful DHCPv6 server handing out the dhcp range).
 * <!-- end-model-doc -->
 * @see org.xenophilia.network.definition.NetworkPackage#getIpv6Addressing()
 * @model extendedMetaData="name='Ipv6Addressing'"
 * @generated
 */
public enum Ipv6Addressing implements Enumerator {
	/**
	 * The '<em><b>Static</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATIC_VALUE
	 * @generated
	 * @ordered
	 */
	STATIC(0, "static", "static"),

	/**
	 * The '<em><b>Slaac</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLAAC_VALUE
	 * @generated
	 * @ordered
	 */
	SLAAC(1, "slaac", "slaac"),

	/**
	 * The '<em><b>Dhcpv6</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DHCPV6_VALUE
	 * @generated
	 * @ordered
	 */
	DHCPV6(2, "dhcpv6", "dhcpv6");

	/**
	 * The '<em><b>Static</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATIC
	 * @model name="static"
	 * @generated
	 * @ordered
	 */
	public static final int STATIC_VALUE = 0;

	/**
	 * The '<em><b>Slaac</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLAAC
	 * @model name="slaac"
	 * @generated
	 * @ordered
	 */
	public static final int SLAAC_VALUE = 1;

	/**
	 * The '<em><b>Dhcpv6</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DHCPV6
	 * @model name="dhcpv6"
	 * @generated
	 * @ordered
	 */
	public static final int DHCPV6_VALUE = 2;

	/**
	 * An array of all the '<em><b>Ipv6 Addressing</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Ipv6Addressing[] VALUES_ARRAY =
		new Ipv6Addressing[] {
			STATIC,
			SLAAC,
			DHCPV6,
		};

	/**
	 * A public read-only list of all the '<em><b>Ipv6 Addressing</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Ipv6Addressing> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Ipv6 Addressing</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Ipv6Addressing get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Ipv6Addressing result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ipv6 Addressing</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Ipv6Addressing getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Ipv6Addressing result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ipv6 Addressing</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Ipv6Addressing get(int value) {
		switch (value) {
			case STATIC_VALUE: return STATIC;
			case SLAAC_VALUE: return SLAAC;
			case DHCPV6_VALUE: return DHCPV6;
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
	private Ipv6Addressing(int value, String name, String literal) {
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
	
} //Ipv6Addressing
