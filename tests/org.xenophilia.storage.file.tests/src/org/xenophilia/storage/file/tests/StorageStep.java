package org.xenophilia.storage.file.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageContext;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.file.internal.FileBackendType;

/**
 * One operation of the file backend in a JVM of its own, on a plain class path as the Agent runs, so that a test can
 * halt it at a step ({@code -Dxenophilia.test.haltAt=STEP}) as {@code kill -9} would:
 * {@code StorageStep STATE_DIR LOCATION SR_UUID OPERATION ARGS...}, with OPERATION one of
 * {@code create NAME BYTES raw|qcow2}, {@code copy SOURCE NAME}, {@code snapshot SOURCE LABEL},
 * {@code resize NAME BYTES}, {@code destroy NAME}. Exit status 0 when done, 1 with the error on standard error.
 */
public final class StorageStep {

    private StorageStep() {
    }

    /** @param args see the class */
    public static void main(String[] args) throws Exception {
        Path state = Files.createDirectories(Path.of(args[0]));
        Repository repo = new FileBackendType().open(new StorageContext(state, Map.of())).attach(args[2],
                Map.of(FileBackendType.LOCATION, args[1]));
        try {
            switch (args[3]) {
                case "create" -> repo.createVolume(args[4], Long.parseLong(args[5]),
                        DiskFormat.valueOf(args[6].toUpperCase(java.util.Locale.ROOT)));
                case "copy" -> repo.copy(args[4], args[5], StorageProgress.NONE);
                case "snapshot" -> repo.snapshot(args[4], args[5], StorageProgress.NONE);
                case "resize" -> repo.resize(args[4], Long.parseLong(args[5]));
                case "destroy" -> repo.destroyVolume(args[4]);
                default -> throw new IllegalArgumentException("no operation " + args[3]);
            }
        } catch (StorageException e) {
            System.err.println(e.code() + " " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }
}
