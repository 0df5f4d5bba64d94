package org.xenophilia.agent.deb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.Fingerprints;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The Debian package as an admin gets it: its metadata and layout through {@code dpkg-deb -I/-c}, then the Agent
 * run from the tree {@code dpkg-deb -x} unpacks, with the command line of the packaged systemd unit (its absolute
 * paths moved under the unpacked root), the packaged conffile, a user added with the unpacked {@code xenophiliad},
 * and the project's XenAPI client pinned to the fingerprint {@code xenophiliad fingerprint} prints.
 */
class DebPackageTest {

    /** Generous: a contended 2-core host takes tens of seconds to start a JVM with TLS (see notes on dom0). */
    private static final Duration STARTUP = Duration.ofSeconds(150);
    private static final Duration COMMAND = Duration.ofSeconds(120);
    private static final String PASSWORD = "deb-test-password";

    @TempDir
    Path tmp;

    private final List<Process> children = new ArrayList<>();
    private Path deb;

    @BeforeEach
    void findDeb() throws IOException {
        Path dir = Path.of(System.getProperty("xenophilia.deb.dir", "target"));
        try (Stream<Path> s = Files.list(dir)) {
            deb = s.filter(p -> p.getFileName().toString().matches("xenophilia-agent_.+_all\\.deb"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).orElse(null);
        }
        assertNotNull(deb, "no xenophilia-agent_*_all.deb in " + dir + " (the package phase builds it)");
    }

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process p : children) {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void metadata() throws Exception {
        assertEquals("xenophilia-agent", field("Package"));
        assertEquals("all", field("Architecture"));
        assertEquals("admin", field("Section"));
        assertTrue(field("Version").startsWith("0.1.0"), field("Version"));
        // e2fsprogs: the image deployer's mkfs.ext4, e2fsck and resize2fs
        assertEquals("openjdk-17-jre-headless | java17-runtime-headless, iproute2, e2fsprogs", field("Depends"));
        // host networking: iproute2 always, nftables and dnsmasq for NAT, routed, private networks and DHCP
        assertEquals("nftables, dnsmasq-base", field("Recommends"));
        String info = run(COMMAND, null, "dpkg-deb", "-I", deb.toString()).out;
        for (String member : List.of("control", "conffiles", "md5sums", "postinst", "prerm", "postrm")) {
            assertTrue(Pattern.compile("\\s" + member + "\\s").matcher(info).find(), member + " in\n" + info);
        }
        assertEquals("/etc/xenophilia/agent.conf",
                run(COMMAND, null, "dpkg-deb", "-I", deb.toString(), "conffiles").out.strip());
        // the maintainer scripts are valid sh
        Path control = tmp.resolve("control");
        run(COMMAND, null, "dpkg-deb", "-e", deb.toString(), control.toString());
        for (String script : List.of("postinst", "prerm", "postrm")) {
            run(COMMAND, null, "sh", "-n", control.resolve(script).toString());
            assertTrue(Files.isExecutable(control.resolve(script)), script);
        }
    }

    @Test
    void layout() throws Exception {
        Map<String, String> entries = new java.util.TreeMap<>();
        for (String line : run(COMMAND, null, "dpkg-deb", "-c", deb.toString()).out.split("\n")) {
            // drwxr-xr-x root/root         0 2026-01-01 00:00 ./usr/
            String[] f = line.trim().split("\\s+", 6);
            assertEquals("root/root", f[1], line);
            entries.put(f[5], f[0]);
        }
        assertEquals("-rwxr-xr-x", entries.get("./usr/sbin/xenophiliad"));
        assertEquals("-rw-r--r--", entries.get("./lib/systemd/system/xenophiliad.service"));
        assertEquals("-rw-r--r--", entries.get("./etc/xenophilia/agent.conf"));
        assertEquals("drwx------", entries.get("./var/lib/xenophilia/"));
        assertEquals("drwxr-xr-x", entries.get("./usr/share/xenophilia/agent/lib/"));
        // the class path (lib/*): everything but BouncyCastle, which is in lib/bouncycastle (only the first start
        // needs it, to make the certificate)
        List<String> jars = jarsIn(entries, "./usr/share/xenophilia/agent/lib/");
        for (String prefix : List.of("org.xenophilia.agent-", "org.xenophilia.xenapi-", "org.xenophilia.model-",
                "org.xenophilia.network-", "org.xenophilia.files-", "org.xenophilia.storage-",
                "org.xenophilia.storage.file-", "org.xenophilia.storage.lvm-", "org.xenophilia.network.host-",
                "org.xenophilia.network.linux-", "org.xenophilia.image-", "org.xenophilia.image.deploy-",
                "commons-compress-", "commons-io-", "commons-lang3-", "xz-", "zstd-jni-",
                "org.xenophilia.xl-", "xmlrpc-server-4", "xmlrpc-common-4", "xmlrpc-client-4", "ws-commons-util-",
                "commons-logging-", "gson-")) {
            assertEquals(1, jars.stream().filter(j -> j.startsWith(prefix)).count(), prefix + " in " + jars);
        }
        assertEquals("drwxr-xr-x", entries.get("./usr/share/xenophilia/agent/lib/bouncycastle/"));
        List<String> bouncyCastle = jarsIn(entries, "./usr/share/xenophilia/agent/lib/bouncycastle/");
        for (String prefix : List.of("bcprov-jdk18on-", "bcutil-jdk18on-", "bcpkix-jdk18on-")) {
            assertEquals(0, jars.stream().filter(j -> j.startsWith(prefix)).count(), prefix + " in " + jars);
            assertEquals(1, bouncyCastle.stream().filter(j -> j.startsWith(prefix)).count(),
                    prefix + " in " + bouncyCastle);
        }
        assertEquals(3, bouncyCastle.size(), bouncyCastle.toString());
        for (String unwanted : List.of("junit", "servlet", "opentest4j", "apiguardian")) {
            assertFalse(jars.stream().anyMatch(j -> j.contains(unwanted)), unwanted + " in " + jars);
        }
        for (String jar : jars) {
            assertEquals("-rw-r--r--", entries.get("./usr/share/xenophilia/agent/lib/" + jar), jar);
        }
        for (String jar : bouncyCastle) {
            assertEquals("-rw-r--r--", entries.get("./usr/share/xenophilia/agent/lib/bouncycastle/" + jar), jar);
        }
    }

    @Test
    void emfJarsAreUnsigned() throws Exception {
        // signed jars on a plain class path keep the JDK's verifier tables on the heap (see the pom's unsign-emf)
        Path lib = unpack().resolve("usr/share/xenophilia/agent/lib");
        List<Path> emf;
        try (Stream<Path> s = Files.list(lib)) {
            emf = s.filter(p -> p.getFileName().toString().startsWith("org.eclipse.emf.")).sorted().toList();
        }
        assertEquals(3, emf.size(), emf.toString());
        for (Path jar : emf) {
            try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
                assertFalse(j.stream().anyMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")),
                        jar.toString());
                assertNotNull(j.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"), jar.toString());
                assertTrue(j.stream().filter(e -> e.getName().endsWith(".class")).count() > 50, jar.toString());
            }
        }
    }

    /** @return the names of the jars directly in {@code dir} (a "./..." path ending with '/') */
    private static List<String> jarsIn(Map<String, String> entries, String dir) {
        return entries.keySet().stream().filter(e -> e.startsWith(dir) && e.endsWith(".jar")
                && e.indexOf('/', dir.length()) < 0).map(e -> e.substring(dir.length())).toList();
    }

    @Test
    void unitHardeningKeepsWhatXlNeeds() throws Exception {
        Path root = unpack();
        String unit = Files.readString(root.resolve("lib/systemd/system/xenophiliad.service"));
        for (String line : List.of("Restart=on-failure", "User=root", "NoNewPrivileges=yes", "ProtectSystem=full",
                "ReadWritePaths=/etc/xenophilia", "WantedBy=multi-user.target")) {
            assertTrue(unit.lines().anyMatch(line::equals), line + " in\n" + unit);
        }
        // xl needs /dev/xen/*, raw network set-up by its hotplug scripts, and root's capabilities
        for (String forbidden : List.of("PrivateDevices=yes", "PrivateNetwork=yes", "CapabilityBoundingSet",
                "DynamicUser=yes", "MemoryDenyWriteExecute=yes", "ProtectSystem=strict")) {
            assertFalse(unit.contains(forbidden), forbidden + " would break xl (or the JIT)");
        }
    }

    /** systemd's own check of the unit (unknown keys, bad values), with ExecStart moved to the unpacked tree. */
    @Test
    void systemdAcceptsTheUnit() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        Assumptions.assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed");
        Path root = unpack();
        String unit = Files.readString(root.resolve("lib/systemd/system/xenophiliad.service"));
        Path dir = Files.createDirectories(tmp.resolve("units"));
        Path copy = dir.resolve("xenophiliad.service");
        Files.writeString(copy, unit.replace("ExecStart=/usr/sbin/", "ExecStart=" + root + "/usr/sbin/"));
        Result verified = run(COMMAND, null, analyze.toString(), "verify", copy.toString());
        assertEquals("", verified.out.strip(), "systemd-analyze verify complains");
    }

    @Test
    void agentRunsFromTheUnpackedTreeWithTheUnitsCommandLine() throws Exception {
        Path root = unpack();
        assertTrue(Files.isExecutable(root.resolve("usr/sbin/xenophiliad")));
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(root.resolve("var/lib/xenophilia"))));

        List<String> execStart = execStart(root.resolve("lib/systemd/system/xenophiliad.service"));
        assertEquals(List.of("/usr/sbin/xenophiliad", "serve", "--config", "/etc/xenophilia/agent.conf"), execStart);
        List<String> serve = new ArrayList<>();
        for (String arg : execStart) {
            serve.add(arg.startsWith("/") ? root + arg : arg);
        }
        String launcher = serve.get(0);
        String config = serve.get(serve.indexOf("--config") + 1);
        assertTrue(Files.isRegularFile(Path.of(config)), config);

        // a user, through the unpacked launcher (password on standard input, as a script gives it)
        Result added = run(COMMAND, PASSWORD + "\n", launcher, "user", "add", "admin", "--role", "admin",
                "--iterations", "10000", "--config", config);
        assertTrue(added.out.contains("added user 'admin'"), added.out);

        int port = freePort();
        serve.addAll(List.of("--backend", "simulated", "--demo-domains", "--state-dir",
                root.resolve("var/lib/xenophilia").toString(), "--listen", "127.0.0.1:" + port));
        Process agent = start(serve);
        BlockingLines lines = new BlockingLines(agent);
        // the file storage backend, found on lib/* and opened with its defaults
        String storage = lines.await("INFO org.xenophilia.agent.internal.storage.StorageBackends: storage backend"
                + " file:", STARTUP);
        assertTrue(storage.contains("raw"), storage);
        String serving = lines.await("xenophiliad: serving XenAPI on ", STARTUP);
        assertTrue(serving.contains("https://127.0.0.1:" + port + "/"), serving);
        // the launcher exec'd the JVM with its flags and environment (those the Agent benchmarks measure)
        Path proc = Path.of("/proc", Long.toString(agent.pid()));
        List<String> jvm = List.of(Files.readString(proc.resolve("cmdline")).split("\0"));
        for (String flag : List.of("-XX:+UseSerialGC", "-Xmx64m", "-XX:NewRatio=4", "-XX:-TieredCompilation",
                "-XX:+ExitOnOutOfMemoryError")) {
            assertTrue(jvm.contains(flag), flag + " in " + jvm);
        }
        Runtime.Version v = Runtime.version();
        boolean trim = v.feature() >= 22 || v.feature() == 21 && v.update() >= 1
                || v.feature() == 17 && v.update() >= 9;
        assertEquals(trim, jvm.contains("-XX:TrimNativeHeapInterval=1000"), v + ": " + jvm);
        assertTrue(List.of(Files.readString(proc.resolve("environ")).split("\0")).contains("MALLOC_ARENA_MAX=2"));
        String announced = lines.await("xenophiliad: certificate SHA-256 fingerprint ", Duration.ofSeconds(10))
                .substring("xenophiliad: certificate SHA-256 fingerprint ".length()).strip();

        String fingerprint = run(COMMAND, null, launcher, "fingerprint", "--config", config).out.strip();
        assertEquals(Fingerprints.normalize(fingerprint), fingerprint);
        assertEquals(announced, fingerprint);

        try (XenApiClient client = XenApiClient.builder(URI.create("https://127.0.0.1:" + port + "/"))
                .pinnedFingerprint(fingerprint).connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30)).build()) {
            awaitLogin(client, agent);
            Map<String, Object> vms = WireValues.asMap(client.callWithSession("VM.get_all_records"));
            List<String> guests = vms.values().stream().map(WireValues::asMap)
                    .filter(r -> !WireValues.asBoolean(r.get("is_control_domain")))
                    .map(r -> WireValues.asString(r.get("name_label"))).sorted().toList();
            assertEquals(List.of("demo-build", "demo-db", "demo-web"), guests, "the demo domains besides dom0");
            assertEquals(4, vms.size(), "dom0 is listed as the control domain, as xapi does: " + vms.keySet());
            client.logout();
        }

        // systemd stops it with SIGTERM
        agent.destroy();
        assertTrue(agent.waitFor(30, TimeUnit.SECONDS), "xenophiliad did not stop on SIGTERM:\n" + lines.all());
        int status = agent.exitValue();
        assertTrue(status == 0 || status == 143, "exit status " + status + ", the unit accepts 0 and 143");
        assertTrue(Files.isRegularFile(root.resolve("var/lib/xenophilia/simulated.properties")));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(root.resolve("etc/xenophilia/users"))));
    }

    /**
     * {@code -XX:TrimNativeHeapInterval} stops a JVM that does not know it, so the launcher gives it only to JVMs whose
     * release file says 17.0.9+, 21.0.1+ or 22+. Seen through a stand-in {@code $JAVA_HOME/bin/java} that writes down
     * its arguments and environment.
     */
    @Test
    void nativeTrimFlagOnlyForJvmsThatKnowIt() throws Exception {
        Path launcher = unpack().resolve("usr/sbin/xenophiliad");
        Map<String, Boolean> versions = Map.of("17.0.8", false, "17.0.9", true, "17.0.21.1", true, "21", false,
                "21.0.1", true, "25", true, "11.0.20", false);
        for (Map.Entry<String, Boolean> c : versions.entrySet()) {
            Path home = Files.createDirectories(tmp.resolve("jvm-" + c.getKey()).resolve("bin")).getParent();
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + c.getKey()
                    + "\"\n");
            Path seen = home.resolve("seen");
            Path java = home.resolve("bin/java");
            Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" \"MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX\" > '" + seen
                    + "'\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
            ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "fingerprint").redirectErrorStream(true);
            pb.environment().put("JAVA_HOME", home.toString());
            pb.environment().remove("XENOPHILIAD_JAVA_OPTS");
            pb.environment().remove("MALLOC_ARENA_MAX");
            Process p = pb.start();
            children.add(p);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, out);
            List<String> args = Files.readAllLines(seen);
            assertTrue(args.contains("-XX:-TieredCompilation"), args.toString());
            assertEquals(c.getValue(), args.contains("-XX:TrimNativeHeapInterval=1000"), c.getKey() + ": " + args);
            assertTrue(args.contains("MALLOC_ARENA_MAX=2"), args.toString());
            assertEquals("fingerprint", args.get(args.indexOf("org.xenophilia.agent.Xenophiliad") + 1));
        }
    }

    /** Logs in, retrying only while the server is not accepting connections yet. */
    private static void awaitLogin(XenApiClient client, Process agent) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (true) {
            try {
                client.login("admin", PASSWORD);
                return;
            } catch (java.net.ConnectException e) {
                if (System.nanoTime() > deadline || !agent.isAlive()) {
                    throw e;
                }
                Thread.sleep(200);
            } catch (IOException e) {
                if (e.getCause() instanceof java.net.ConnectException && System.nanoTime() < deadline
                        && agent.isAlive()) {
                    Thread.sleep(200);
                } else {
                    throw e;
                }
            }
        }
    }

    /** The ExecStart= of a unit, split as systemd does for a command without quotes or specifiers. */
    static List<String> execStart(Path unit) throws IOException {
        List<String> found = Files.readAllLines(unit).stream().map(String::strip)
                .filter(l -> l.startsWith("ExecStart=")).toList();
        assertEquals(1, found.size(), "one ExecStart= in " + unit);
        String command = found.get(0).substring("ExecStart=".length()).strip();
        assertFalse(command.matches(".*[\"'%$\\\\].*"), "quotes, specifiers or variables are not expected: "
                + command);
        assertFalse(command.startsWith("-") || command.startsWith("@") || command.startsWith("+"), command);
        return List.of(command.split("\\s+"));
    }

    private Path unpack() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        run(COMMAND, null, "dpkg-deb", "-x", deb.toString(), root.toString());
        return root;
    }

    private String field(String name) throws Exception {
        return run(COMMAND, null, "dpkg-deb", "-f", deb.toString(), name).out.strip();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private Process start(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // the JVM running this test, whatever java is first on PATH
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("XENOPHILIAD_JAVA_OPTS");
        Process p = pb.start();
        children.add(p);
        return p;
    }

    private record Result(int status, String out) {
    }

    /** Runs a command to completion; fails unless it exits 0 within the timeout. */
    private Result run(Duration timeout, String stdin, String... command) throws Exception {
        Process p = start(List.of(command));
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        BlockingLines lines = new BlockingLines(p);
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + timeout + ":\n" + lines.all());
        }
        lines.reader.join(10_000);
        if (p.exitValue() != 0) {
            fail(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + lines.all());
        }
        return new Result(p.exitValue(), lines.all());
    }

    /** A child's merged output, read on a thread so that it never blocks on a full pipe. */
    private static final class BlockingLines {
        private final java.util.concurrent.BlockingQueue<String> queue =
                new java.util.concurrent.LinkedBlockingQueue<>();
        private final StringBuffer all = new StringBuffer();
        private final Thread reader;
        private final Process process;

        BlockingLines(Process process) {
            this.process = process;
            reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null;) {
                        all.append(line).append('\n');
                        queue.add(line);
                    }
                } catch (IOException e) {
                    // the process is gone
                }
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        String await(String prefix, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                String line = queue.poll(200, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && (System.nanoTime() > deadline || !reader.isAlive())) {
                    fail("no line starting with '" + prefix + "' within " + timeout + (process.isAlive() ? ""
                            : " (exited " + process.exitValue() + ")") + "; output:\n" + all);
                }
            }
        }

        String all() {
            return all.toString();
        }
    }

}
