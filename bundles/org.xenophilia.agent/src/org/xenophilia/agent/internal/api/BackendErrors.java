package org.xenophilia.agent.internal.api;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/** Maps backend failures onto XenAPI errors. */
final class BackendErrors {

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
            case NAME_IN_USE -> new XenApiException(DOMAIN_NAME_IN_USE, java.util.List.of(vm, e.details().get(1)));
            case FAILED -> ErrorCode.INTERNAL_ERROR.exception(e.getMessage());
        };
    }
}
