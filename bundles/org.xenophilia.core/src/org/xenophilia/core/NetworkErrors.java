package org.xenophilia.core;

import java.util.List;

import org.xenophilia.xenapi.XenApiException;

/**
 * The Agent's errors about networks (docs/agent-api.md, <i>network, PIF</i>) as the reasons of
 * {@link XenApiErrorMessages#networkFailed}: a refused definition with its rule's own message, a bridge taken, the
 * host's tools failing or something of the host's in the way, a node without networking.
 */
final class NetworkErrors {

    /** A definition that breaks a rule: {@code [rule, path, line, message]}. */
    static final String INVALID_NETWORK = "XENOPHILIA_INVALID_NETWORK";
    /** The host networking failed and was put back: {@code [network, message, tool output]}. */
    static final String NETWORK_FAILED = "XENOPHILIA_NETWORK_FAILED";
    /** Something not the Agent's in the way on the host: {@code [network, message]}. */
    static final String NETWORK_CONFLICT = "XENOPHILIA_NETWORK_CONFLICT";
    /** No host networking on the node: {@code [reason]}. */
    static final String NETWORKING_UNAVAILABLE = "XENOPHILIA_NETWORKING_UNAVAILABLE";
    /** xapi's: another network has that bridge, {@code [bridge]}. */
    static final String BRIDGE_NAME_EXISTS = "BRIDGE_NAME_EXISTS";
    /** xapi's: running domains' vifs are on the network, {@code [vif, ..., domains]}. */
    static final String CONTAINS_VIF = "NETWORK_CONTAINS_VIF";
    /** A vif naming a network the node does not have: {@code [vm, network, vif index]}. */
    static final String VM_REQUIRES_NETWORK = "VM_REQUIRES_NETWORK";

    private NetworkErrors() {
    }

    /** Why a network operation failed, without the "Cannot ..." prefix. */
    static String reason(String network, String node, XenApiException e) {
        List<String> p = e.params();
        return switch (e.code()) {
            case INVALID_NETWORK -> p.size() >= 4 ? p.get(3) + " (rule " + p.get(0) + (p.get(2).equals("0") ? ""
                    : ", line " + p.get(2)) + ")" : "node " + node + " refused the definition";
            case NETWORK_FAILED -> "the host networking of node " + node + " failed" + (p.size() >= 2 ? ": "
                    + p.get(1) : "") + (p.size() >= 3 && !p.get(2).isBlank() ? " (" + p.get(2).strip() + ")" : "")
                    + "; the host was put back as it was";
            case NETWORK_CONFLICT -> "something on node " + node + " that is not Xenophilia's is in the way"
                    + (p.size() >= 2 ? ": " + p.get(1) : "") + "; nothing was changed";
            case NETWORKING_UNAVAILABLE -> "node " + node + " does not make networks" + (p.isEmpty() ? ""
                    : " (" + p.get(0) + ")");
            case BRIDGE_NAME_EXISTS -> "bridge " + (p.isEmpty() ? "?" : p.get(0)) + " is another network's on node "
                    + node;
            case CONTAINS_VIF -> network + " is in use by a running domain of node " + node;
            default -> XenApiErrorMessages.reason(network, node, e);
        };
    }
}
