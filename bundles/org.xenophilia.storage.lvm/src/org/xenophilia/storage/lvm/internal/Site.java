package org.xenophilia.storage.lvm.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.xenophilia.storage.Probe;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;

/**
 * What is at a repository's location before anything is written: on the devices of a new volume group, or in an
 * existing volume group. Read only: {@code blkid -p} for each device, {@code pvs}, {@code vgs}, {@code lvs}.
 *
 * @param repository the uuid of the repository there, if there is one
 * @param leftover a repository of ours that a crash left half made (or half destroyed), holding no volume: a create
 *            clears it, so it is neither data nor a repository
 * @param leftoverDevices the physical volumes of {@code leftover}
 * @param otherData what else is there, in the admin's words, one item per device or volume group
 * @param neverUsed the items of {@code otherData} that a create never uses even when forced: physical volumes of
 *            other volume groups
 * @param size the devices' or the volume group's size in bytes
 * @param free the bytes free there
 */
record Site(Optional<String> repository, Optional<VgRow> leftover, List<String> leftoverDevices,
        List<String> otherData, List<String> neverUsed, long size, long free) {

    private static final int SHOWN = 10;

    /** @return the site as a {@link Probe} */
    Probe probe() {
        return new Probe(repository, otherData, size, free);
    }

    /**
     * @param lvm LVM
     * @param devices the device prober
     * @param c the repository's configuration
     * @param failure the failure if something cannot be looked at
     * @return what is there
     * @throws StorageException if something cannot be looked at
     */
    static Site look(Lvm lvm, DeviceProbe devices, RepositoryConfig c, StorageFailure failure)
            throws StorageException {
        List<VgRow> vgs = lvm.vgs(failure);
        List<PvRow> pvs = lvm.pvs(failure);
        return c.newVolumeGroup() ? onDevices(lvm, devices, c.devices(), vgs, pvs, failure)
                : inVolumeGroup(lvm, c.vg().get(), vgs, pvs, failure);
    }

    private static Site onDevices(Lvm lvm, DeviceProbe devices, List<String> wanted, List<VgRow> vgs,
            List<PvRow> pvs, StorageFailure failure) throws StorageException {
        Optional<String> repository = Optional.empty();
        Optional<VgRow> leftover = Optional.empty();
        List<String> other = new ArrayList<>();
        List<String> never = new ArrayList<>();
        long size = 0;
        Set<String> wantedReal = new TreeSet<>();
        wanted.forEach(d -> wantedReal.add(real(d)));
        for (String d : wanted) {
            DeviceProbe.Found found = devices.look(d, failure);
            size += found.size();
            Optional<PvRow> pv = pvs.stream().filter(p -> real(p.name()).equals(real(d))).findFirst();
            if (pv.isPresent() && pv.get().vg().isEmpty()) {
                other.add(d + ": an LVM physical volume in no volume group");
            } else if (pv.isPresent()) {
                VgRow vg = vgs.stream().filter(g -> g.name().equals(pv.get().vg())).findFirst().orElse(null);
                Optional<String> theirs = vg == null ? Optional.empty() : LvmTags.repositoryOf(vg.tags());
                if (theirs.isPresent() && clearable(lvm, vg, devicesOf(vg, pvs), wantedReal, failure)) {
                    leftover = Optional.of(vg);
                } else if (theirs.isPresent()) {
                    repository = theirs;
                } else {
                    String words = d + ": a physical volume of volume group " + pv.get().vg();
                    other.add(words);
                    never.add(words);
                }
            } else if (found.physicalVolume()) {
                String words = d + ": an LVM physical volume that LVM does not list here (a filter or its devices"
                        + " file hides it)";
                other.add(words);
                never.add(words);
            }
            found.words().ifPresent(other::add);
        }
        List<String> leftoverDevices = leftover.isPresent() ? devicesOf(leftover.get(), pvs) : List.of();
        return new Site(repository, leftover, leftoverDevices, other, never, size, size);
    }

    /** A half-made volume group of ours, on exactly these devices, holding nothing but our thin pool. */
    private static boolean clearable(Lvm lvm, VgRow vg, List<String> itsDevices, Set<String> wanted,
            StorageFailure failure) throws StorageException {
        if (!vg.tags().contains(LvmTags.PARTIAL) || !vg.tags().contains(LvmTags.MADE_VG)) {
            return false;
        }
        Set<String> its = new TreeSet<>();
        itsDevices.forEach(d -> its.add(real(d)));
        return its.equals(wanted)
                && lvm.lvs(vg.name(), failure).stream().allMatch(l -> l.tags().contains(LvmTags.POOL));
    }

    private static Site inVolumeGroup(Lvm lvm, String name, List<VgRow> vgs, List<PvRow> pvs,
            StorageFailure failure) throws StorageException {
        VgRow vg = vgs.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow(() -> StorageException
                .failure(failure, "no volume group " + name + " (give device to make one)", ""));
        Optional<String> repository = LvmTags.repositoryOf(vg.tags());
        boolean leftover = repository.isPresent() && vg.tags().contains(LvmTags.PARTIAL);
        List<String> lvs = new ArrayList<>();
        for (LvRow l : lvm.lvs(name, failure)) {
            if (!(leftover && l.tags().contains(LvmTags.POOL))) {
                lvs.add(l.name());
            }
        }
        List<String> other = new ArrayList<>();
        if (!lvs.isEmpty() && (repository.isEmpty() || leftover)) {
            List<String> shown = new ArrayList<>(lvs.subList(0, Math.min(SHOWN, lvs.size())));
            if (lvs.size() > SHOWN) {
                shown.add("and " + (lvs.size() - SHOWN) + " more");
            }
            other.add("volume group " + name + " holds " + lvs.size() + " logical volume(s): " + String.join(", ",
                    shown));
        }
        return new Site(leftover ? Optional.empty() : repository, leftover ? Optional.of(vg) : Optional.empty(),
                leftover ? devicesOf(vg, pvs) : List.of(), other, List.of(), vg.size(), vg.free());
    }

    private static List<String> devicesOf(VgRow vg, List<PvRow> pvs) {
        return pvs.stream().filter(p -> p.vg().equals(vg.name())).map(PvRow::name).toList();
    }

    /** A device by its real path, so that {@code /dev/disk/by-id/...} and {@code /dev/vdb} are one. */
    private static String real(String device) {
        try {
            return Path.of(device).toRealPath().toString();
        } catch (IOException e) {
            return device;
        }
    }
}
