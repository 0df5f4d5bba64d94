package org.xenophilia.storage.lvm.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageContext;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.lvm.internal.LvmBackendType;

/**
 * One operation of the lvm backend in a JVM of its own, on a plain class path as the Agent runs, so that a test can
 * halt it at a step ({@code -Dxenophilia.test.haltAt=STEP}) as {@code kill -9} would:
 * {@code LvmStep FAKE_DIR DEVICE SR_UUID OPERATION ARGS...}, with OPERATION one of {@code create NAME BYTES},
 * {@code copy SOURCE NAME}, {@code snapshot SOURCE LABEL}, {@code resize NAME BYTES}, {@code destroy NAME}, on the
 * doubles of {@link FakeLvm} in FAKE_DIR. Exit status 0 when done, 1 with the error on standard error.
 */
public final class LvmStep {

    private LvmStep() {
    }

    /** @param args see the class */
    public static void main(String[] args) throws Exception {
        Path fake = Path.of(args[0]);
        Map<String, String> settings = Map.of(LvmBackendType.LVM, fake.resolve("fake-lvm").toString(),
                LvmBackendType.BLKDISCARD, fake.resolve("fake-blkdiscard").toString(), LvmBackendType.BLKID,
                Files.isExecutable(Path.of("/sbin/blkid")) ? "/sbin/blkid" : "/usr/sbin/blkid",
                LvmBackendType.UDEV, "yes");
        Repository repo = new LvmBackendType().open(new StorageContext(Files.createDirectories(fake.resolve("state")),
                settings)).attach(args[2], Map.of(LvmBackendType.DEVICE, args[1]));
        try {
            switch (args[3]) {
                case "create" -> repo.createVolume(args[4], Long.parseLong(args[5]), DiskFormat.RAW);
                case "copy" -> repo.copy(args[4], args[5], StorageProgress.NONE);
                case "snapshot" -> repo.snapshot(args[4], args[5], StorageProgress.NONE);
                case "resize" -> repo.resize(args[4], Long.parseLong(args[5]));
                case "destroy" -> repo.destroyVolume(args[4]);
                default -> throw new IllegalArgumentException("no operation " + args[3].toLowerCase(Locale.ROOT));
            }
        } catch (StorageException e) {
            System.err.println(e.code() + " " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }
}
