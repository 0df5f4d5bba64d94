package org.xenophilia.core;

import java.util.List;

import org.xenophilia.xenapi.VmPowerState;

/** A power operation on a VM, with its XenAPI call and the words the UI and messages use. */
public enum VmOperation {
    /** {@code VM.start(vm, false, false)}: Halted to Running. */
    START("start", "Starting", "VM.start", List.of(false, false)),
    /** {@code VM.clean_shutdown}: asks the guest to shut down. */
    SHUTDOWN("shut down", "Shutting down", "VM.clean_shutdown", List.of()),
    /** {@code VM.clean_reboot}: asks the guest to reboot. */
    REBOOT("reboot", "Rebooting", "VM.clean_reboot", List.of()),
    /** {@code VM.pause}: Running to Paused. */
    PAUSE("pause", "Pausing", "VM.pause", List.of()),
    /** {@code VM.unpause}: Paused to Running. */
    RESUME("resume", "Resuming", "VM.unpause", List.of()),
    /** {@code VM.hard_shutdown}: destroys the domain at once, like pulling the plug (ask for confirmation). */
    FORCE_OFF("force off", "Forcing off", "VM.hard_shutdown", List.of()),
    /** {@code VM.hard_reboot}: destroys and restarts the domain at once (ask for confirmation). */
    FORCE_REBOOT("force reboot", "Force-rebooting", "VM.hard_reboot", List.of());

    private final String verb;
    private final String progressing;
    private final String method;
    private final List<Object> extraArguments;

    VmOperation(String verb, String progressing, String method, List<Object> extraArguments) {
        this.verb = verb;
        this.progressing = progressing;
        this.method = method;
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
     * Whether the operation can act on a VM in a power state, as xapi's allowed operations say (e.g. a clean
     * shutdown needs a running guest, a forced one also takes a paused or suspended one).
     *
     * @param state the VM's power state, {@code null} if unknown
     * @return whether to offer the operation
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
