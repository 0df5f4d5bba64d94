package com.example.storage.reflink;

import java.nio.file.Path;
import java.util.Map;

import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageContext;
import org.xenophilia.storage.StorageProgress;

/**
 * One operation of the backend in a JVM of its own, for {@link KillAtEachStepTest}: started with the test seam set
 * ({@code -Dxenophilia.test.haltAt=STEP}), it halts at that step as {@code kill -9} would, leaving the pool mounted
 * and whatever the operation had made so far.
 * <p>
 * Arguments: {@code STATE-DIR IMAGE SR-UUID OPERATION ARGS...}, the operation one of {@code create-pool SIZE},
 * {@code create NAME SIZE}, {@code copy SOURCE NAME}, {@code snapshot SOURCE LABEL}, {@code resize NAME SIZE},
 * {@code destroy NAME}.
 */
public final class PoolStep {

    private PoolStep() {
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[0]);
        Map<String, String> config = Map.of(ReflinkPoolType.IMAGE, args[1]);
        String uuid = args[2];
        StorageBackend backend = new ReflinkPoolType().open(new StorageContext(state, Map.of()));
        if (args[3].equals("create-pool")) {
            backend.create(uuid, Map.of(ReflinkPoolType.IMAGE, args[1], ReflinkPoolType.SIZE, args[4]), false);
            return;
        }
        Repository repo = backend.attach(uuid, config);
        switch (args[3]) {
            case "create" -> repo.createVolume(args[4], Long.parseLong(args[5]), DiskFormat.RAW);
            case "copy" -> repo.copy(args[4], args[5], StorageProgress.NONE);
            case "snapshot" -> repo.snapshot(args[4], args[5], StorageProgress.NONE);
            case "resize" -> repo.resize(args[4], Long.parseLong(args[5]));
            case "destroy" -> repo.destroyVolume(args[4]);
            default -> throw new IllegalArgumentException("no operation " + args[3]);
        }
    }
}
