package org.xenophilia.agent.internal.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.xenophilia.files.AtomicFiles;

/**
 * The permanent identities of this host and its (one-host) pool: UUIDs created on first start and kept in the state
 * directory ({@code host.uuid}, {@code pool.uuid}), so clients recognise the host across restarts.
 *
 * @param hostUuid the host's uuid
 * @param poolUuid the pool's uuid
 */
public record HostIdentity(String hostUuid, String poolUuid) {

    /**
     * @param stateDir the state directory
     * @return the stored identity, created and stored first if missing
     * @throws IOException if the files cannot be read or written
     */
    public static HostIdentity loadOrCreate(Path stateDir) throws IOException {
        return new HostIdentity(uuid(stateDir.resolve("host.uuid")), uuid(stateDir.resolve("pool.uuid")));
    }

    /**
     * A permanent uuid for an object of this host that has no stored identity of its own (its metrics, a network
     * named by a bridge, ...): the same on every start, different from every other object's. XenAPI clients key
     * their caches by uuid across classes (Xen Orchestra does), so no two objects may share one.
     *
     * @param what the object, unique within the host (e.g. {@code host_metrics}, {@code network/xenbr0})
     * @return its uuid, derived from the host's
     */
    public String derivedUuid(String what) {
        return UUID.nameUUIDFromBytes((hostUuid + "/" + what).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String uuid(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            String s = Files.readString(file, StandardCharsets.US_ASCII).strip();
            try {
                return UUID.fromString(s).toString();
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " does not hold a UUID", e);
            }
        }
        String u = UUID.randomUUID().toString();
        AtomicFiles.write(file, (u + "\n").getBytes(StandardCharsets.US_ASCII), AtomicFiles.WORLD_READABLE);
        return u;
    }
}
