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
 * The in-memory state of one node, kept by its {@link NodeConnection} from {@code event.from}: hosts, VMs, VIFs, VBDs,
 * storage (SRs, PBDs, VDIs) and networks (networks, PIFs), keyed by UUID. Readable from any thread; every read returns
 * immutable snapshots. Written only by the connection's event thread. Whether it is current is
 * {@link NodeConnection#isStale()}.
 * <p>
 * Objects are also kept by kind, so that a read of one kind (the VMs) costs what that kind holds, not what the node
 * holds (thousands of volumes).
 */
public final class NodeModel {

    private final Map<String, XenObject> byUuid = new HashMap<>();
    /** Each kind's objects, in the order they came. */
    private final Map<Class<?>, Map<String, XenObject>> byKind = new HashMap<>();
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

    /** @return the storage repositories, by name */
    public List<SrInfo> srs() {
        List<SrInfo> srs = all(SrInfo.class);
        srs.sort(Comparator.comparing(SrInfo::name).thenComparing(SrInfo::uuid));
        return srs;
    }

    /**
     * @param uuid an SR's UUID
     * @return that SR
     */
    public Optional<SrInfo> sr(String uuid) {
        return get(uuid, SrInfo.class);
    }

    /**
     * @param uuid a VDI's UUID
     * @return that VDI
     */
    public Optional<VdiInfo> vdi(String uuid) {
        return get(uuid, VdiInfo.class);
    }

    /** @return the networks, by name */
    public List<NetworkInfo> networks() {
        List<NetworkInfo> networks = all(NetworkInfo.class);
        networks.sort(Comparator.comparing(NetworkInfo::name).thenComparing(NetworkInfo::uuid));
        return networks;
    }

    /**
     * @param uuid a network's UUID
     * @return that network
     */
    public Optional<NetworkInfo> network(String uuid) {
        return get(uuid, NetworkInfo.class);
    }

    /** @return the host's physical interfaces, by device */
    public List<PifInfo> pifs() {
        List<PifInfo> pifs = all(PifInfo.class);
        pifs.sort(Comparator.comparing(PifInfo::device));
        return pifs;
    }

    /**
     * Every object of some kinds, read at one instant: what belongs together (a VDI and its SR) is seen together.
     *
     * @param kinds the kinds ({@code SrInfo.class} ...)
     * @return their objects, kind after kind
     */
    @SafeVarargs
    public final synchronized List<XenObject> objects(Class<? extends XenObject>... kinds) {
        List<XenObject> out = new ArrayList<>();
        for (Class<? extends XenObject> kind : kinds) {
            out.addAll(byKind.getOrDefault(kind, Map.of()).values());
        }
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
        for (XenObject o : byKind.getOrDefault(type, Map.of()).values()) {
            out.add(type.cast(o));
        }
        return out;
    }

    /** The VIFs and VBDs in the model that belong to this VM reference. */
    synchronized List<XenObject> devicesOf(Ref vm) {
        List<XenObject> out = new ArrayList<>();
        for (XenObject o : objects(VifInfo.class, VbdInfo.class)) {
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
        if (old != null && old.getClass() != o.getClass()) {
            kind(old).remove(old.uuid()); // a uuid reused by another kind: only one object has it
        }
        kind(o).put(o.uuid(), o);
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
        if (old == null) {
            return null;
        }
        kind(old).remove(uuid);
        return new ModelChange(ModelChange.Kind.REMOVED, old);
    }

    private Map<String, XenObject> kind(XenObject o) {
        return byKind.computeIfAbsent(o.getClass(), k -> new LinkedHashMap<>());
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
                kind(old).remove(old.uuid());
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
