package org.xenophilia.core;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.UntrustedCertificateException;

/**
 * Turns XenAPI failures into sentences for administrators, built from the error code and its parameters (in the
 * order of xapi's datamodel, see {@link ErrorCode}), e.g. {@code HOST_NOT_ENOUGH_FREE_MEMORY [1073741824, 536870912]}
 * on start becomes "Cannot start web01: node alpha has 512 MiB free, web01 needs 1024 MiB". Codes without a
 * sentence of their own still name the code and every parameter, so nothing is hidden.
 */
public final class XenApiErrorMessages {

    private static final long MIB = 1L << 20;
    /** The Agent's error for a change it could not store: its state directory's disk is full. */
    private static final String DISK_FULL = "XENOPHILIA_DISK_FULL";

    private XenApiErrorMessages() {
    }

    /**
     * @param op the operation attempted
     * @param vm the VM's name
     * @param node the node's name
     * @param e the failure
     * @return e.g. "Cannot start web01: web01 is Running, expected Halted"
     */
    public static String operationFailed(VmOperation op, String vm, String node, XenApiException e) {
        return "Cannot " + op.verb() + " " + vm + ": " + reason(vm, node, e);
    }

    /**
     * @param op the operation attempted
     * @param vm the VM's name
     * @param node the node's name
     * @param e a transport failure
     * @return e.g. "Cannot start web01: node alpha cannot be reached (Connection refused)"
     */
    public static String operationFailed(VmOperation op, String vm, String node, IOException e) {
        if (e instanceof UntrustedCertificateException u) {
            return "Cannot " + op.verb() + " " + vm + ": the certificate of node " + node + " is not the trusted one"
                    + u.expectedFingerprint().map(f -> " (pinned " + f + ")").orElse("") + "; it presented "
                    + u.presentedFingerprint();
        }
        return "Cannot " + op.verb() + " " + vm + ": node " + node + " cannot be reached (" + e.getMessage() + ")";
    }

    /**
     * A failure outside an operation, e.g. of the event loop.
     *
     * @param e the failure
     * @return the code and its parameters, named
     */
    public static String describe(XenApiException e) {
        StringBuilder b = new StringBuilder(e.code());
        List<String> params = e.params();
        List<String> names = e.errorCode().map(ErrorCode::parameterNames).orElse(List.of());
        if (!params.isEmpty()) {
            b.append(" (");
            for (int i = 0; i < params.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                if (i < names.size()) {
                    b.append(names.get(i)).append(' ');
                }
                b.append(params.get(i));
            }
            b.append(')');
        }
        return b.toString();
    }

    /**
     * Why an operation on a VM failed, without the "Cannot ..." prefix.
     *
     * @param vm the VM's name
     * @param node the node's name
     * @param e the failure
     * @return the reason
     */
    public static String reason(String vm, String node, XenApiException e) {
        String code = e.code();
        if (ErrorCode.HOST_NOT_ENOUGH_FREE_MEMORY.code().equals(code) && e.params().size() >= 2) {
            return "node " + node + " has " + mib(p(e, 1)) + " free, " + vm + " needs " + mib(p(e, 0));
        }
        if (ErrorCode.VM_BAD_POWER_STATE.code().equals(code) && e.params().size() >= 3) {
            return vm + " is " + state(p(e, 2)) + ", expected " + state(p(e, 1));
        }
        if (ErrorCode.HOST_NOT_ENOUGH_PCPUS.code().equals(code) && e.params().size() >= 2) {
            return vm + " has " + p(e, 0) + " vCPUs, node " + node + " only " + p(e, 1) + " physical CPUs";
        }
        if (ErrorCode.HANDLE_INVALID.code().equals(code) || ErrorCode.UUID_INVALID.code().equals(code)) {
            return vm + " no longer exists on node " + node;
        }
        if (ErrorCode.PERMISSION_DENIED.code().equals(code)) {
            return "the user's role on node " + node + " does not allow " + (e.params().isEmpty() ? "it" : p(e, 0))
                    + " (an operator or admin role is needed)";
        }
        if (ErrorCode.OPERATION_NOT_ALLOWED.code().equals(code)) {
            return "node " + node + " does not allow it" + (e.params().isEmpty() ? "" : ": " + p(e, 0));
        }
        if (ErrorCode.SESSION_AUTHENTICATION_FAILED.code().equals(code)) {
            return "node " + node + " refused the user name or password";
        }
        if (ErrorCode.SESSION_INVALID.code().equals(code)) {
            return "the session on node " + node + " has expired; try again";
        }
        if (ErrorCode.INVALID_VALUE.code().equals(code) && e.params().size() >= 2) {
            return "node " + node + " refused " + p(e, 1) + " as " + p(e, 0);
        }
        if (ErrorCode.MESSAGE_METHOD_UNKNOWN.code().equals(code)) {
            return "node " + node + " does not support " + (e.params().isEmpty() ? "this call" : p(e, 0));
        }
        if (DISK_FULL.equals(code) && !e.params().isEmpty()) {
            return "the disk of node " + node + " is full (" + p(e, 0) + "), so nothing was changed; free space there"
                    + " and try again";
        }
        if (ErrorCode.INTERNAL_ERROR.code().equals(code)) {
            return "node " + node + " failed internally" + (e.params().isEmpty() ? "" : ": " + p(e, 0));
        }
        return "node " + node + " answered " + describe(e);
    }

    private static String p(XenApiException e, int i) {
        return e.params().get(i);
    }

    /** Bytes as MiB, exact when whole, else with one decimal. */
    static String mib(String bytes) {
        try {
            long b = Long.parseLong(bytes.strip());
            if (b % MIB == 0) {
                return (b / MIB) + " MiB";
            }
            return String.format(Locale.ROOT, "%.1f MiB", b / (double) MIB);
        } catch (NumberFormatException ex) {
            return bytes + " bytes";
        }
    }

    /** xapi sends power states in lower case ({@code halted}), the Agent as in the enum ({@code Halted}). */
    private static String state(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
