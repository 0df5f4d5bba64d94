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
import java.util.concurrent.ConcurrentSkipListSet;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.agent.backend.VolumeResolver;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.Vif;
import org.xenophilia.xenapi.XenApiException;

/**
 * What listings need of each domain's definition beyond the backend's summary: its type and the places, bridges and
 * targets of its devices ({@link Outline}, about 150 bytes for a domain with a disk and a vif, plus its target's
 * path), kept for every domain once its definition has been read, so that listing devices' references, VM metrics,
 * networks and storage, and counting devices, read no definition. Also kept inverted, one sorted set per kind: the
 * vifs by bridge, the disks by target and those that name a storage volume by the volume, for the {@code network} and
 * {@code VDI} objects (about 70 bytes per device).
 * <p>
 * An outline is current while its VM has not changed: each is kept with the generation of the {@link EventHub} before
 * its definition was read, and is read again once the VM has a later change (every change of a definition is a VM
 * change, published after it is made). An outline made from an older read never replaces one made from a newer.
 */
public final class DomainOutlines {

    private static final String[] NONE = {};

    /**
     * One domain's outline.
     *
     * @param type its type ({@code pv} when unset)
     * @param bridges the bridge of each vif, in order, or {@code @} and the network it names ({@link NetworkLinks#key})
     * @param diskPlaces each disk's virtual device and target ({@code null} for none: an empty drive, a storage
     *            volume), in order: two entries per disk
     * @param readOnlyDisks whether each disk is read-only, {@code null} when none is
     * @param volumes the storage volume each disk names ({@code <SR uuid>/<name>}, {@code null} for one that names
     *            none), {@code null} when no disk does
     * @param stamp the {@link EventHub#generation()} before its definition was read
     */
    record Outline(DomainType type, String[] bridges, String[] diskPlaces, boolean[] readOnlyDisks, String[] volumes,
            long stamp) {

        static Outline of(Domain d, long stamp) {
            List<Vif> vifs = d.getVifs();
            String[] bridges = vifs.isEmpty() ? NONE : new String[vifs.size()];
            for (int i = 0; i < bridges.length; i++) {
                bridges[i] = intern(NetworkLinks.key(vifs.get(i)));
            }
            List<Disk> list = d.getDisks();
            String[] disks = list.isEmpty() ? NONE : new String[2 * list.size()];
            boolean[] readOnly = null;
            String[] volumes = null;
            for (int i = 0; i < list.size(); i++) {
                Disk k = list.get(i);
                disks[2 * i] = intern(k.getVdev());
                if (VolumeResolver.namesVolume(k)) {
                    // the volume's target replaces one set as well: the disk is on the volume
                    volumes = volumes == null ? new String[list.size()] : volumes;
                    volumes[i] = k.getVolume();
                } else {
                    disks[2 * i + 1] = k.getTarget() == null || k.getTarget().isEmpty() ? null : k.getTarget();
                }
                if (isReadOnly(k)) {
                    readOnly = readOnly == null ? new boolean[list.size()] : readOnly;
                    readOnly[i] = true;
                }
            }
            return new Outline(d.isSetType() ? d.getType() : DomainType.PV, bridges, disks, readOnly, volumes,
                    stamp);
        }

        /** Bridges and virtual devices are few distinct names shared by many domains. */
        private static String intern(String s) {
            return s == null ? null : s.intern();
        }

        int vifs() {
            return bridges.length;
        }

        int disks() {
            return diskPlaces.length / 2;
        }

        String vdev(int disk) {
            return diskPlaces[2 * disk];
        }

        String target(int disk) {
            return diskPlaces[2 * disk + 1];
        }

        boolean readOnly(int disk) {
            return readOnlyDisks != null && readOnlyDisks[disk];
        }

        String volume(int disk) {
            return volumes == null ? null : volumes[disk];
        }
    }

    /** Whether a disk is read-only: as set, else xl's default (CD-ROMs are). */
    static boolean isReadOnly(Disk k) {
        boolean cdrom = k.isSetDevtype() && k.getDevtype() == DiskDeviceType.CDROM;
        return k.isSetAccess() ? k.getAccess() == DiskAccess.RO : cdrom;
    }

    /**
     * One device of one domain on a bridge or a target, as the inverted indexes hold it.
     *
     * @param on the bridge or target
     * @param vm the domain's uuid
     * @param index the vif's or disk's place in the definition
     * @param vdev a disk's virtual device ({@code null} for vifs)
     * @param readOnly whether a disk is read-only (false for vifs)
     */
    record DeviceUse(String on, String vm, int index, String vdev, boolean readOnly) {

        static final Comparator<DeviceUse> ORDER = Comparator.comparing(DeviceUse::on).thenComparing(DeviceUse::vm)
                .thenComparingInt(DeviceUse::index);

        /** @return the device's uuid */
        String uuid() {
            return deviceUuid(vm, DeviceApi.place(vdev == null, index, vdev));
        }

        /** @return what sorts before every device on {@code on} */
        static DeviceUse first(String on) {
            return new DeviceUse(on, "", Integer.MIN_VALUE, null, false);
        }

        /** @return what sorts after every device on {@code on} (uuids are lower-case hexadecimal and dashes) */
        static DeviceUse last(String on) {
            return new DeviceUse(on, "~", Integer.MAX_VALUE, null, false);
        }
    }

    private final HostObjects host;
    private final EventHub events;
    private final Map<String, Outline> byVm = new ConcurrentHashMap<>();
    /** The vifs by bridge and the disks by target, read without the lock, changed under it. */
    private final NavigableSet<DeviceUse> vifsByBridge = new ConcurrentSkipListSet<>(DeviceUse.ORDER);
    private final NavigableSet<DeviceUse> disksByTarget = new ConcurrentSkipListSet<>(DeviceUse.ORDER);
    /** The disks that name a storage volume, by the volume ({@code <SR uuid>/<name>}). */
    private final NavigableSet<DeviceUse> disksByVolume = new ConcurrentSkipListSet<>(DeviceUse.ORDER);
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
        Outline o = byVm.get(s.uuid());
        if (o != null && o.stamp() >= events.lastChange("VM", host.vmRefs().ref(s.uuid()))) {
            return o;
        }
        long stamp = stamp();
        try {
            Optional<DomainState> d = host.backend().domain(s);
            return d.isEmpty() ? null : keep(d.get(), stamp);
        } catch (BackendException ex) {
            throw BackendErrors.toXenApi(ex, null);
        }
    }

    /** @return what was last kept of a domain, current or not (what its devices were before a change) */
    Optional<Outline> kept(String uuid) {
        return Optional.ofNullable(byVm.get(uuid));
    }

    /**
     * Keeps the outline of a domain just read, unless one from a later read is kept.
     *
     * @param d the domain
     * @param stamp {@link #stamp()} before it was read
     * @return its outline
     */
    Outline keep(DomainState d, long stamp) {
        Outline made = Outline.of(d.definition(), stamp);
        synchronized (this) {
            Outline old = byVm.get(d.uuid());
            if (old != null && old.stamp() > stamp) {
                return made;
            }
            byVm.put(d.uuid(), made);
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
        return keys(vifsByBridge);
    }

    /** @return the vifs on a bridge, read as iterated */
    Iterator<DeviceUse> vifsOn(String bridge) {
        return on(vifsByBridge, bridge);
    }

    /** @return the disk targets, in order, read as iterated */
    Iterator<String> targets() {
        return keys(disksByTarget);
    }

    /** @return the disks on a target, read as iterated */
    Iterator<DeviceUse> disksOn(String target) {
        return on(disksByTarget, target);
    }

    /** @return the disks that name a storage volume ({@code <SR uuid>/<name>}), read as iterated */
    Iterator<DeviceUse> disksOnVolume(String volume) {
        return on(disksByVolume, volume);
    }

    private static Iterator<DeviceUse> on(NavigableSet<DeviceUse> index, String key) {
        return index.subSet(DeviceUse.first(key), true, DeviceUse.last(key), true).iterator();
    }

    /** @return the distinct bridges or targets of an index, in order: from each to the next past its devices */
    private static Iterator<String> keys(NavigableSet<DeviceUse> index) {
        return new LazyIterator<>() {
            private String last;

            @Override
            protected String compute() {
                DeviceUse next = index.ceiling(last == null ? DeviceUse.first("") : DeviceUse.last(last));
                last = next == null ? null : next.on();
                return last;
            }
        };
    }

    private void index(String vm, Outline o) {
        for (int i = 0; i < o.vifs(); i++) {
            vifsByBridge.add(new DeviceUse(o.bridges()[i], vm, i, null, false));
        }
        for (int i = 0; i < o.disks(); i++) {
            if (o.target(i) != null) {
                disksByTarget.add(new DeviceUse(o.target(i), vm, i, o.vdev(i), o.readOnly(i)));
            }
            if (o.volume(i) != null) {
                disksByVolume.add(new DeviceUse(o.volume(i), vm, i, o.vdev(i), o.readOnly(i)));
            }
        }
        vifs += o.vifs();
        disks += o.disks();
    }

    private void unindex(String vm, Outline o) {
        if (o == null) {
            return;
        }
        for (int i = 0; i < o.vifs(); i++) {
            vifsByBridge.remove(new DeviceUse(o.bridges()[i], vm, i, null, false));
        }
        for (int i = 0; i < o.disks(); i++) {
            if (o.target(i) != null) {
                disksByTarget.remove(new DeviceUse(o.target(i), vm, i, null, false));
            }
            if (o.volume(i) != null) {
                disksByVolume.remove(new DeviceUse(o.volume(i), vm, i, null, false));
            }
        }
        vifs -= o.vifs();
        disks -= o.disks();
    }
}
