package org.xenophilia.benchmarks.agent;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.auth.UserStore;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * A throw-away configuration and state directory for one benchmark Agent, with an admin user, deleted on close.
 */
public final class BenchHome implements AutoCloseable {

    /** The benchmark user. */
    public static final String USER = "bench";
    /** Its password. */
    public static final String PASSWORD = "bench-password";

    private final Path dir;

    /** Creates the directory and the user (with a cheap password hash: logins are not what is measured). */
    public BenchHome() throws IOException {
        dir = Files.createTempDirectory("xenophilia-bench");
        UserStore.open(dir.resolve("users")).add(USER, Role.ADMIN, PASSWORD.toCharArray(), 10_000);
    }

    /** @return the configuration file (absent: the defaults, with this directory as configuration directory) */
    public Path config() {
        return dir.resolve("agent.conf");
    }

    /** @return the configuration directory */
    public Path configDir() {
        return dir;
    }

    /** @return the state directory */
    public Path stateDir() {
        return dir.resolve("state");
    }

    /** @return {@code serve} on the simulated backend, a free loopback port, this home; then {@code extra} */
    public String[] serve(String... extra) {
        return serveOn("127.0.0.1:0", extra);
    }

    /** @return {@code serve} on the simulated backend, the address given, this home; then {@code extra} */
    public String[] serveOn(String listen, String... extra) {
        String[] base = {"serve", "--config", config().toString(), "--state-dir", stateDir().toString(),
                "--backend", "simulated", "--listen", listen};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    /** @return a client pinned to the Agent's certificate, logged in as the benchmark user */
    public static XenApiClient login(String uri, String fingerprint, Duration readTimeout) throws Exception {
        XenApiClient c = XenApiClient.builder(URI.create(uri)).pinnedFingerprint(fingerprint)
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(readTimeout).build();
        c.login(USER, PASSWORD);
        return c;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
