package org.xenophilia.benchmarks.agent;

import java.util.Map;
import java.util.Objects;

import org.xenophilia.xenapi.WireValues;

/**
 * The state of a load client's own VM as its own calls made it: nobody else changes that VM, so every record of it the
 * Agent sends (a read, a listing, an event's snapshot) must show exactly this, or it is a wrong answer. Only the new
 * domid of a start or reboot is not known beforehand: it must be a new one, and is learnt from the first record read
 * afterwards.
 *
 * @param power {@code power_state}
 * @param domid {@code domid}: -1 when halted, {@link #UNKNOWN} just after a start or reboot
 * @param previousDomid the domid before a start or reboot, which the new one must differ from
 * @param memory the definition's memory in bytes ({@code memory_dynamic_max})
 * @param maxMemory the definition's maxmem in bytes ({@code memory_static_max})
 * @param target the balloon target in bytes ({@code memory_target}): the memory while halted and at boot
 * @param description {@code name_description}
 */
record VmState(String power, long domid, long previousDomid, long memory, long maxMemory, long target,
        String description) {

    /** A domid not known yet. */
    static final long UNKNOWN = Long.MIN_VALUE;
    static final String HALTED = "Halted";
    static final String RUNNING = "Running";
    static final String PAUSED = "Paused";

    /** @return a halted VM of these figures */
    static VmState halted(long memory, long maxMemory, String description) {
        return new VmState(HALTED, -1, -1, memory, maxMemory, memory, description);
    }

    /** @return whether it has a domain (running or paused) */
    boolean live() {
        return !HALTED.equals(power);
    }

    /** @return the state after a start */
    VmState started(boolean paused) {
        return new VmState(paused ? PAUSED : RUNNING, UNKNOWN, domid, memory, maxMemory, memory, description);
    }

    /** @return the state after a reboot: a new domain of the defined memory */
    VmState rebooted() {
        return new VmState(RUNNING, UNKNOWN, domid, memory, maxMemory, memory, description);
    }

    /** @return the state after a shutdown */
    VmState halted() {
        return new VmState(HALTED, -1, -1, memory, maxMemory, memory, description);
    }

    /** @return the state after a pause or unpause */
    VmState withPower(String to) {
        return new VmState(to, domid, previousDomid, memory, maxMemory, target, description);
    }

    /** @return the state after a new definition of a halted VM */
    VmState redefined(long newMemory, long newMaxMemory, String newDescription) {
        return new VmState(power, domid, previousDomid, newMemory, newMaxMemory, newMemory, newDescription);
    }

    /** @return the state after a new balloon target of a running or paused VM */
    VmState withTarget(long newTarget) {
        return new VmState(power, domid, previousDomid, memory, maxMemory, newTarget, description);
    }

    /**
     * @param record a VM record in wire form
     * @return {@code null} if it shows this state, else what differs
     */
    String mismatch(Map<String, Object> record) {
        try {
            long shownDomid = WireValues.asLong(record.get("domid"));
            String wrongDomid = domid == UNKNOWN ? (shownDomid < 0 || shownDomid == previousDomid ? "a new domid"
                    : null) : shownDomid == domid ? null : "domid " + domid;
            String[] checks = {
                check("power_state", power, WireValues.asString(record.get("power_state"))),
                wrongDomid == null ? null : "domid " + shownDomid + ", expected " + wrongDomid,
                check("memory_dynamic_max", memory, WireValues.asLong(record.get("memory_dynamic_max"))),
                check("memory_static_max", maxMemory, WireValues.asLong(record.get("memory_static_max"))),
                check("memory_target", target, WireValues.asLong(record.get("memory_target"))),
                check("name_description", description, WireValues.asString(record.get("name_description")))};
            StringBuilder sb = new StringBuilder();
            for (String c : checks) {
                if (c != null) {
                    sb.append(sb.length() == 0 ? "" : "; ").append(c);
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return "not a VM record: " + e.getMessage();
        }
    }

    private static String check(String field, Object expected, Object shown) {
        return Objects.equals(expected, shown) ? null : field + " " + shown + ", expected " + expected;
    }

    /** @return this state with the domid a matching record shows (after a start or reboot) */
    VmState learnt(Map<String, Object> record) {
        return domid != UNKNOWN ? this
                : new VmState(power, WireValues.asLong(record.get("domid")), previousDomid, memory, maxMemory, target,
                        description);
    }
}
