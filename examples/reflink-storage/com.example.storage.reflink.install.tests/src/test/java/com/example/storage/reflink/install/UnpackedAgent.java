package com.example.storage.reflink.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Agent as the reactor's {@code .deb} installs it, unpacked with {@code dpkg-deb -x} into a directory of the test
 * (every absolute path of the package under it), where a plug-in is installed as {@code docs/storage-plugins.md}
 * says: its jar copied into {@code usr/share/xenophilia/agent/lib/}, its settings added to
 * {@code etc/xenophilia/agent.conf}. The Agent is started with the command line of the packaged systemd unit.
 */
final class UnpackedAgent {

    static final Duration COMMAND = Duration.ofSeconds(120);
    /** A JVM with TLS on a contended 2-core machine takes tens of seconds to start. */
    static final Duration STARTUP = Duration.ofSeconds(150);
    static final String LIB = "usr/share/xenophilia/agent/lib";

    private final Path root;

    private UnpackedAgent(Path root) {
        this.root = root;
    }

    /** @return the reactor's .deb, which its module's package phase made */
    static Path deb() throws IOException {
        Path dir = Path.of(System.getProperty("xenophilia.repo", "../../..")).resolve(
                "releng/org.xenophilia.agent.deb/target");
        try (Stream<Path> s = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
            Path deb = s.filter(p -> p.getFileName().toString().matches("xenophilia-agent_.+_all\\.deb"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).orElse(null);
            assertNotNull(deb, "no xenophilia-agent_*_all.deb in " + dir.toAbsolutePath() + ": build"
                    + " releng/org.xenophilia.agent.deb first (the reactor builds it before the examples)");
            return deb;
        }
    }

    /** Unpacks the .deb into {@code dir} as dpkg would install it under {@code /}. */
    static UnpackedAgent unpack(Path dir) throws Exception {
        Path root = Files.createDirectories(dir);
        Child.run(COMMAND, Map.of(), null, "dpkg-deb", "-x", deb().toString(), root.toString());
        return new UnpackedAgent(root);
    }

    Path root() {
        return root;
    }

    /** @return the packaged path moved under the unpacked root: {@code /etc/x} becomes {@code ROOT/etc/x} */
    Path path(String packaged) {
        return root.resolve(packaged.replaceFirst("^/", ""));
    }

    /** Installs a plug-in: {@code cp JAR /usr/share/xenophilia/agent/lib/}. */
    Path installPlugin(Path jar) throws IOException {
        return Files.copy(jar, path("/" + LIB).resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** Adds lines to the packaged conffile: {@code echo 'KEY = VALUE' >> /etc/xenophilia/agent.conf}. */
    void configure(String... lines) throws IOException {
        Files.writeString(path("/etc/xenophilia/agent.conf"), "\n" + String.join("\n", lines) + "\n",
                StandardOpenOption.APPEND);
    }

    /** @return the launcher, {@code /usr/sbin/xenophiliad} */
    String launcher() {
        return path("/usr/sbin/xenophiliad").toString();
    }

    /** @return the conffile */
    String config() {
        return path("/etc/xenophilia/agent.conf").toString();
    }

    /** The launcher's environment here: this test's JVM, whatever java is first on PATH. */
    static Map<String, String> environment() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"));
    }

    /** Runs {@code xenophiliad ARGS...} to completion. @return its output */
    String run(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher()));
        command.addAll(List.of(args));
        return Child.run(COMMAND, environment(), stdin, command.toArray(String[]::new));
    }

    /**
     * Starts the Agent with the packaged unit's {@code ExecStart=} (its paths under the root), and what a test needs
     * on top: the simulated hypervisor (no Xen here), the unpacked state directory, a loopback port.
     */
    Child serve(int port) throws Exception {
        String unit = Files.readString(path("/lib/systemd/system/xenophiliad.service"));
        List<String> execStart = unit.lines().filter(l -> l.startsWith("ExecStart=")).map(l -> l.substring(
                "ExecStart=".length()).strip()).toList();
        assertEquals(1, execStart.size(), unit);
        List<String> command = new ArrayList<>();
        for (String arg : execStart.get(0).split("\\s+")) {
            command.add(arg.startsWith("/") ? path(arg).toString() : arg);
        }
        assertEquals(List.of(launcher(), "serve", "--config", config()), command, "the unit's command line");
        command.addAll(List.of("--backend", "simulated", "--state-dir", path("/var/lib/xenophilia").toString(),
                "--listen", "127.0.0.1:" + port));
        return Child.start(command, environment(), null);
    }
}
