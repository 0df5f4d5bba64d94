package org.xenophilia.core.network;

import org.xenophilia.core.NodeOperation;

/**
 * What a {@link NetworkJob} does, in the words of its progress and of its failure ("Cannot delete network lab: ...",
 * see {@code XenApiErrorMessages.networkFailed}).
 */
public enum NetworkOperation implements NodeOperation {
    /** {@code Xenophilia.network.get_context}: the node's networks, interfaces and routes. */
    READ_CONTEXT("read the networks of", "Reading the networks of"),
    /** {@code Xenophilia.network.get_xml}. */
    READ_DEFINITION("read the definition of network", "Reading the definition of network"),
    /** {@code Xenophilia.network.get_leases}. */
    READ_LEASES("read the leases of network", "Reading the leases of network"),
    /** {@code Xenophilia.network.create_from_xml}. */
    CREATE("create network", "Creating network"),
    /** {@code Xenophilia.network.set_xml}. */
    EDIT("change network", "Changing network"),
    /** {@code network.destroy}. */
    DELETE("delete network", "Deleting network"),
    /** {@code Xenophilia.network.check}. */
    CHECK("check network", "Checking network"),
    /** {@code Xenophilia.network.repair}. */
    REPAIR("repair network", "Repairing network");

    private final String verb;
    private final String progressing;

    NetworkOperation(String verb, String progressing) {
        this.verb = verb;
        this.progressing = progressing;
    }

    @Override
    public String verb() {
        return verb;
    }

    @Override
    public String progressing() {
        return progressing;
    }
}
