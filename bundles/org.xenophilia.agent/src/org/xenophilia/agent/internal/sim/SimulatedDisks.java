package org.xenophilia.agent.internal.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DiskChanges;
import org.xenophilia.agent.backend.VolumeResolver;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlEncodeException;

/**
 * The simulated domains' disks, as the {@code xl} backend has them: {@code VBD.create} and {@code VBD.destroy} change
 * the definition (and a running domain's next-boot definition, if one waits); a disk added to a running domain is not
 * attached until it is plugged; plugging and unplugging change what the running domain has attached
 * ({@link SimulatedDomain#detached}), as {@code xl block-attach} and {@code xl block-detach} do. A disk that names a
 * storage volume is resolved when it is given to the domain (a start, a reboot that builds the domain afresh, a plug):
 * the disk spec xl would be given is kept with the domain's run-time state ({@link SimulatedDomain#volumeDisks}, in
 * {@code simulated.properties}), so that what the backend "ran" can be seen.
 * <p>
 * Every method runs under the backend's lock. The run-time state is written before the definition when a disk is
 * added (a crash in between leaves a mark for a disk the definition does not have, which is ignored) and after it when
 * one is removed, so that no disk of a definition is ever shown attached that a running domain does not have.
 */
final class SimulatedDisks {

    private final SimulatedBackend backend;
    private final SimulatedDefinitions definitions;
    private final VolumeResolver volumes;

    SimulatedDisks(SimulatedBackend backend, SimulatedDefinitions definitions, VolumeResolver volumes) {
        this.backend = backend;
        this.definitions = definitions;
        this.volumes = volumes;
    }

    /**
     * Resolves the disks of a definition that name storage volumes, as a start does before anything is built.
     *
     * @param uuid the domain
     * @param def the definition it is built from
     * @return {@link SimulatedDomain#volumeDisks} for it
     * @throws BackendException {@code STORAGE} for the first volume that cannot be given to the domain
     */
    String[] resolved(String uuid, Domain def) throws BackendException {
        List<String> out = new ArrayList<>();
        for (Disk d : def.getDisks()) {
            if (VolumeResolver.namesVolume(d)) {
                out.add(d.getVdev());
                out.add(spec(volumes.resolve(uuid, d)));
            }
        }
        return out.isEmpty() ? null : out.toArray(String[]::new);
    }

    /** @return the disk spec xl would be given, written by the xl codec */
    private static String spec(Disk d) throws BackendException {
        try {
            return XlDomainCodec.diskSpec(d);
        } catch (XlEncodeException e) {
            throw BackendException.failed("disk " + d.getVdev() + " cannot be given to xl: " + e.getMessage());
        }
    }

    void add(String uuid, Disk disk) throws BackendException {
        SimulatedDomain d = backend.get(uuid);
        checkNotSuspended(d);
        Domain def = DiskChanges.withDisk(definitions.get(uuid), disk);
        if (d.state == VmPowerState.HALTED) {
            definitions.save(def);
            backend.commit(d);
            return;
        }
        Domain next = d.nextBoot ? definitions.nextBoot(uuid, d.domid) : null;
        if (next != null) {
            definitions.saveNextBoot(uuid, DiskChanges.withDisk(next, disk), d.domid);
        }
        SimulatedDomain before = d.copy();
        d.detached = with(d.detached, disk.getVdev());
        backend.commit(d);
        try {
            definitions.save(def);
        } catch (BackendException e) {
            backend.commit(before);
            throw e;
        }
    }

    void remove(String uuid, String vdev) throws BackendException {
        SimulatedDomain d = backend.get(uuid);
        Domain def = DiskChanges.withoutDisk(definitions.get(uuid), vdev);
        if (d.state != VmPowerState.HALTED && !contains(d.detached, vdev)) {
            throw BackendException.diskAttached(uuid, vdev, true);
        }
        Domain next = d.nextBoot ? definitions.nextBoot(uuid, d.domid) : null;
        if (next != null && DiskChanges.disk(next, vdev).isPresent()) {
            definitions.saveNextBoot(uuid, DiskChanges.withoutDisk(next, vdev), d.domid);
        }
        definitions.save(def);
        d.detached = without(d.detached, vdev);
        backend.commit(d);
    }

    void plug(String uuid, String vdev) throws BackendException {
        SimulatedDomain d = running(uuid);
        Disk disk = DiskChanges.disk(definitions.get(uuid), vdev)
                .orElseThrow(() -> BackendException.noSuchDisk(uuid, vdev));
        if (!contains(d.detached, vdev)) {
            throw BackendException.diskAttached(uuid, vdev, true);
        }
        // what xl block-attach would be given: the volume resolved, the spec written by the codec
        String spec = spec(VolumeResolver.namesVolume(disk) ? volumes.resolve(uuid, disk) : disk);
        d.detached = without(d.detached, vdev);
        if (VolumeResolver.namesVolume(disk)) {
            d.volumeDisks = withVolume(d.volumeDisks, vdev, spec);
        }
        backend.commit(d);
    }

    void unplug(String uuid, String vdev) throws BackendException {
        SimulatedDomain d = running(uuid);
        DiskChanges.disk(definitions.get(uuid), vdev).orElseThrow(() -> BackendException.noSuchDisk(uuid, vdev));
        if (contains(d.detached, vdev)) {
            throw BackendException.diskAttached(uuid, vdev, false);
        }
        d.detached = with(d.detached, vdev);
        d.volumeDisks = withVolume(d.volumeDisks, vdev, null);
        backend.commit(d);
    }

    /** @return the domain, if it runs: hot-plugging is for running domains (a paused guest cannot answer) */
    private SimulatedDomain running(String uuid) throws BackendException {
        SimulatedDomain d = backend.get(uuid);
        if (d.state != VmPowerState.RUNNING) {
            throw BackendException.badPowerState(uuid, VmPowerState.RUNNING, d.state);
        }
        return d;
    }

    private static void checkNotSuspended(SimulatedDomain d) throws BackendException {
        if (d.state == VmPowerState.SUSPENDED) {
            throw BackendException.badPowerState(d.uuid, VmPowerState.HALTED, d.state);
        }
    }

    private static boolean contains(String[] a, String s) {
        return a != null && Arrays.asList(a).contains(s);
    }

    private static String[] with(String[] a, String s) {
        if (contains(a, s)) {
            return a;
        }
        String[] out = a == null ? new String[1] : Arrays.copyOf(a, a.length + 1);
        out[out.length - 1] = s;
        return out;
    }

    private static String[] without(String[] a, String s) {
        if (!contains(a, s)) {
            return a;
        }
        String[] out = Arrays.stream(a).filter(x -> !x.equals(s)).toArray(String[]::new);
        return out.length == 0 ? null : out;
    }

    /** @return the pairs with {@code vdev}'s spec replaced by {@code spec}, or removed when it is {@code null} */
    private static String[] withVolume(String[] pairs, String vdev, String spec) {
        List<String> out = new ArrayList<>();
        for (int i = 0; pairs != null && i < pairs.length; i += 2) {
            if (!pairs[i].equals(vdev)) {
                out.add(pairs[i]);
                out.add(pairs[i + 1]);
            }
        }
        if (spec != null) {
            out.add(vdev);
            out.add(spec);
        }
        return out.isEmpty() ? null : out.toArray(String[]::new);
    }
}
