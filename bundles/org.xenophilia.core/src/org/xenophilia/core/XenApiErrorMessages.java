package org.xenophilia.core;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.xenophilia.core.image.ImageOperation;
import org.xenophilia.core.network.NetworkOperation;
import org.xenophilia.core.storage.StorageOperation;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.UntrustedCertificateException;

/**
 * Turns XenAPI failures into sentences for administrators, built from the error code and its parameters (in the
 * order of xapi's datamodel, see {@link ErrorCode}), e.g. {@code HOST_NOT_ENOUGH_FREE_MEMORY [1073741824, 536870912]}
 * on start becomes "Cannot start web01: node alpha has 512 MiB free, web01 needs 1024 MiB", and storage's
 * {@code SR_BACKEND_FAILURE_44 ["", "not enough space", "..."]} on a volume's create "Cannot create volume data1: the
 * storage of node alpha answered: not enough space (...)". Codes without a sentence of their own still name the code
 * and every parameter, so nothing is hidden.
 */
public final class XenApiErrorMessages {

    /** A volume a domain's disk uses cannot be changed that way: {@code VDI_IN_USE [vdi, operation]}. */
    public static final String VDI_IN_USE = "VDI_IN_USE";

    private static final long MIB = 1L << 20;
    /** The Agent's error for a change it could not store: its state directory's disk is full. */
    private static final String DISK_FULL = "XENOPHILIA_DISK_FULL";
    /** xapi's storage managers' failures: {@code SR_BACKEND_FAILURE_<n> ["", reason, output]}. */
    private static final String BACKEND_FAILURE = "SR_BACKEND_FAILURE";
    /** The Agent's image errors: {@code XENOPHILIA_IMAGE_<KIND> [params..., words]} (docs/images.md). */
    private static final String IMAGE_ERROR = "XENOPHILIA_IMAGE_";
    /** A node without images (no deployer there): {@code XENOPHILIA_IMAGES_UNAVAILABLE [words]}. */
    private static final String IMAGES_UNAVAILABLE = "XENOPHILIA_IMAGES_UNAVAILABLE";

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
        return "Cannot " + op.verb() + " " + vm + ": " + unreachable(node, e);
    }

    /** Why a node could not be asked: its certificate, or the network. */
    private static String unreachable(String node, IOException e) {
        if (e instanceof UntrustedCertificateException u) {
            return "the certificate of node " + node + " is not the trusted one"
                    + u.expectedFingerprint().map(f -> " (pinned " + f + ")").orElse("") + "; it presented "
                    + u.presentedFingerprint();
        }
        return "node " + node + " cannot be reached (" + e.getMessage() + ")";
    }

    /**
     * @param op the storage operation attempted
     * @param subject the repository's or volume's name
     * @param node the node's name
     * @param e the failure
     * @return e.g. "Cannot resize volume data1: the storage of node alpha answered: a volume cannot shrink (...)"
     */
    public static String storageFailed(StorageOperation op, String subject, String node, XenApiException e) {
        return "Cannot " + op.verb() + " " + subject + ": " + storageReason(op, subject, node, e);
    }

    /**
     * @param op the storage operation attempted
     * @param subject the repository's or volume's name
     * @param node the node's name
     * @param e a transport failure
     * @return e.g. "Cannot create volume data1: node alpha cannot be reached (Connection refused)"
     */
    public static String storageFailed(StorageOperation op, String subject, String node, IOException e) {
        return "Cannot " + op.verb() + " " + subject + ": " + unreachable(node, e);
    }

    /**
     * @param volume the volume's name
     * @param users the domains' disks on it, each "web01 as xvdb"
     * @return e.g. "Cannot delete volume data1: it is in use by domain web01 as xvdb"
     */
    public static String volumeInUse(String volume, List<String> users) {
        if (users.isEmpty()) {
            return "Cannot " + StorageOperation.DELETE_VOLUME.verb() + " " + volume + ": it is in use by a domain";
        }
        return "Cannot " + StorageOperation.DELETE_VOLUME.verb() + " " + volume + ": it is in use by domain"
                + (users.size() == 1 ? " " : "s ") + String.join(", ", users);
    }

    /**
     * @param op the network operation attempted
     * @param network the network's name
     * @param node the node's name
     * @param e the failure
     * @return e.g. "Cannot create network lab: ipv4.subnet 10.0.0.0/16 overlaps 10.0.0.0/24, ipv4.subnet of network
     *         dmz (rule subnet-overlap, line 4)"
     */
    public static String networkFailed(NetworkOperation op, String network, String node, XenApiException e) {
        return "Cannot " + op.verb() + " " + network + ": " + NetworkErrors.reason(network, node, e);
    }

    /**
     * @param op the network operation attempted
     * @param network the network's name
     * @param node the node's name
     * @param e a transport failure
     * @return e.g. "Cannot delete network lab: node alpha cannot be reached (Connection refused)"
     */
    public static String networkFailed(NetworkOperation op, String network, String node, IOException e) {
        return "Cannot " + op.verb() + " " + network + ": " + unreachable(node, e);
    }

    /**
     * @param network the network's name
     * @param domains the running domains on it, as the node names them ("web01 (5f0c…), db01 (8a21…)")
     * @return e.g. "Cannot delete network lab: running domain web01 (5f0c…) is on it; shut it down or move its vif
     *         first"
     */
    public static String networkInUse(String network, String domains) {
        return "Cannot " + NetworkOperation.DELETE.verb() + " " + network + ": running domain" + (domains.contains(",")
                ? "s " + domains + " are" : " " + domains + " is") + " on it; shut "
                + (domains.contains(",") ? "them" : "it") + " down or move the vifs to another network first";
    }

    /**
     * @param op the image operation attempted
     * @param image the image's id, or "node alpha" for a read of its catalog
     * @param node the node's name
     * @param e the failure
     * @return e.g. "Cannot deploy image busybox:1.36: the node refused name_label: a domain named web01 exists"
     */
    public static String imageFailed(ImageOperation op, String image, String node, XenApiException e) {
        return "Cannot " + op.verb() + " " + image + ": " + imageReason(node, e);
    }

    /**
     * @param op the image operation attempted
     * @param image the image's id
     * @param node the node's name
     * @param e a transport failure
     * @return e.g. "Cannot push image busybox:1.36: node alpha cannot be reached (Connection refused)"
     */
    public static String imageFailed(ImageOperation op, String image, String node, IOException e) {
        return "Cannot " + op.verb() + " " + image + ": " + unreachable(node, e);
    }

    /**
     * Why an image operation failed: the Agent's {@code XENOPHILIA_IMAGE_<KIND> [params..., words]} in its words (the
     * last parameter), a field refused named with them; any other refusal as {@link #reason} words it.
     */
    private static String imageReason(String node, XenApiException e) {
        String code = e.code();
        List<String> p = e.params();
        if (code.equals(IMAGES_UNAVAILABLE)) {
            return "node " + node + " cannot deploy images" + (p.isEmpty() ? "" : ": " + p.get(0));
        }
        if (!code.startsWith(IMAGE_ERROR) || p.isEmpty()) {
            return reason("it", node, e);
        }
        String words = p.get(p.size() - 1);
        return switch (code.substring(IMAGE_ERROR.length())) {
            case "INVALID" -> p.size() >= 2 ? "node " + node + " refused " + p.get(0) + ": " + words : words;
            case "NOT_FOUND" -> "node " + node + " does not have it: " + words;
            case "CONFLICT" -> "node " + node + " has it already: " + words;
            case "DOWNLOAD_FAILED" -> "node " + node + " could not download it: " + words;
            case "CHECKSUM_MISMATCH" -> "its file is not the one its catalog names: " + words;
            case "UNSAFE_ARCHIVE" -> "its archive is unsafe: " + words;
            case "DISK_FULL" -> "storage of node " + node + " is full: " + words;
            case "UNAVAILABLE" -> "node " + node + " cannot deploy images: " + words;
            default -> words;
        };
    }

    /** Why a storage operation failed, without the "Cannot ..." prefix. */
    private static String storageReason(StorageOperation op, String subject, String node, XenApiException e) {
        String code = e.code();
        List<String> p = e.params();
        if (code.startsWith(BACKEND_FAILURE + "_") && p.size() >= 2) {
            String output = p.size() >= 3 ? p.get(2).strip() : "";
            return "the storage of node " + node + " answered: " + p.get(1) + (output.isEmpty() ? "" : " (" + output
                    + ")");
        }
        if (code.equals(BACKEND_FAILURE) && p.size() >= 3) {
            String output = p.get(2).isBlank() ? p.get(1).strip() : p.get(2).strip();
            return "a storage tool of node " + node + " failed with status " + p.get(0) + (output.isEmpty() ? ""
                    : ": " + output);
        }
        return switch (code) {
            case VDI_IN_USE -> subject + " is in use by a domain of node " + node;
            case "SR_NOT_EMPTY" -> op == StorageOperation.CREATE_REPOSITORY ? "the location on node " + node
                    + " holds other data; nothing was written" : "the repository still holds volumes";
            case "SR_HAS_NO_PBDS" -> "the repository is not plugged on node " + node;
            case "SR_OPERATION_NOT_SUPPORTED" -> "the repository's storage type does not offer this on node " + node;
            case "SR_UNKNOWN_DRIVER" -> "node " + node + " has no storage backend of type " + (p.isEmpty() ? "?"
                    : p.get(0));
            case "VDI_MISSING" -> subject + " is missing from its repository on node " + node;
            default -> reason(subject, node, e);
        };
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
        if (NetworkErrors.VM_REQUIRES_NETWORK.equals(code) && e.params().size() >= 2) {
            return vm + "'s vif" + (e.params().size() >= 3 ? " " + p(e, 2) : "") + " is on network " + p(e, 1)
                    + ", which node " + node + " does not have; make the network or change the vif";
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
