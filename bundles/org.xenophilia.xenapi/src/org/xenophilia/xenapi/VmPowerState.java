package org.xenophilia.xenapi;

/** XenAPI enum {@code vm_power_state}: the power state of a VM. */
public enum VmPowerState implements WireEnum {
    /** Not running; no domain exists. */
    HALTED("Halted"),
    /** Paused: the domain exists but its vCPUs are not scheduled. */
    PAUSED("Paused"),
    /** Running. */
    RUNNING("Running"),
    /** Its memory image is saved to disk; no domain exists. */
    SUSPENDED("Suspended");

    private final String wireName;

    VmPowerState(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
