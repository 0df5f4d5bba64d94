package org.xenophilia.storage.lvm.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.xenophilia.storage.Capability;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Probe;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.ToolRunner;

/**
 * The lvm backend on this host. A repository is a volume group tagged with its uuid ({@link LvmTags}), made on
 * devices that hold nothing (or, with force, only what a new physical volume may replace, never a physical volume
 * of another volume group), or an existing volume group; see {@link Site} for how a location is looked at, and
 * {@link LvmRepository} for the volumes.
 */
final class LvmBackend implements StorageBackend {

    /** A repository's uuid, in canonical form. */
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final System.Logger LOG = System.getLogger(LvmBackend.class.getName());

    private final Lvm lvm;
    private final DeviceProbe devices;
    private final Zeroing zeroing;
    private final boolean thin;

    LvmBackend(Lvm lvm, DeviceProbe devices, Zeroing zeroing, boolean thin) {
        this.lvm = lvm;
        this.devices = devices;
        this.zeroing = zeroing;
        this.thin = thin;
    }

    /** @return how thick volumes are zeroed here */
    Zeroing zeroing() {
        return zeroing;
    }

    @Override
    public Set<Capability> capabilities() {
        // no CLONE: a copy copies the blocks (of a thin volume, only those in use)
        return thin ? EnumSet.of(Capability.RESIZE, Capability.SNAPSHOT, Capability.THIN_PROVISIONING)
                : EnumSet.of(Capability.RESIZE, Capability.SNAPSHOT);
    }

    @Override
    public Set<DiskFormat> formats() {
        return EnumSet.of(DiskFormat.RAW);
    }

    @Override
    public Probe probe(Map<String, String> config) throws StorageException {
        return Site.look(lvm, devices, RepositoryConfig.of(config), StorageFailure.PROBE_FAILED).probe();
    }

    @Override
    public Repository create(String uuid, Map<String, String> config, boolean force) throws StorageException {
        checkUuid(uuid);
        RepositoryConfig c = RepositoryConfig.of(config);
        if (c.thin() && !thin) {
            throw StorageException.notSupported(uuid, "make thin volumes", "thin pools need thin_check, which is not"
                    + " installed here (thin-provisioning-tools)");
        }
        Site site = Site.look(lvm, devices, c, StorageFailure.CREATE_REPOSITORY_FAILED);
        String where = c.newVolumeGroup() ? String.join(", ", c.devices()) : "volume group " + c.vg().get();
        if (site.repository().isPresent()) {
            throw StorageException.failure(StorageFailure.REPOSITORY_EXISTS, where + " already holds repository "
                    + site.repository().get(), "");
        }
        if (!site.neverUsed().isEmpty()) {
            throw StorageException.failure(StorageFailure.CREATE_REPOSITORY_FAILED, String.join("; ", site
                    .neverUsed()) + ": a physical volume of another volume group is never used, even with force"
                    + " (remove it from its volume group first, or give vg= to use that volume group)", "");
        }
        if (!site.otherData().isEmpty() && !force) {
            throw StorageException.holdsData(where, String.join(", ", site.otherData()));
        }
        if (site.leftover().isPresent()) {
            clear(site.leftover().get(), site.leftoverDevices());
        }
        String vg = c.volumeGroup(uuid);
        if (c.newVolumeGroup()) {
            makeVolumeGroup(uuid, vg, c, force);
        } else {
            lvm.run(StorageProgress.NONE, "vgchange", "--addtag", LvmTags.repository(uuid), "--addtag",
                    LvmTags.PARTIAL, vg).succeeded(StorageFailure.CREATE_REPOSITORY_FAILED, "cannot tag " + vg);
        }
        boolean poolMade = false;
        try {
            if (c.thinPoolSize() > 0) {
                makePool(vg, c);
                poolMade = true;
            } else if (c.thinPool().isPresent()) {
                requirePool(vg, c.pool(), StorageFailure.CREATE_REPOSITORY_FAILED);
            }
            lvm.run(StorageProgress.NONE, "vgchange", "--deltag", LvmTags.PARTIAL, vg)
                    .succeeded(StorageFailure.CREATE_REPOSITORY_FAILED, "cannot finish the repository in " + vg);
        } catch (StorageException | RuntimeException e) {
            undo(uuid, vg, c, poolMade);
            throw e;
        }
        return attach(uuid, config);
    }

    private void makeVolumeGroup(String uuid, String vg, RepositoryConfig c, boolean force) throws StorageException {
        if (lvm.vgs(StorageFailure.CREATE_REPOSITORY_FAILED).stream().anyMatch(g -> g.name().equals(vg))) {
            throw StorageException.failure(StorageFailure.CREATE_REPOSITORY_FAILED, "a volume group named " + vg
                    + " exists already", "");
        }
        List<String> args = new ArrayList<>();
        if (force) {
            args.add("--yes"); // LVM asks before wiping a signature; force is the admin's yes
        }
        args.addAll(List.of("--addtag", LvmTags.repository(uuid), "--addtag", LvmTags.MADE_VG, "--addtag",
                LvmTags.PARTIAL, vg));
        args.addAll(c.devices());
        lvm.run(StorageProgress.NONE, "vgcreate", args.toArray(String[]::new))
                .succeeded(StorageFailure.CREATE_REPOSITORY_FAILED, "cannot make volume group " + vg);
    }

    private void makePool(String vg, RepositoryConfig c) throws StorageException {
        String reason = "cannot make thin pool " + c.pool() + " in " + vg;
        ToolRunner.Result r = lvm.run(StorageProgress.NONE, "lvcreate", "--yes", "--type", "thin-pool", "-n",
                c.pool(), "-L", c.thinPoolSize() + "b", "--zero", "y", "--addtag", LvmTags.POOL, vg);
        if (r.exitCode() != 0 && free(vg) < c.thinPoolSize()) {
            r.succeeded(StorageFailure.INSUFFICIENT_SPACE, reason + ": the volume group has "
                    + free(vg) + " bytes free");
        }
        r.succeeded(StorageFailure.CREATE_REPOSITORY_FAILED, reason);
        // a write to a full pool fails at once, instead of waiting a minute for the pool to grow
        lvm.run(StorageProgress.NONE, "lvchange", "--errorwhenfull", "y", vg + "/" + c.pool())
                .succeeded(StorageFailure.CREATE_REPOSITORY_FAILED, reason);
    }

    private long free(String vg) throws StorageException {
        return lvm.vgs(StorageFailure.CREATE_REPOSITORY_FAILED).stream().filter(g -> g.name().equals(vg))
                .mapToLong(VgRow::free).findFirst().orElse(0);
    }

    private LvRow requirePool(String vg, String pool, StorageFailure failure) throws StorageException {
        return lvm.lvs(vg, failure).stream().filter(l -> l.name().equals(pool) && l.thinPool()).findFirst()
                .orElseThrow(() -> StorageException.failure(failure, "no thin pool " + pool + " in volume group "
                        + vg, ""));
    }

    /** Takes back what a failed create made (best effort: what is left is a leftover the next create clears). */
    private void undo(String uuid, String vg, RepositoryConfig c, boolean poolMade) {
        try {
            if (poolMade) {
                lvm.run(StorageProgress.NONE, "lvremove", "--yes", vg + "/" + c.pool());
            }
            if (c.newVolumeGroup()) {
                removeVolumeGroup(vg, c.devices());
            } else {
                lvm.run(StorageProgress.NONE, "vgchange", "--deltag", LvmTags.repository(uuid), "--deltag",
                        LvmTags.PARTIAL, vg);
            }
        } catch (StorageException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "lvm storage: could not take back the repository half made in "
                    + vg + " (the next create there clears it): " + e.getMessage());
        }
    }

    /** Removes a volume group the backend made, and its physical volumes' labels; refused by LVM if LVs remain. */
    void removeVolumeGroup(String vg, List<String> pvs) throws StorageException {
        // no --yes: if an LV appeared meanwhile, vgremove asks, reads no answer, and removes nothing
        lvm.run(StorageProgress.NONE, "vgremove", vg).succeeded(StorageFailure.DESTROY_REPOSITORY_FAILED,
                "cannot remove volume group " + vg);
        List<String> args = new ArrayList<>(pvs);
        lvm.run(StorageProgress.NONE, "pvremove", args.toArray(String[]::new))
                .succeeded(StorageFailure.DESTROY_REPOSITORY_FAILED, "cannot remove the physical volume labels of "
                        + String.join(", ", pvs));
    }

    /** Clears what a create or destroy that a crash interrupted left: ours, half made, holding no volume. */
    private void clear(VgRow leftover, List<String> pvs) throws StorageException {
        LOG.log(System.Logger.Level.INFO, "lvm storage: clearing " + leftover.name() + ", a repository half made or"
                + " half destroyed when the Agent stopped");
        for (LvRow l : lvm.lvs(leftover.name(), StorageFailure.CREATE_REPOSITORY_FAILED)) {
            if (l.tags().contains(LvmTags.POOL)) {
                lvm.run(StorageProgress.NONE, "lvremove", "--yes", leftover.name() + "/" + l.name())
                        .succeeded(StorageFailure.CREATE_REPOSITORY_FAILED, "cannot clear " + leftover.name());
            }
        }
        if (leftover.tags().contains(LvmTags.MADE_VG)) {
            removeVolumeGroup(leftover.name(), pvs);
        } else {
            List<String> args = new ArrayList<>();
            for (String t : leftover.tags()) {
                if (t.startsWith(LvmTags.SR_PREFIX) || t.equals(LvmTags.PARTIAL)) {
                    args.addAll(List.of("--deltag", t));
                }
            }
            args.add(leftover.name());
            lvm.run(StorageProgress.NONE, "vgchange", args.toArray(String[]::new))
                    .succeeded(StorageFailure.CREATE_REPOSITORY_FAILED, "cannot clear " + leftover.name());
        }
    }

    @Override
    public Repository attach(String uuid, Map<String, String> config) throws StorageException {
        checkUuid(uuid);
        RepositoryConfig c = RepositoryConfig.of(config);
        String tag = LvmTags.repository(uuid);
        Optional<VgRow> found = lvm.vgs(StorageFailure.REPOSITORY_UNAVAILABLE).stream()
                .filter(g -> g.tags().contains(tag)).findFirst();
        if (found.isEmpty()) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "no volume group holds repository "
                    + uuid + " (tag " + tag + ")", "");
        }
        VgRow vg = found.get();
        if (c.vg().isPresent() && !c.vg().get().equals(vg.name())) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "repository " + uuid + " is in"
                    + " volume group " + vg.name() + ", not " + c.vg().get(), "");
        }
        if (vg.tags().contains(LvmTags.PARTIAL)) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "repository " + uuid + " in "
                    + vg.name() + " was half made or half destroyed when the Agent stopped (tag " + LvmTags.PARTIAL
                    + "); creating a repository there clears it", "");
        }
        Optional<String> pool = Optional.empty();
        if (c.thin()) {
            pool = Optional.of(requirePool(vg.name(), c.pool(), StorageFailure.REPOSITORY_UNAVAILABLE).name());
        }
        LvmRepository repository = new LvmRepository(uuid, Map.copyOf(config), vg.name(), pool, this, lvm,
                zeroing);
        repository.recover();
        return repository;
    }

    private static void checkUuid(String uuid) throws StorageException {
        if (uuid == null || !UUID.matcher(uuid).matches()) {
            throw StorageException.invalidValue("uuid", String.valueOf(uuid), "not a uuid: " + uuid);
        }
    }
}
