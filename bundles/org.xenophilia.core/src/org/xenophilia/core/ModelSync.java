package org.xenophilia.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xenophilia.core.internal.Records;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Keeps a {@link NodeModel} equal to its node from {@code event.from}: a full resynchronisation from the first batch
 * of a connection (token {@code ""}: every object as it is), then each following batch applied as it comes. Records
 * become model objects through {@link Records}; start times come from {@link VmStartTimes}.
 * <p>
 * xapi follows VIFs and VBDs as event classes; a node that does not ({@code valid_ref_counts} of the first batch says
 * which classes it follows) gets its devices read ({@code VIF/VBD.get_record}) with each VM that is added or changed.
 * Runs on the event thread of one {@link NodeConnection}; the calls it makes go through that thread's client.
 */
final class ModelSync {

    private final NodeModel model;
    private final VmStartTimes startTimes = new VmStartTimes();
    private boolean vifEvents;
    private boolean vbdEvents;

    ModelSync(NodeModel model) {
        this.model = model;
    }

    /**
     * Makes the model the node's state: objects that disappeared since the last sync are removed.
     *
     * @param c the event loop's client
     * @param first the answer to {@code event.from(classes, "")}
     * @return the changes, in order
     * @throws XenApiException if a device cannot be read
     * @throws IOException if the node cannot be reached
     */
    List<ModelChange> resync(XenApiClient c, EventBatch first) throws XenApiException, IOException {
        vifEvents = first.validRefCounts().containsKey("vif");
        vbdEvents = first.validRefCounts().containsKey("vbd");
        List<XenObject> everything = new ArrayList<>();
        for (EventBatch.Event e : first.events()) {
            if (!"del".equals(e.operation()) && e.snapshot().isPresent()) {
                Records.read(e.cls(), e.ref(), e.snapshot().get()).ifPresent(everything::add);
            }
        }
        for (XenObject o : List.copyOf(everything)) {
            if (o instanceof VmInfo vm) {
                everything.addAll(fetchDevices(c, vm));
            }
        }
        return model.replaceAll(startTimes.forAll(c, everything));
    }

    /**
     * Applies one batch of events.
     *
     * @param c the event loop's client
     * @param batch the batch
     * @return the changes, in order (empty if nothing the model keeps changed)
     * @throws XenApiException if a device cannot be read
     * @throws IOException if the node cannot be reached
     */
    List<ModelChange> apply(XenApiClient c, EventBatch batch) throws XenApiException, IOException {
        List<ModelChange> changes = new ArrayList<>();
        for (EventBatch.Event e : batch.events()) {
            ModelChange change;
            if ("del".equals(e.operation())) {
                change = model.remove(e.ref());
            } else if (e.snapshot().isPresent()) {
                Optional<XenObject> o = Records.read(e.cls(), e.ref(), e.snapshot().get());
                change = o.isEmpty() ? null
                        : model.put(o.get() instanceof VmInfo vm ? startTimes.forEvent(c, vm, model.vm(vm.uuid()))
                                : o.get());
            } else {
                change = null;
            }
            if (change != null) {
                changes.add(change);
            }
        }
        completeDevices(c, changes);
        return changes;
    }

    private List<XenObject> fetchDevices(XenApiClient c, VmInfo vm) throws XenApiException, IOException {
        List<XenObject> out = new ArrayList<>();
        if (!vifEvents) {
            for (Ref r : vm.vifs()) {
                fetch(c, "VIF", r).ifPresent(out::add);
            }
        }
        if (!vbdEvents) {
            for (Ref r : vm.vbds()) {
                fetch(c, "VBD", r).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<XenObject> fetch(XenApiClient c, String cls, Ref ref) throws XenApiException,
            IOException {
        try {
            return Records.read(cls, ref, WireValues.asMap(c.callWithSession(cls + ".get_record", ref)));
        } catch (XenApiException e) {
            if (e.is(ErrorCode.HANDLE_INVALID)) {
                return Optional.empty(); // gone meanwhile
            }
            throw e;
        }
    }

    private boolean followedByEvents(XenObject device) {
        return device instanceof VifInfo ? vifEvents : vbdEvents;
    }

    /** For a node without device events: the VM's devices follow the VM. */
    private void completeDevices(XenApiClient c, List<ModelChange> changes) throws XenApiException, IOException {
        if (vifEvents && vbdEvents) {
            return;
        }
        for (ModelChange vmChange : List.copyOf(changes)) {
            if (!(vmChange.object() instanceof VmInfo vm)) {
                continue;
            }
            List<XenObject> current = vmChange.kind() == ModelChange.Kind.REMOVED ? List.of() : fetchDevices(c, vm);
            Set<Ref> keep = new HashSet<>();
            for (XenObject d : current) {
                keep.add(d.ref());
                ModelChange ch = model.put(d);
                if (ch != null) {
                    changes.add(ch);
                }
            }
            for (XenObject old : model.devicesOf(vm.ref())) {
                if (!followedByEvents(old) && !keep.contains(old.ref())) {
                    ModelChange ch = model.remove(old.ref());
                    if (ch != null) {
                        changes.add(ch);
                    }
                }
            }
        }
    }
}
