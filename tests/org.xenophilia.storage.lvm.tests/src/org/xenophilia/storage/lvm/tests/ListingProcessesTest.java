package org.xenophilia.storage.lvm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.DiskTarget;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.RepositorySpace;
import org.xenophilia.storage.ResolvedVolume;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.lvm.internal.LvmBackendType;

/**
 * What listing an lvm repository costs, counted in {@code lvm} processes by the boundary double ({@link FakeLvm}
 * logs each run): the Agent lists a repository with {@link Repository#resolveAll()}, which the lvm backend answers
 * from one {@code lvs} report, however many volumes there are. The way a backend built for API 1.0 is listed (the
 * SPI's default: {@code volumes()} and a {@code resolve} per volume) ran one {@code lvs} per volume besides the
 * listing's: 1,001 processes for a repository of 1,000 LVs, at 0.6-0.9 s each in the real-Xen tier's dom0.
 */
public class ListingProcessesTest {

    private static final String SR = "5e1d2c3b-4a59-4687-9a1b-2c3d4e5f6a7b";
    private static final long MIB = 1 << 20;
    private static final int VOLUMES = 16;

    @TempDir
    Path tmp;
    private LoopDevice disk;

    @AfterEach
    void release() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    public void aListingOfManyVolumesRunsOneLvmProcess() throws Exception {
        FakeLvm fake = FakeLvm.install(tmp.resolve("fake"));
        disk = LoopDevice.of(tmp.resolve("disk.img"), 256 * MIB);
        Repository r = fake.open().create(SR, Map.of(LvmBackendType.DEVICE, disk.path), false);
        for (int i = 0; i < VOLUMES; i++) {
            r.createVolume(String.format("vol-%02d", i), 4 * MIB, DiskFormat.RAW);
        }
        r.snapshot("vol-00", "before", StorageProgress.NONE);

        fake.clearLog();
        List<ResolvedVolume> listed = r.resolveAll();
        assertEquals(VOLUMES + 1, listed.size());
        assertEquals(1, fake.invocations().size(), "one lvs for the whole listing: " + fake.invocations());

        // what it answers is what the volume-by-volume way answers
        for (ResolvedVolume v : listed) {
            assertEquals(r.resolve(v.volume().name()), v.target());
            assertEquals(r.volume(v.volume().name()), Optional.of(v.volume()));
        }
        DiskTarget snapshot = listed.stream().filter(v -> v.volume().readOnly()).findFirst().orElseThrow().target();
        assertTrue(snapshot.readOnly(), "a snapshot is given to xl read-only: " + snapshot);

        fake.clearLog();
        assertEquals(listed, asBuiltForApi10(r).resolveAll());
        assertEquals(VOLUMES + 2, fake.invocations().size(), "the way a 1.0 backend is listed: one lvs per volume"
                + " besides the listing's");
    }

    /** @return the repository as a backend built for API 1.0 offers it: without {@code resolveAll}, the SPI's default */
    private static Repository asBuiltForApi10(Repository r) {
        return new Repository() {
            @Override
            public String uuid() {
                return r.uuid();
            }

            @Override
            public Map<String, String> config() {
                return r.config();
            }

            @Override
            public RepositorySpace space() throws StorageException {
                return r.space();
            }

            @Override
            public List<Volume> volumes() throws StorageException {
                return r.volumes();
            }

            @Override
            public Optional<Volume> volume(String name) throws StorageException {
                return r.volume(name);
            }

            @Override
            public Volume createVolume(String name, long virtualSize, DiskFormat format) throws StorageException {
                return r.createVolume(name, virtualSize, format);
            }

            @Override
            public Volume resize(String name, long newVirtualSize) throws StorageException {
                return r.resize(name, newVirtualSize);
            }

            @Override
            public void destroyVolume(String name) throws StorageException {
                r.destroyVolume(name);
            }

            @Override
            public Volume copy(String source, String name, StorageProgress progress) throws StorageException {
                return r.copy(source, name, progress);
            }

            @Override
            public Volume snapshot(String source, String label, StorageProgress progress) throws StorageException {
                return r.snapshot(source, label, progress);
            }

            @Override
            public DiskTarget resolve(String name) throws StorageException {
                return r.resolve(name);
            }

            @Override
            public void detach() {
                r.detach();
            }

            @Override
            public void destroy() throws StorageException {
                r.destroy();
            }
        };
    }
}
