package org.xenophilia.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.xenapi.Ref;

/**
 * The in-memory state of one node, kept by its {@link NodeConnection} from {@code event.from}: hosts, VMs, VIFs and
 * VBDs, keyed by UUID. Readable from any thread; every read returns immutable snapshots. Written only by the
 * connection's event thread. Whether it is current is {@link NodeConnection#isStale()}.
 */
public final class NodeModel {

    private final Map<String, XenObject> byUuid = new LinkedHashMap<>();
    private final Map<Ref, String> uuidByRef = new HashMap<>();

    /** @return the hosts */
    public List<HostInfo> hosts() {
        return all(HostInfo.class);
    }

    /** @return the VMs, without templates and control domains, by name */
    public List<VmInfo> vms() {
        List<VmInfo> vms = all(VmInfo.class);
        vms.removeIf(v -> v.template() || v.controlDomain());
        vms.sort(Comparator.comparing(VmInfo::name).thenComparing(VmInfo::uuid));
        return vms;
    }

    /**
     * @param uuid a VM's UUID
     * @return that VM
     */
    public Optional<VmInfo> vm(String uuid) {
        return get(uuid, VmInfo.class);
    }

    /**
     * @param name a {@code name_label}
     * @return the VMs with that name (names need not be unique)
     */
    public List<VmInfo> vmsNamed(String name) {
        List<VmInfo> vms = vms();
        vms.removeIf(v -> !v.name().equals(name));
        return vms;
    }

    /**
     * @param ref an object's reference in the node's current run
     * @return that object
     */
    public synchronized Optional<XenObject> byRef(Ref ref) {
        String uuid = uuidByRef.get(ref);
        return uuid == null ? Optional.empty() : Optional.ofNullable(byUuid.get(uuid));
    }

    /**
     * @param vm a VM
     * @return its VIFs that are in the model, by device
     */
    public List<VifInfo> vifs(VmInfo vm) {
        List<VifInfo> out = all(VifInfo.class);
        out.removeIf(v -> !v.vm().equals(vm.ref()));
        out.sort(Comparator.comparing(VifInfo::device));
        return out;
    }

    /**
     * @param vm a VM
     * @return its VBDs that are in the model, by device
     */
    public List<VbdInfo> vbds(VmInfo vm) {
        List<VbdInfo> out = all(VbdInfo.class);
        out.removeIf(v -> !v.vm().equals(vm.ref()));
        out.sort(Comparator.comparing(VbdInfo::device));
        return out;
    }

    /** @return the number of objects of every kind */
    public synchronized int size() {
        return byUuid.size();
    }

    private synchronized <T extends XenObject> Optional<T> get(String uuid, Class<T> type) {
        XenObject o = byUuid.get(uuid);
        return type.isInstance(o) ? Optional.of(type.cast(o)) : Optional.empty();
    }

    private synchronized <T extends XenObject> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (XenObject o : byUuid.values()) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }

    /** The VIFs and VBDs in the model that belong to this VM reference. */
    synchronized List<XenObject> devicesOf(Ref vm) {
        List<XenObject> out = new ArrayList<>();
        for (XenObject o : byUuid.values()) {
            if (o instanceof VifInfo v && v.vm().equals(vm) || o instanceof VbdInfo b && b.vm().equals(vm)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Adds or replaces an object; returns the change, or null if nothing changed. */
    synchronized ModelChange put(XenObject o) {
        XenObject old = byUuid.put(o.uuid(), o);
        if (old != null && !old.ref().equals(o.ref())) {
            uuidByRef.remove(old.ref());
        }
        uuidByRef.put(o.ref(), o.uuid());
        if (old == null) {
            return new ModelChange(ModelChange.Kind.ADDED, o);
        }
        return old.equals(o) ? null : new ModelChange(ModelChange.Kind.MODIFIED, o);
    }

    /** Removes the object with this reference; returns the change, or null if it was not there. */
    synchronized ModelChange remove(Ref ref) {
        String uuid = uuidByRef.remove(ref);
        if (uuid == null) {
            return null;
        }
        XenObject old = byUuid.remove(uuid);
        return old == null ? null : new ModelChange(ModelChange.Kind.REMOVED, old);
    }

    /**
     * Makes the model exactly {@code objects}: what is missing is removed, the rest added or modified.
     *
     * @return the changes
     */
    synchronized List<ModelChange> replaceAll(List<XenObject> objects) {
        List<ModelChange> changes = new ArrayList<>();
        Map<String, XenObject> incoming = new LinkedHashMap<>();
        for (XenObject o : objects) {
            incoming.put(o.uuid(), o);
        }
        for (XenObject old : List.copyOf(byUuid.values())) {
            if (!incoming.containsKey(old.uuid())) {
                byUuid.remove(old.uuid());
                changes.add(new ModelChange(ModelChange.Kind.REMOVED, old));
            }
        }
        uuidByRef.clear();
        for (XenObject o : incoming.values()) {
            ModelChange c = put(o);
            if (c != null) {
                changes.add(c);
            }
        }
        return changes;
    }
}
