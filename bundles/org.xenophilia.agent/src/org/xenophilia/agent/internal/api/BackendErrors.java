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
            case INVALID_VALUE -> ErrorCode.INVALID_VALUE.exception(e.details().get(0), e.details().get(1));
            case FAILED -> ErrorCode.INTERNAL_ERROR.exception(e.getMessage());
        };
    }
}
