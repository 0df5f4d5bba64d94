package org.xenophilia.core;

import java.util.List;

import org.xenophilia.xenapi.VmPowerState;

/**
 * A power operation on a VM, with its XenAPI call, its name among a VM record's {@code allowed_operations} and the
 * words the UI and messages use.
 * <p>
 * Whether an operation is offered for a VM is the node's decision, as XenCenter takes it: {@link #isAllowed(VmInfo)}
 * looks the operation up in the record's {@code allowed_operations}, which xapi (and the Agent) keep current with the
 * power state, the operations in progress and whatever else the host knows (a VM that is being migrated, a host in
 * maintenance). Only a record without the field, from an old server, falls back to the power state
 * ({@link #appliesTo(VmPowerState)}).
 */
public enum VmOperation {
    /** {@code VM.start(vm, false, false)}: Halted to Running. */
    START("start", "Starting", "VM.start", "start", List.of(false, false)),
    /** {@code VM.clean_shutdown}: asks the guest to shut down. */
    SHUTDOWN("shut down", "Shutting down", "VM.clean_shutdown", "clean_shutdown", List.of()),
    /** {@code VM.clean_reboot}: asks the guest to reboot. */
    REBOOT("reboot", "Rebooting", "VM.clean_reboot", "clean_reboot", List.of()),
    /** {@code VM.pause}: Running to Paused. */
    PAUSE("pause", "Pausing", "VM.pause", "pause", List.of()),
    /** {@code VM.unpause}: Paused to Running. */
    RESUME("resume", "Resuming", "VM.unpause", "unpause", List.of()),
    /** {@code VM.hard_shutdown}: destroys the domain at once, like pulling the plug (ask for confirmation). */
    FORCE_OFF("force off", "Forcing off", "VM.hard_shutdown", "hard_shutdown", List.of()),
    /** {@code VM.hard_reboot}: destroys and restarts the domain at once (ask for confirmation). */
    FORCE_REBOOT("force reboot", "Force-rebooting", "VM.hard_reboot", "hard_reboot", List.of());

    private final String verb;
    private final String progressing;
    private final String method;
    private final String allowedOperation;
    private final List<Object> extraArguments;

    VmOperation(String verb, String progressing, String method, String allowedOperation,
            List<Object> extraArguments) {
        this.verb = verb;
        this.progressing = progressing;
        this.method = method;
        this.allowedOperation = allowedOperation;
        this.extraArguments = extraArguments;
    }

    /** @return the verb, as in "Cannot <em>start</em> web01" */
    public String verb() {
        return verb;
    }

    /** @return the progressive, as in "<em>Starting</em> web01" */
    public String progressing() {
        return progressing;
    }

    /** @return the XenAPI method */
    public String method() {
        return method;
    }

    /** @return the parameters after the VM reference */
    public List<Object> extraArguments() {
        return extraArguments;
    }

    /**
     * @return the operation's name in a VM record's {@code allowed_operations} (xapi's {@code vm_operations}
     *         enumeration), e.g. {@code clean_shutdown}
     */
    public String allowedOperation() {
        return allowedOperation;
    }

    /**
     * Whether the node allows the operation on a VM now: the operation is in the record's
     * {@code allowed_operations}; for a record without the field, whether it {@linkplain #appliesTo(VmPowerState)
     * applies to} the VM's power state.
     *
     * @param vm the VM, as last reported by its node
     * @return whether to offer the operation
     */
    public boolean isAllowed(VmInfo vm) {
        return vm.allowedOperations().map(allowed -> allowed.contains(allowedOperation))
                .orElseGet(() -> appliesTo(vm.powerState()));
    }

    /**
     * Whether the operation can act on a VM in a power state, as xapi allows it when nothing else stands in the way
     * (e.g. a clean shutdown needs a running guest, a forced one also takes a paused or suspended one). Only the
     * fallback of {@link #isAllowed(VmInfo)} for a node whose records do not say.
     *
     * @param state the VM's power state, {@code null} if unknown
     * @return whether the power state admits the operation
     */
    public boolean appliesTo(VmPowerState state) {
        if (state == null) {
            return false;
        }
        return switch (this) {
            case START -> state == VmPowerState.HALTED;
            case SHUTDOWN, REBOOT, PAUSE -> state == VmPowerState.RUNNING;
            case RESUME -> state == VmPowerState.PAUSED;
            case FORCE_OFF -> state != VmPowerState.HALTED;
            case FORCE_REBOOT -> state == VmPowerState.RUNNING || state == VmPowerState.PAUSED;
        };
    }

    /** @return whether the operation loses guest state and the UI must confirm it first */
    public boolean isForced() {
        return this == FORCE_OFF || this == FORCE_REBOOT;
    }
}
