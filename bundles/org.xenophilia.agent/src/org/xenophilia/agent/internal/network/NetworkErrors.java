package org.xenophilia.agent.internal.network;

import java.io.IOException;
import java.util.List;

import org.xenophilia.files.StorageFullException;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.XenApiException;

/** The XenAPI errors of the node's networks: xapi's where it has one, ours otherwise (see {@code agent-api.md}). */
public final class NetworkErrors {

    /** A definition breaks a rule: {@code [rule, path, line, message]}. */
    public static final String INVALID_NETWORK = "XENOPHILIA_INVALID_NETWORK";
    /** The host networking failed and put the host back: {@code [network, message, tool output]}. */
    public static final String NETWORK_FAILED = "XENOPHILIA_NETWORK_FAILED";
    /** Something on the host that is not ours is in the way: {@code [network, message]}. */
    public static final String NETWORK_CONFLICT = "XENOPHILIA_NETWORK_CONFLICT";
    /** No host networking runs here: {@code [reason]}. */
    public static final String NETWORKING_UNAVAILABLE = "XENOPHILIA_NETWORKING_UNAVAILABLE";
    /** Our own, as for domains: the state directory's file system is full. */
    static final String DISK_FULL = "XENOPHILIA_DISK_FULL";

    private NetworkErrors() {
    }

    /**
     * @param problems a definition's problems, at least one an error
     * @return {@code XENOPHILIA_INVALID_NETWORK} of the first error, saying how many more there are
     */
    static XenApiException invalid(List<NetworkProblem> problems) {
        List<NetworkProblem> errors = problems.stream().filter(NetworkProblem::isError).toList();
        NetworkProblem first = errors.get(0);
        String more = errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more error"
                + (errors.size() == 2 ? "" : "s") + ")";
        return new XenApiException(INVALID_NETWORK, List.of(first.rule().id(), first.path() == null ? ""
                : first.path(), Integer.toString(Math.max(0, first.line())), first.message() + more));
    }

    /**
     * @param network the network's name
     * @param e what the host networking said
     * @return the error the call answers
     */
    static XenApiException of(String network, NetworkException e) {
        return switch (e.kind()) {
            case INVALID -> new XenApiException(INVALID_NETWORK, List.of("host-networking", "", "0", e.getMessage()));
            case CONFLICT -> new XenApiException(NETWORK_CONFLICT, List.of(network, e.getMessage()));
            case UNAVAILABLE -> unavailable(e.getMessage());
            case NOT_FOUND, FAILED -> new XenApiException(NETWORK_FAILED, List.of(network, e.getMessage(),
                    e.toolOutput()));
        };
    }

    /**
     * @param reason why no host networking runs here
     * @return {@code XENOPHILIA_NETWORKING_UNAVAILABLE}
     */
    static XenApiException unavailable(String reason) {
        return new XenApiException(NETWORKING_UNAVAILABLE, List.of(reason));
    }

    /**
     * @param what what could not be stored
     * @param e why
     * @return {@code XENOPHILIA_DISK_FULL} when the file system is full, else {@code INTERNAL_ERROR}
     */
    static XenApiException storing(String what, IOException e) {
        if (e instanceof StorageFullException full) {
            return new XenApiException(DISK_FULL, List.of(full.directory().toString(), what + ": " + e.getMessage()));
        }
        return ErrorCode.INTERNAL_ERROR.exception(what + ": " + e.getMessage());
    }
}
