package org.xenophilia.agent.internal.api;

import java.util.List;
import java.util.Optional;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.files.StorageFullException;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/** Maps backend failures onto XenAPI errors. */
final class BackendErrors {

    private static final System.Logger LOG = System.getLogger(BackendErrors.class.getName());

    /**
     * Our own error for a change that could not be stored because the file system of the Agent's state directory is
     * full: {@code [directory, message]}. Nothing was changed; freeing space there is the remedy. xapi has none (it
     * keeps its database elsewhere).
     */
    static final String DISK_FULL = "XENOPHILIA_DISK_FULL";

    private BackendErrors() {
    }

    /**
     * Our own error for a start the toolstack refused because another domain on the host, one the Agent does not
     * manage, has the VM's name: {@code [vm, name]}. xapi has none (it does not name domains after VMs).
     */
    static final String DOMAIN_NAME_IN_USE = "XENOPHILIA_DOMAIN_NAME_IN_USE";

    /**
     * @param e the backend's failure
     * @param vmRef the reference of the VM concerned, or {@code null}
     * @return the XenAPI error
     */
    static XenApiException toXenApi(BackendException e, Ref vmRef) {
        String vm = vmRef == null ? "" : vmRef.value();
        return switch (e.kind()) {
            case NO_SUCH_DOMAIN -> ErrorCode.HANDLE_INVALID.exception("VM", vm);
            case BAD_POWER_STATE -> ErrorCode.VM_BAD_POWER_STATE.exception(vm, e.details().get(1),
                    e.details().get(2));
            case NOT_ENOUGH_MEMORY -> ErrorCode.HOST_NOT_ENOUGH_FREE_MEMORY.exception(e.details().get(0),
                    e.details().get(1));
            case NOT_ENOUGH_PCPUS -> ErrorCode.HOST_NOT_ENOUGH_PCPUS.exception(e.details().get(0), e.details().get(1));
            case INVALID_VALUE -> ErrorCode.INVALID_VALUE.exception(e.details().get(0), e.details().get(1));
            case NAME_IN_USE -> new XenApiException(DOMAIN_NAME_IN_USE, List.of(vm, e.details().get(1)));
            // a disk's storage or a vif's network: the error as the resolver named it, its code first
            case STORAGE, NETWORK -> new XenApiException(e.details().get(0), e.details().subList(1, e.details().size()));
            // a VBD's (VbdApi names the VBD by its reference; here its virtual device is all there is)
            case DISK_EXISTS -> new XenApiException("DEVICE_ALREADY_EXISTS", List.of(e.details().get(1)));
            case NO_SUCH_DISK -> ErrorCode.HANDLE_INVALID.exception("VBD", e.details().get(1));
            case DISK_ATTACHED -> new XenApiException("DEVICE_ALREADY_ATTACHED", List.of(e.details().get(1)));
            case DISK_DETACHED -> new XenApiException("DEVICE_ALREADY_DETACHED", List.of(e.details().get(1)));
            case FAILED -> diskFull(e).orElseGet(() -> ErrorCode.INTERNAL_ERROR.exception(e.getMessage()));
        };
    }

    /** A failure to store a change on a full disk, told apart from other failures, and logged for the host's admin. */
    private static Optional<XenApiException> diskFull(BackendException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StorageFullException full) {
                LOG.log(System.Logger.Level.WARNING, e.getMessage() + ": free space there");
                return Optional.of(new XenApiException(DISK_FULL, List.of(full.directory().toString(),
                        e.getMessage())));
            }
        }
        return Optional.empty();
    }
}
