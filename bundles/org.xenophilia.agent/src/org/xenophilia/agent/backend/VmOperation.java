package org.xenophilia.agent.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xenophilia.xenapi.VmPowerState;

/**
 * The one table of which VM operation applies in which power state: every backend checks its operations against it
 * ({@link #check}) and the API advertises it as each VM record's {@code allowed_operations}
 * ({@link #allowedOperations}). Operations carry XenAPI's names ({@code vm_operations}); there is one for every call
 * the Agent serves whose power state matters.
 *
 * <pre>
 * operation               API call                               Halted  Running  Paused  Suspended
 * start                   VM.start                                 x
 * clean_shutdown          VM.clean_shutdown                                 x
 * hard_shutdown           VM.hard_shutdown                                  x        x
 * clean_reboot            VM.clean_reboot                                   x
 * hard_reboot             VM.hard_reboot                                    x        x
 * pause                   VM.pause                                          x
 * unpause                 VM.unpause                                                 x
 * changing_memory_live    VM.set_memory_target_live                         x        x
 * changing_VCPUs_live     VM.set_VCPUs_number_live                          x        x
 * changing_dynamic_range  VM.set_memory_dynamic_range              x        x        x
 * changing_memory_limits  VM.set_memory                            x
 * changing_VCPUs          VM.set_VCPUs_at_startup, set_VCPUs_max   x
 * destroy                 VM.destroy                               x
 * </pre>
 *
 * The cells are xapi's ({@code xapi_vm_lifecycle.ml}, {@code allowed_power_states}) where {@code xl} can do the
 * same, and {@code xl}'s where it can do more or less: the live memory and vCPU changes also apply to a paused domain
 * ({@code xl mem-set} and {@code xl vcpu-set} act on any domain that exists; xapi allows them only while running);
 * nothing applies to a suspended VM, because no backend can resume one or discard its saved image (xapi allows
 * {@code hard_shutdown} and {@code destroy} there). Suspend and resume are not served, so they are not in the table.
 */
public enum VmOperation {

    /** {@code VM.start}. */
    START("start", VmPowerState.HALTED),
    /** {@code VM.clean_shutdown}: the guest is asked ({@code xl shutdown}). */
    CLEAN_SHUTDOWN("clean_shutdown", VmPowerState.RUNNING),
    /** {@code VM.hard_shutdown}: the domain is destroyed ({@code xl destroy}), paused or not. */
    HARD_SHUTDOWN("hard_shutdown", VmPowerState.RUNNING, VmPowerState.PAUSED),
    /** {@code VM.clean_reboot}: the guest is asked ({@code xl reboot}). */
    CLEAN_REBOOT("clean_reboot", VmPowerState.RUNNING),
    /** {@code VM.hard_reboot}: the domain is destroyed and created again, paused or not. */
    HARD_REBOOT("hard_reboot", VmPowerState.RUNNING, VmPowerState.PAUSED),
    /** {@code VM.pause}. */
    PAUSE("pause", VmPowerState.RUNNING),
    /** {@code VM.unpause}. */
    UNPAUSE("unpause", VmPowerState.PAUSED),
    /** {@code VM.set_memory_target_live}: the balloon target of an existing domain ({@code xl mem-set}). */
    CHANGING_MEMORY_LIVE("changing_memory_live", VmPowerState.RUNNING, VmPowerState.PAUSED),
    /** {@code VM.set_VCPUs_number_live}: the vCPUs online in an existing domain ({@code xl vcpu-set}). */
    CHANGING_VCPUS_LIVE("changing_VCPUs_live", VmPowerState.RUNNING, VmPowerState.PAUSED),
    /**
     * {@code VM.set_memory_dynamic_range}: the definition's memory of a halted VM, the balloon target of an existing
     * domain.
     */
    CHANGING_DYNAMIC_RANGE("changing_dynamic_range", VmPowerState.RUNNING, VmPowerState.HALTED,
            VmPowerState.PAUSED),
    /** {@code VM.set_memory}: the definition's memory and maxmem. */
    CHANGING_MEMORY_LIMITS("changing_memory_limits", VmPowerState.HALTED),
    /** {@code VM.set_VCPUs_at_startup} and {@code VM.set_VCPUs_max}: the definition's vCPUs. */
    CHANGING_VCPUS("changing_VCPUs", VmPowerState.HALTED),
    /** {@code VM.destroy}: the definition is removed. */
    DESTROY("destroy", VmPowerState.HALTED);

    private final String xenApiName;
    private final List<VmPowerState> powerStates;

    VmOperation(String xenApiName, VmPowerState... powerStates) {
        this.xenApiName = xenApiName;
        this.powerStates = List.of(powerStates);
    }

    /** @return the operation's name in XenAPI ({@code vm_operations}), e.g. {@code clean_shutdown} */
    public String xenApiName() {
        return xenApiName;
    }

    /**
     * @return the power states the operation applies in; the first is the one a refusal names as expected (xl's
     *         usual starting point: {@code Running} for a hard shutdown)
     */
    public List<VmPowerState> powerStates() {
        return powerStates;
    }

    /**
     * @param state a power state
     * @return whether the operation applies to a VM in it
     */
    public boolean allowedIn(VmPowerState state) {
        return powerStates.contains(state);
    }

    /**
     * Refuses the operation unless it applies in the domain's power state.
     *
     * @param uuid the domain
     * @param actual its power state now
     * @throws BackendException {@code BAD_POWER_STATE [uuid, expected, actual]}, expected being the first of
     *             {@link #powerStates()}
     */
    public void check(String uuid, VmPowerState actual) throws BackendException {
        if (!allowedIn(actual)) {
            throw BackendException.badPowerState(uuid, powerStates.get(0), actual);
        }
    }

    /**
     * @param state a power state
     * @return the XenAPI names of the operations that apply in it, in this table's order: a VM record's
     *         {@code allowed_operations}
     */
    public static List<String> allowedOperations(VmPowerState state) {
        List<String> out = new ArrayList<>();
        for (VmOperation op : values()) {
            if (op.allowedIn(state)) {
                out.add(op.xenApiName);
            }
        }
        return out;
    }

    /**
     * @param xenApiName a name of XenAPI's {@code vm_operations}
     * @return the operation of that name, if the Agent serves it
     */
    public static Optional<VmOperation> byXenApiName(String xenApiName) {
        for (VmOperation op : values()) {
            if (op.xenApiName.equals(xenApiName)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
