package org.xenophilia.storage.lvm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;

/**
 * Destroys an empty repository: removes what the backend made (its thin pool, its volume group and the physical
 * volumes' labels) and only that. A volume group that holds LVs that are not ours, or that existed before, is left to
 * the admin without our tags. The volume group is tagged {@link LvmTags#PARTIAL} first, so a crash midway leaves a
 * repository that no attach accepts and the next create on the same devices clears.
 */
final class RepositoryRemoval {

    private static final System.Logger LOG = System.getLogger(RepositoryRemoval.class.getName());

    private final String uuid;
    private final String vg;
    private final Optional<String> pool;
    private final Lvm lvm;
    private final LvmBackend backend;

    RepositoryRemoval(String uuid, String vg, Optional<String> pool, Lvm lvm, LvmBackend backend) {
        this.uuid = uuid;
        this.vg = vg;
        this.pool = pool;
        this.lvm = lvm;
        this.backend = backend;
    }

    void run() throws StorageException {
        StorageFailure failure = StorageFailure.DESTROY_REPOSITORY_FAILED;
        String reason = "cannot destroy the repository in " + vg;
        lvm.run(StorageProgress.NONE, "vgchange", "--addtag", LvmTags.PARTIAL, vg).succeeded(failure, reason);
        if (pool.isPresent()) {
            List<LvRow> rows = lvm.lvs(vg, failure);
            boolean ours = rows.stream().anyMatch(r -> r.name().equals(pool.get()) && r.tags().contains(LvmTags
                    .POOL));
            List<String> inPool = rows.stream().filter(r -> r.pool().equals(pool.get())).map(LvRow::name).toList();
            if (ours && inPool.isEmpty()) {
                lvm.run(StorageProgress.NONE, "lvremove", "--yes", vg + "/" + pool.get()).succeeded(failure, reason);
            } else if (ours) {
                LOG.log(System.Logger.Level.INFO, "lvm storage: thin pool " + vg + "/" + pool.get() + " is left: it"
                        + " holds LVs that are not volumes of ours: " + String.join(", ", inPool));
            }
        }
        List<String> left = lvm.lvs(vg, failure).stream().map(LvRow::name).toList();
        VgRow g = lvm.vgs(failure).stream().filter(v -> v.name().equals(vg)).findFirst().orElseThrow(() ->
                StorageException.failure(failure, reason + ": the volume group is gone", ""));
        if (g.tags().contains(LvmTags.MADE_VG) && left.isEmpty()) {
            List<String> pvs = lvm.pvs(failure).stream().filter(p -> p.vg().equals(vg)).map(PvRow::name).toList();
            backend.removeVolumeGroup(vg, pvs);
            return;
        }
        if (g.tags().contains(LvmTags.MADE_VG)) {
            LOG.log(System.Logger.Level.INFO, "lvm storage: volume group " + vg + " is left: it holds LVs that are not"
                    + " volumes of ours: " + String.join(", ", left));
        }
        List<String> args = new ArrayList<>();
        for (String t : List.of(LvmTags.repository(uuid), LvmTags.MADE_VG, LvmTags.PARTIAL)) {
            if (g.tags().contains(t)) {
                args.addAll(List.of("--deltag", t));
            }
        }
        args.add(vg);
        lvm.run(StorageProgress.NONE, "vgchange", args.toArray(String[]::new)).succeeded(failure, reason);
    }
}
