package org.xenophilia.xenapi;

/**
 * A Java enum that stands for a XenAPI enum. XenAPI enums travel as strings whose spelling (e.g. {@code Halted},
 * {@code clean_shutdown}) is not a Java constant name, so each constant states its wire name.
 */
public interface WireEnum {

    /** @return the string sent on the wire for this constant */
    String wireName();
}
