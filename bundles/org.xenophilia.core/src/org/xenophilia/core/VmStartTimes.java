package org.xenophilia.core;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * When each VM's current domain started ({@code VM_metrics.start_time}), the Domains view's Uptime. Uptime is a
 * nicety: a node that cannot say leaves it unknown, and the synchronisation goes on; a node that has no
 * {@code VM_metrics} calls at all (an older Agent) is not asked again. Used by {@link ModelSync} on the event thread.
 */
final class VmStartTimes {

    /** The node answered that it has no VM_metrics calls: start times are not asked again. */
    private boolean unsupported;

    /**
     * At a full sync: the start time of every VM that has a domain, from one {@code VM_metrics.get_all_records}.
     *
     * @param c the event loop's client
     * @param objects the node's objects
     * @return the objects, VMs with their start times
     * @throws IOException if the node cannot be reached
     */
    List<XenObject> forAll(XenApiClient c, List<XenObject> objects) throws IOException {
        if (unsupported) {
            return objects;
        }
        Map<Ref, Instant> started = new HashMap<>();
        try {
            for (Map.Entry<String, Object> e : WireValues.asMap(c.callWithSession("VM_metrics.get_all_records"))
                    .entrySet()) {
                Object t = WireValues.asMap(e.getValue()).get("start_time");
                if (t != null) {
                    started.put(Ref.of(e.getKey()), WireValues.asInstant(t));
                }
            }
        } catch (XenApiException e) {
            unsupported = e.is(ErrorCode.MESSAGE_METHOD_UNKNOWN);
            return objects;
        } catch (IllegalArgumentException e) {
            return objects; // a record not as xapi's: no uptimes
        }
        List<XenObject> out = new ArrayList<>(objects.size());
        for (XenObject o : objects) {
            out.add(o instanceof VmInfo vm && vm.domid() >= 0 ? vm.withStartTime(started.get(vm.metrics())) : o);
        }
        return out;
    }

    /**
     * For a VM from an event: the start time known for its current domain, or, for a new domain, the node's
     * {@code VM_metrics.get_start_time}.
     *
     * @param c the event loop's client
     * @param vm the VM as the event reported it
     * @param before the VM as the model had it, if it did
     * @return the VM with its start time, when known
     * @throws IOException if the node cannot be reached
     */
    VmInfo forEvent(XenApiClient c, VmInfo vm, Optional<VmInfo> before) throws IOException {
        if (vm.domid() < 0 || unsupported || Ref.NULL.equals(vm.metrics())) {
            return vm;
        }
        if (before.isPresent() && before.get().domid() == vm.domid() && before.get().startTime() != null) {
            return vm.withStartTime(before.get().startTime());
        }
        try {
            return vm.withStartTime(WireValues.asInstant(c.callWithSession("VM_metrics.get_start_time",
                    vm.metrics())));
        } catch (XenApiException e) {
            unsupported = e.is(ErrorCode.MESSAGE_METHOD_UNKNOWN);
            return vm;
        } catch (IllegalArgumentException e) {
            return vm;
        }
    }
}
