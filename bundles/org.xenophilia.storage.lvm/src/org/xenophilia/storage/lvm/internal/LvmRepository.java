package org.xenophilia.storage.lvm.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.files.HaltPoints;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.DiskTarget;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.RepositorySpace;
import org.xenophilia.storage.ResolvedVolume;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.ToolRunner;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.XlBackendType;

/**
 * A volume group's volumes: the LVs tagged {@link LvmTags#VOLUME} and not {@link LvmTags#PARTIAL}; every other LV is
 * not ours and is never listed or changed. A volume is made (create, copy, snapshot) with both tags in its one
 * {@code lvcreate}, filled (zeroed, copied), and made whole by removing {@code xenophilia-partial} in one
 * {@code lvchange}: a crash leaves it whole and listed, or partial and removed at the next attach ({@link #recover}).
 * A thick volume grows in one {@code lvextend}; its new end is zeroed before the tag that says so
 * ({@link LvmTags#grownFrom}) is removed, and a crash in between is finished at the next attach.
 * <p>
 * Test seam ({@link HaltPoints}): {@code publishing <vg>/<lv>} (filled, still partial), {@code published <vg>/<lv>},
 * {@code resizing <vg>/<lv>}, {@code resized <vg>/<lv>}, {@link BlockDevices}' and {@link ToolRunner}'s steps.
 */
final class LvmRepository implements Repository {

    private static final System.Logger LOG = System.getLogger(LvmRepository.class.getName());
    private static final long SECTOR = 512;

    private final String uuid;
    private final Map<String, String> config;
    private final String vg;
    private final Optional<String> pool;
    private final LvmBackend backend;
    private final Lvm lvm;
    private final Zeroing zeroing;
    private final NameHolds holds = new NameHolds();
    private volatile boolean attached = true;

    LvmRepository(String uuid, Map<String, String> config, String vg, Optional<String> pool, LvmBackend backend,
            Lvm lvm, Zeroing zeroing) {
        this.uuid = uuid;
        this.config = config;
        this.vg = vg;
        this.pool = pool;
        this.backend = backend;
        this.lvm = lvm;
        this.zeroing = zeroing;
    }

    @Override
    public String uuid() {
        return uuid;
    }

    @Override
    public Map<String, String> config() {
        return config;
    }

    private String lv(String name) {
        return vg + "/" + name;
    }

    private void checkAttached() throws StorageException {
        if (!attached) {
            throw StorageException.notAttached(uuid);
        }
    }

    private List<LvRow> rows() throws StorageException {
        return lvm.lvs(vg, StorageFailure.REPOSITORY_UNAVAILABLE);
    }

    /**
     * What a crash left: removes volumes half made, zeroes the grown ends not yet zeroed, and activates our volumes
     * that are not active (after a reboot where the volume group was not activated whole); never touches another LV.
     */
    void recover() throws StorageException {
        List<LvRow> rows = new ArrayList<>(rows());
        rows.sort(Comparator.comparing(LvRow::thickSnapshot).reversed()); // snapshots before their origins
        List<String> inactive = new ArrayList<>();
        for (LvRow r : rows) {
            if (LvmTags.leftover(r.tags())) {
                lvm.run(StorageProgress.NONE, "lvremove", "--yes", lv(r.name()))
                        .succeeded(StorageFailure.REPOSITORY_UNAVAILABLE, "cannot remove " + lv(r.name())
                                + ", half made when the Agent stopped");
                LOG.log(System.Logger.Level.INFO, "lvm storage: removed " + lv(r.name()) + ", half made by an"
                        + " operation a crash interrupted");
            } else if (LvmTags.whole(r.tags()) && !r.active()) {
                inactive.add(lv(r.name()));
            }
        }
        if (!inactive.isEmpty()) {
            List<String> args = new ArrayList<>(List.of("-ay"));
            args.addAll(inactive);
            lvm.run(StorageProgress.NONE, "lvchange", args.toArray(String[]::new))
                    .succeeded(StorageFailure.REPOSITORY_UNAVAILABLE, "cannot activate " + String.join(", ", inactive));
        }
        for (LvRow r : rows) { // (the removals and activations changed nothing a grow depends on)
            Optional<String> grown = LvmTags.grownFromTag(r.tags());
            if (LvmTags.whole(r.tags()) && grown.isPresent()) {
                finishGrow(r, Long.parseLong(grown.get().substring(LvmTags.GROWN_FROM_PREFIX.length())),
                        StorageFailure.REPOSITORY_UNAVAILABLE);
                LOG.log(System.Logger.Level.INFO, "lvm storage: zeroed the grown end of " + lv(r.name())
                        + ", which a crash interrupted");
            }
        }
    }

    @Override
    public RepositorySpace space() throws StorageException {
        checkAttached();
        List<LvRow> rows = rows();
        long allocation = rows.stream().filter(r -> LvmTags.whole(r.tags())).mapToLong(LvRow::virtualSize).sum();
        if (pool.isPresent()) {
            // a thin repository's room is its pool's
            LvRow p = rows.stream().filter(r -> r.name().equals(pool.get())).findFirst().orElseThrow(() ->
                    StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "thin pool " + lv(pool.get())
                            + " is gone", ""));
            return new RepositorySpace(p.size(), p.used(), allocation);
        }
        VgRow g = volumeGroup();
        return new RepositorySpace(g.size(), g.size() - g.free(), allocation);
    }

    private VgRow volumeGroup() throws StorageException {
        return lvm.vgs(StorageFailure.REPOSITORY_UNAVAILABLE).stream().filter(g -> g.name().equals(vg)).findFirst()
                .orElseThrow(() -> StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "volume group "
                        + vg + " is gone", ""));
    }

    @Override
    public List<Volume> volumes() throws StorageException {
        checkAttached();
        return rows().stream().filter(r -> LvmTags.whole(r.tags())).map(LvmRepository::volume).toList();
    }

    /** One {@code lvs} report has each LV's path and tags: what {@code resolve} reads, for every volume at once. */
    @Override
    public List<ResolvedVolume> resolveAll() throws StorageException {
        checkAttached();
        return rows().stream().filter(r -> LvmTags.whole(r.tags())).map(r -> new ResolvedVolume(volume(r),
                target(r))).toList();
    }

    private static Volume volume(LvRow r) {
        return new Volume(r.name(), DiskFormat.RAW, r.virtualSize(), r.used(), LvmTags.originOf(r.tags()));
    }

    @Override
    public Optional<Volume> volume(String name) throws StorageException {
        checkAttached();
        return whole(name).map(LvmRepository::volume);
    }

    /** @return our whole volume of that name; a name that cannot be one is not looked for */
    private Optional<LvRow> whole(String name) throws StorageException {
        if (!LvmNames.possible(name)) {
            return Optional.empty();
        }
        return rows().stream().filter(r -> r.name().equals(name) && LvmTags.whole(r.tags())).findFirst();
    }

    private LvRow existing(String name) throws StorageException {
        return whole(name).orElseThrow(() -> StorageException.volumeMissing(uuid, String.valueOf(name)));
    }

    /** @return our whole volume of that name among the rows read */
    private LvRow existing(List<LvRow> rows, String name) throws StorageException {
        return rows.stream().filter(r -> r.name().equals(name) && LvmTags.whole(r.tags())).findFirst()
                .orElseThrow(() -> StorageException.volumeMissing(uuid, String.valueOf(name)));
    }

    /** Any LV of that name, ours or not, takes the name. */
    private void refuseTaken(List<LvRow> rows, String name) throws StorageException {
        if (rows.stream().anyMatch(r -> r.name().equals(name))) {
            throw StorageException.failure(StorageFailure.VOLUME_EXISTS, "volume group " + vg + " already has an LV"
                    + " named " + name, "");
        }
    }

    @Override
    public Volume createVolume(String name, long virtualSize, DiskFormat format) throws StorageException {
        checkAttached();
        LvmNames.checkVolume(name);
        if (format != DiskFormat.RAW) {
            throw StorageException.failure(StorageFailure.FORMAT_INVALID, "cannot create " + name + " as "
                    + format.xlName() + ": an LV is a raw disk", "");
        }
        long bytes = sectors(name, virtualSize);
        String reason = "cannot create volume " + name;
        try (NameHolds.Held held = holds.hold("create", name)) {
            LvRow made = make(name, bytes, StorageFailure.CREATE_VOLUME_FAILED, reason);
            try {
                if (!made.thin()) {
                    zeroing.zero(made.path(), 0, made.size(), StorageProgress.NONE,
                            StorageFailure.CREATE_VOLUME_FAILED, reason);
                }
                publish(name, StorageFailure.CREATE_VOLUME_FAILED, reason);
            } catch (StorageException | RuntimeException e) {
                removeHalfMade(name);
                throw e;
            }
            return volume(made); // its row before publishing: the same but for the partial tag
        }
    }

    /** @return the size rounded up to whole sectors (LVM rounds it up to its extents) */
    private static long sectors(String name, long bytes) throws StorageException {
        if (bytes <= 0 || bytes > Long.MAX_VALUE - SECTOR) {
            throw StorageException.failure(StorageFailure.SIZE_INVALID, "the size of " + name + " must be more than"
                    + " 0 bytes: " + bytes, "");
        }
        return (bytes + SECTOR - 1) / SECTOR * SECTOR;
    }

    /**
     * Makes a new, partial LV: thin in the pool if the repository has one, else thick. A name that is taken (by any
     * LV) is {@code lvcreate}'s to refuse; only then is the volume group read to tell why it failed.
     */
    private LvRow make(String name, long bytes, StorageFailure failure, String reason) throws StorageException {
        List<String> args = new ArrayList<>(List.of("--yes", "-n", name));
        if (pool.isPresent()) {
            args.addAll(List.of("-V", bytes + "b", "--thinpool", pool.get()));
        } else {
            args.addAll(List.of("-L", bytes + "b"));
        }
        args.addAll(List.of("--addtag", LvmTags.VOLUME, "--addtag", LvmTags.PARTIAL, vg));
        ToolRunner.Result r = lvm.run(StorageProgress.NONE, "lvcreate", args.toArray(String[]::new));
        if (r.exitCode() != 0) {
            refuseTaken(rows(), name);
            full(r, pool.isEmpty() ? bytes : 0, reason);
            r.succeeded(failure, reason);
        }
        return rows().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(() -> StorageException
                .failure(failure, reason + ": lvcreate made no LV " + lv(name), r.stdout()));
    }

    /** A failed command that needed {@code needed} bytes of the volume group, which has fewer free: it is full. */
    private void full(ToolRunner.Result r, long needed, String reason) throws StorageException {
        if (needed > 0) {
            long free = volumeGroup().free();
            if (free < needed) {
                r.succeeded(StorageFailure.INSUFFICIENT_SPACE, reason + ": volume group " + vg + " has " + free
                        + " bytes free, " + needed + " needed");
            }
        }
    }

    /** Makes a filled, partial LV whole: one metadata commit. */
    private void publish(String name, StorageFailure failure, String reason) throws StorageException {
        HaltPoints.reached("publishing " + lv(name));
        lvm.run(StorageProgress.NONE, "lvchange", "--deltag", LvmTags.PARTIAL, lv(name)).succeeded(failure, reason);
        HaltPoints.reached("published " + lv(name));
    }

    private void removeHalfMade(String name) {
        try {
            lvm.run(StorageProgress.NONE, "lvremove", "--yes", lv(name)).succeeded(StorageFailure
                    .DESTROY_VOLUME_FAILED, "cannot remove the half-made " + lv(name));
        } catch (StorageException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "lvm storage: " + e.getMessage() + " (the next attach removes it)");
        }
    }

    @Override
    public Volume resize(String name, long newVirtualSize) throws StorageException {
        checkAttached();
        try (NameHolds.Held held = holds.hold("resize", String.valueOf(name))) {
            LvRow v = existing(name);
            if (LvmTags.originOf(v.tags()).isPresent()) {
                throw StorageException.notSupported(uuid, "resize " + name, "a snapshot is read-only");
            }
            long current = v.virtualSize();
            long bytes = sectors(name, newVirtualSize);
            if (bytes < current) {
                throw StorageException.failure(StorageFailure.SIZE_INVALID, "cannot shrink " + name + " from "
                        + current + " to " + bytes + " bytes: volumes only grow (shrinking would cut off what the"
                        + " guest keeps at the end of its disk)", "");
            }
            if (bytes > current) {
                grow(v, bytes);
            }
        }
        return volume(name).orElseThrow(() -> StorageException.volumeMissing(uuid, name));
    }

    private void grow(LvRow v, long bytes) throws StorageException {
        String reason = "cannot resize " + v.name();
        String grownTag = LvmTags.grownFrom(v.size());
        if (!v.thin()) {
            // the new end holds an earlier LV's bytes until zeroed: say so first, so a crash cannot leave it unsaid
            lvm.run(StorageProgress.NONE, "lvchange", "--addtag", grownTag, lv(v.name()))
                    .succeeded(StorageFailure.RESIZE_FAILED, reason);
        }
        HaltPoints.reached("resizing " + lv(v.name()));
        ToolRunner.Result r = lvm.run(StorageProgress.NONE, "lvextend", "-L", bytes + "b", lv(v.name()));
        if (r.exitCode() != 0) {
            if (!v.thin()) {
                lvm.run(StorageProgress.NONE, "lvchange", "--deltag", grownTag, lv(v.name()));
                full(r, bytes - v.size(), reason);
            }
            r.succeeded(StorageFailure.RESIZE_FAILED, reason);
        }
        if (!v.thin()) {
            finishGrow(existing(v.name()), v.size(), StorageFailure.RESIZE_FAILED);
        }
        HaltPoints.reached("resized " + lv(v.name()));
    }

    /** Zeroes a thick volume's end from {@code from} and removes the tag that says it is still to be zeroed. */
    private void finishGrow(LvRow v, long from, StorageFailure failure) throws StorageException {
        String reason = "cannot zero the grown end of " + v.name();
        zeroing.zero(v.path(), from, v.size() - from, StorageProgress.NONE, failure, reason);
        lvm.run(StorageProgress.NONE, "lvchange", "--deltag", LvmTags.grownFrom(from), lv(v.name()))
                .succeeded(failure, reason);
    }

    @Override
    public void destroyVolume(String name) throws StorageException {
        checkAttached();
        try (NameHolds.Held held = holds.hold("destroy", String.valueOf(name))) {
            if (!LvmNames.possible(name)) {
                throw StorageException.volumeMissing(uuid, String.valueOf(name));
            }
            List<LvRow> rows = rows();
            LvRow v = existing(rows, name);
            // a thick snapshot cannot outlive its origin: lvremove would take it along (and not only ours)
            List<String> snapshots = rows.stream().filter(r -> r.origin().equals(name) && r.thickSnapshot())
                    .map(LvRow::name).toList();
            if (!snapshots.isEmpty()) {
                throw StorageException.volumeInUse(name, "destroy", "its snapshots (" + String.join(", ", snapshots)
                        + "): destroy them first");
            }
            lvm.run(StorageProgress.NONE, "lvremove", "--yes", lv(v.name()))
                    .succeeded(StorageFailure.DESTROY_VOLUME_FAILED, "cannot destroy " + name);
        }
    }

    @Override
    public Volume copy(String source, String name, StorageProgress progress) throws StorageException {
        checkAttached();
        LvmNames.checkVolume(name);
        String reason = "cannot copy " + source + " to " + name;
        try (NameHolds.Held held = holds.hold("copy", name)) {
            LvRow from = existing(source);
            LvRow to = make(name, from.virtualSize(), StorageFailure.COPY_FAILED, reason);
            try {
                // a new thin LV reads zeros where nothing was written: copying zeros would only take space
                BlockDevices.copy(Path.of(from.path()), Path.of(to.path()), from.virtualSize(), to.thin(), progress);
                progress.done(1);
                publish(name, StorageFailure.COPY_FAILED, reason);
            } catch (IOException e) {
                removeHalfMade(name);
                throw copyFailed(e, reason);
            } catch (StorageException | RuntimeException e) {
                removeHalfMade(name);
                throw e;
            }
            return volume(to);
        }
    }

    /** A write that failed into a thin pool that is full is a full repository; anything else the copy's failure. */
    private StorageException copyFailed(IOException e, String reason) throws StorageException {
        String said = String.valueOf(e.getMessage());
        if (pool.isPresent()) {
            RepositorySpace s = space();
            if (s.free() == 0) {
                return StorageException.failure(StorageFailure.INSUFFICIENT_SPACE, reason + ": thin pool "
                        + lv(pool.get()) + " is full", said, e);
            }
        }
        return StorageException.failure(StorageFailure.COPY_FAILED, reason, said, e);
    }

    @Override
    public Volume snapshot(String source, String label, StorageProgress progress) throws StorageException {
        checkAttached();
        String name = LvmNames.snapshot(String.valueOf(source), label);
        String reason = "cannot snapshot " + source + " as " + label;
        try (NameHolds.Held held = holds.hold("snapshot", name, source)) {
            List<LvRow> rows = rows();
            LvRow from = existing(rows, source);
            if (LvmTags.originOf(from.tags()).isPresent()) {
                throw StorageException.notSupported(uuid, "snapshot " + source, "it is a snapshot itself (copy it"
                        + " into a volume first)");
            }
            refuseTaken(rows, name);
            List<String> args = new ArrayList<>(List.of("--yes", "-s", "-n", name));
            if (!from.thin()) {
                // room for every block of the origin to change, so the snapshot never overflows and breaks
                args.addAll(List.of("-l", "100%ORIGIN"));
            }
            args.addAll(List.of("-p", "r"));
            if (from.thin()) {
                // LVM skips thin snapshots when activating unless told otherwise; ours are disks to attach
                args.addAll(List.of("--setactivationskip", "n"));
            }
            args.addAll(List.of("--addtag", LvmTags.VOLUME, "--addtag", LvmTags.PARTIAL, "--addtag",
                    LvmTags.snapshotOf(source), lv(source)));
            // not cancellable: one metadata change, quick, and a kill mid-way would leave it for the next attach
            ToolRunner.Result r = lvm.run(StorageProgress.NONE, "lvcreate", args.toArray(String[]::new));
            if (r.exitCode() != 0) {
                full(r, from.thin() ? 0 : from.size(), reason);
                r.succeeded(StorageFailure.SNAPSHOT_FAILED, reason);
            }
            try {
                publish(name, StorageFailure.SNAPSHOT_FAILED, reason);
            } catch (StorageException | RuntimeException e) {
                removeHalfMade(name);
                throw e;
            }
            progress.done(1);
        }
        return volume(name).orElseThrow(() -> StorageException.volumeMissing(uuid, name));
    }

    @Override
    public DiskTarget resolve(String name) throws StorageException {
        checkAttached();
        return target(existing(name));
    }

    private static DiskTarget target(LvRow v) {
        // blkback serves a block device directly
        return new DiskTarget(v.path(), DiskFormat.RAW, XlBackendType.PHY, LvmTags.originOf(v.tags()).isPresent());
    }

    @Override
    public void detach() {
        attached = false;
    }

    @Override
    public void destroy() throws StorageException {
        checkAttached();
        List<Volume> left = volumes();
        if (!left.isEmpty()) {
            throw StorageException.notEmpty(uuid, left.size());
        }
        new RepositoryRemoval(uuid, vg, pool, lvm, backend).run();
        attached = false;
    }
}
