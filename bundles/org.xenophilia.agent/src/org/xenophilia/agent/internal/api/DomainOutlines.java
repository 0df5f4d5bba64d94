package org.xenophilia.agent.internal.api;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.Vif;
import org.xenophilia.xenapi.XenApiException;

/**
 * What listings need of each domain's definition beyond the backend's summary: its type and the places, bridges and
 * targets of its devices ({@link Outline}, about 250 bytes for a domain with a disk and a vif), kept for every domain
 * once its definition has been read, so that listing devices' references, VM metrics, networks and storage, and
 * counting devices, read no definition. Also kept inverted: the vifs on each bridge and the disks on each target, for
 * the {@code network} and {@code VDI} objects (about 100 bytes per device more).
 * <p>
 * An outline is current while its VM has not changed: each is kept with the generation of the {@link EventHub} before
 * its definition was read, and is read again once the VM has a later change (every change of a definition is a VM
 * change, published after it is made). An outline made from an older read never replaces one made from a newer.
 */
public final class DomainOutlines {

    /**
     * One domain's outline.
     *
     * @param type its type ({@code pv} when unset)
     * @param bridges the bridge of each vif, in order: {@code null} for a vif that names a network only
     * @param vdevs each disk's virtual device, in order
     * @param targets each disk's target, {@code null} for none (an empty drive, a storage volume)
     * @param readOnly whether each disk is read-only
     */
    record Outline(DomainType type, String[] bridges, String[] vdevs, String[] targets, boolean[] readOnly) {

        static Outline of(Domain d) {
            List<Vif> vifs = d.getVifs();
            String[] bridges = new String[vifs.size()];
            for (int i = 0; i < bridges.length; i++) {
                bridges[i] = intern(ResourceApi.bridge(vifs.get(i)));
            }
            List<Disk> disks = d.getDisks();
            String[] vdevs = new String[disks.size()];
            String[] targets = new String[disks.size()];
            boolean[] readOnly = new boolean[disks.size()];
            for (int i = 0; i < vdevs.length; i++) {
                Disk k = disks.get(i);
                vdevs[i] = intern(k.getVdev());
                targets[i] = k.getTarget() == null || k.getTarget().isEmpty() ? null : k.getTarget();
                readOnly[i] = isReadOnly(k);
            }
            return new Outline(d.isSetType() ? d.getType() : DomainType.PV, bridges, vdevs, targets, readOnly);
        }

        /** Bridges and virtual devices are few distinct names shared by many domains. */
        private static String intern(String s) {
            return s == null ? null : s.intern();
        }

        int vifs() {
            return bridges.length;
        }

        int disks() {
            return vdevs.length;
        }
    }

    /** Whether a disk is read-only: as set, else xl's default (CD-ROMs are). */
    static boolean isReadOnly(Disk k) {
        boolean cdrom = k.isSetDevtype() && k.getDevtype() == DiskDeviceType.CDROM;
        return k.isSetAccess() ? k.getAccess() == DiskAccess.RO : cdrom;
    }

    /**
     * One device of one domain, as the inverted indexes hold it.
     *
     * @param vm the domain's uuid
     * @param index the vif's or disk's place in the definition
     * @param vdev a disk's virtual device ({@code null} for vifs)
     * @param readOnly whether a disk is read-only (false for vifs)
     */
    record DeviceUse(String vm, int index, String vdev, boolean readOnly) {

        /** @return the device's uuid */
        String uuid() {
            return deviceUuid(vm, DeviceApi.place(vdev == null, index, vdev));
        }

        static final Comparator<DeviceUse> ORDER = Comparator.comparing(DeviceUse::vm)
                .thenComparingInt(DeviceUse::index);
    }

    private record Entry(Outline outline, long stamp) {
    }

    private final HostObjects host;
    private final EventHub events;
    private final Map<String, Entry> byVm = new ConcurrentHashMap<>();
    /** The vifs on each bridge and the disks on each target, read without the lock, changed under it. */
    private final ConcurrentSkipListMap<String, NavigableSet<DeviceUse>> vifsByBridge = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<String, NavigableSet<DeviceUse>> disksByTarget =
            new ConcurrentSkipListMap<>();
    /** How many vifs and disks the kept outlines have; guarded by this. */
    private long vifs;
    private long disks;

    /**
     * @param host the host objects (the backend and the VMs' references)
     * @param events the hub whose generations tell whether an outline is current
     */
    public DomainOutlines(HostObjects host, EventHub events) {
        this.host = host;
        this.events = events;
    }

    /** @return a device's uuid: derived from its VM's and its place ({@code vif/0}, {@code vbd/xvda}) */
    static String deviceUuid(String vm, String place) {
        return UUID.nameUUIDFromBytes((vm + "/" + place).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** @return what to keep an outline with if it is made from a definition read after this call */
    long stamp() {
        return events.generation();
    }

    /**
     * @param s a domain of a listing
     * @return its outline: kept and current, or made now from its definition; {@code null} if it was removed
     */
    Outline of(DomainSummary s) throws XenApiException {
        Entry e = byVm.get(s.uuid());
        if (e != null && current(s.uuid(), e)) {
            return e.outline();
        }
        long stamp = stamp();
        try {
            Optional<DomainState> d = host.backend().domain(s);
            return d.isEmpty() ? null : keep(d.get(), stamp);
        } catch (BackendException ex) {
            throw BackendErrors.toXenApi(ex, null);
        }
    }

    private boolean current(String uuid, Entry e) {
        return e.stamp() >= events.lastChange("VM", host.vmRefs().ref(uuid));
    }

    /** @return what was last kept of a domain, current or not (what its devices were before a change) */
    Optional<Outline> kept(String uuid) {
        return Optional.ofNullable(byVm.get(uuid)).map(Entry::outline);
    }

    /**
     * Keeps the outline of a domain just read, unless one from a later read is kept.
     *
     * @param d the domain
     * @param stamp {@link #stamp()} before it was read
     * @return its outline
     */
    Outline keep(DomainState d, long stamp) {
        Outline made = Outline.of(d.definition());
        synchronized (this) {
            Entry old = byVm.get(d.uuid());
            if (old != null && old.stamp() > stamp) {
                return made;
            }
            byVm.put(d.uuid(), new Entry(made, stamp));
            unindex(d.uuid(), old);
            index(d.uuid(), made);
        }
        return made;
    }

    /** Forgets a domain that is gone. */
    synchronized void forget(String uuid) {
        unindex(uuid, byVm.remove(uuid));
    }

    /**
     * Makes sure the outline of every domain is kept and current, reading the definitions of those that are not: the
     * inverted indexes then hold every device (before networks or storage are listed).
     */
    void refreshAll() throws XenApiException {
        Iterable<DomainSummary> guests;
        try {
            guests = host.backend().summaries();
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
        for (DomainSummary s : guests) {
            of(s);
        }
    }

    /** @return how many vifs ({@code true}) or disks the domains have, every outline made current first if need be */
    long deviceCount(boolean vif) throws XenApiException {
        int domains;
        try {
            domains = host.backend().domainCount();
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
        if (byVm.size() != domains) {
            refreshAll();
        }
        synchronized (this) {
            return vif ? vifs : disks;
        }
    }

    /** @return the bridges some vif is on, in order, read as iterated */
    Iterator<String> bridges() {
        return vifsByBridge.keySet().iterator();
    }

    /** @return the vifs on a bridge, read as iterated */
    Iterator<DeviceUse> vifsOn(String bridge) {
        NavigableSet<DeviceUse> users = vifsByBridge.get(bridge);
        return users == null ? List.<DeviceUse>of().iterator() : users.iterator();
    }

    /** @return the disk targets, in order, read as iterated */
    Iterator<String> targets() {
        return disksByTarget.keySet().iterator();
    }

    /** @return the disks on a target, read as iterated */
    Iterator<DeviceUse> disksOn(String target) {
        NavigableSet<DeviceUse> users = disksByTarget.get(target);
        return users == null ? List.<DeviceUse>of().iterator() : users.iterator();
    }

    /** @return whether some disk is on the target */
    boolean isTarget(String target) {
        return disksByTarget.containsKey(target);
    }

    private void index(String vm, Outline o) {
        for (int i = 0; i < o.vifs(); i++) {
            if (o.bridges()[i] != null) {
                vifsByBridge.computeIfAbsent(o.bridges()[i], b -> new ConcurrentSkipListSet<>(DeviceUse.ORDER))
                        .add(new DeviceUse(vm, i, null, false));
            }
        }
        for (int i = 0; i < o.disks(); i++) {
            if (o.targets()[i] != null) {
                disksByTarget.computeIfAbsent(o.targets()[i], t -> new ConcurrentSkipListSet<>(DeviceUse.ORDER))
                        .add(new DeviceUse(vm, i, o.vdevs()[i], o.readOnly()[i]));
            }
        }
        vifs += o.vifs();
        disks += o.disks();
    }

    private void unindex(String vm, Entry old) {
        if (old == null) {
            return;
        }
        Outline o = old.outline();
        for (int i = 0; i < o.vifs(); i++) {
            remove(vifsByBridge, o.bridges()[i], new DeviceUse(vm, i, null, false));
        }
        for (int i = 0; i < o.disks(); i++) {
            remove(disksByTarget, o.targets()[i], new DeviceUse(vm, i, o.vdevs()[i], o.readOnly()[i]));
        }
        vifs -= o.vifs();
        disks -= o.disks();
    }

    private static void remove(ConcurrentSkipListMap<String, NavigableSet<DeviceUse>> index, String key,
            DeviceUse use) {
        if (key == null) {
            return;
        }
        NavigableSet<DeviceUse> users = index.get(key);
        if (users != null) {
            users.remove(use);
            if (users.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
