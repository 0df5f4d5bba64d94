package org.xenophilia.agent.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.agent.Xenophiliad;

/**
 * A real {@code xenophiliad} in a separate JVM on 127.0.0.1 with the simulated backend, its config and state in a
 * test directory: the same approach as the Agent's own tests ({@code AgentProcess} there), with the class path taken
 * from the jars this test runtime loaded the Agent and its dependencies from (no OSGi in the Agent's process).
 * Shared by the core, UI and editor test bundles and the UI benchmarks.
 */
public final class AgentNode implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "admin-password-1";

    private static final List<String> AGENT_CLASSES = List.of("org.xenophilia.agent.Xenophiliad",
            "org.xenophilia.xenapi.Envelope", "org.xenophilia.files.AtomicFiles",
            "org.apache.xmlrpc.server.XmlRpcStreamServer",
            "org.bouncycastle.jce.provider.BouncyCastleProvider", "org.bouncycastle.asn1.misc.MiscObjectIdentifiers",
            "org.bouncycastle.cert.X509v3CertificateBuilder", "org.xenophilia.domain.Domain",
            "org.xenophilia.xl.codec.XlDomainCodec", "org.eclipse.emf.common.util.URI", "org.eclipse.emf.ecore.EObject",
            "org.eclipse.emf.ecore.xmi.XMLResource", "org.xenophilia.network.NetworkDefinitions",
            "org.xenophilia.network.host.HostNetworking");
    private static final String XMLRPC_SERVER = "org.apache.xmlrpc.server.XmlRpcStreamServer";
    private static final List<String> XMLRPC_DEPENDENCIES = List.of("org.apache.ws.commons.util.Base64",
            "org.apache.commons.logging.LogFactory");
    private static final String XL_CODEC = "org.xenophilia.xl.codec.XlDomainCodec";
    private static final List<String> XL_DEPENDENCIES = List.of("com.google.gson.Gson");
    /** The front door (Jetty, imported by the Agent's bundle) and Jetty's logging API. */
    private static final List<String> SERVER_CLASSES = List.of("org.eclipse.jetty.server.Server",
            "org.eclipse.jetty.http.HttpHeader", "org.eclipse.jetty.io.EndPoint", "org.eclipse.jetty.util.Callback");
    private static final String JETTY_UTIL = "org.eclipse.jetty.util.Callback";
    private static final List<String> JETTY_DEPENDENCIES = List.of("org.slf4j.LoggerFactory");

    /** Where the .deb's launcher is, in the repository. */
    private static final String LAUNCHER = "releng/org.xenophilia.agent.deb/src/deb/usr/sbin/xenophiliad";
    /** The storage SPI's service interface: its jar goes on the class path with storage plug-ins. */
    private static final String STORAGE_SPI = "org.xenophilia.storage.StorageBackendType";

    private final Path config;
    private final Path state;
    private List<String> jvmFlags = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private boolean deployed;
    private final List<Path> plugins = new ArrayList<>();
    private Process process;
    private final List<String> lines = new ArrayList<>();
    private URI uri;
    private String fingerprint;

    /**
     * @param config the Agent's config directory (its certificate and users live there)
     * @param state its state directory
     */
    public AgentNode(Path config, Path state) {
        this.config = config;
        this.state = state;
    }

    private List<String> args(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.resolve("agent.conf").toString(), "--state-dir", state.toString()));
        return all;
    }

    /**
     * Runs the Agent from now on as the .deb's launcher does: with its JVM flags ({@code DEFAULT_JAVA_OPTS}: the 64 MB
     * heap, {@code -XX:+ExitOnOutOfMemoryError}), {@code MALLOC_ARENA_MAX} and BouncyCastle off the class path.
     *
     * @param repo the repository, which holds the launcher
     * @return this
     * @throws IOException if the launcher cannot be read
     */
    public AgentNode asDeployed(Path repo) throws IOException {
        Path launcher = repo.resolve(LAUNCHER);
        Matcher m = Pattern.compile("^DEFAULT_JAVA_OPTS=\"([^\"]*)\"", Pattern.MULTILINE).matcher(
                Files.readString(launcher));
        if (!m.find()) {
            throw new IOException("no DEFAULT_JAVA_OPTS in " + launcher);
        }
        jvmFlags = List.of(m.group(1).trim().split("\\s+"));
        deployed = true;
        return this;
    }

    /**
     * Runs the Agent from now on with storage backends, as the .deb's plug-in directory holds them: the storage SPI's
     * jar (the test runtime must have the bundle {@code org.xenophilia.storage}) and the given jars on its class path.
     *
     * @param jars the backends' jars, e.g. {@link #fileBackendJar()}
     * @return this
     */
    public AgentNode withStoragePlugins(List<Path> jars) {
        plugins.addAll(jars);
        return this;
    }

    /**
     * The {@code file} storage backend as the build made it (the jar the .deb ships, with its services file), from the
     * repository named by the system property {@code xenophilia.repo}: build
     * {@code bundles/org.xenophilia.storage.file} in the same reactor.
     *
     * @return the jar
     * @throws IOException if there is none
     */
    public static Path fileBackendJar() throws IOException {
        Path target = Path.of(System.getProperty("xenophilia.repo", "../.."), "bundles", "org.xenophilia.storage.file",
                "target");
        if (Files.isDirectory(target)) {
            try (var files = Files.list(target)) {
                Optional<Path> jar = files.filter(p -> p.getFileName().toString().matches(
                        "org\\.xenophilia\\.storage\\.file-.*\\.jar") && !p.toString().endsWith("-sources.jar"))
                        .findFirst();
                if (jar.isPresent()) {
                    return jar.get();
                }
            }
        }
        throw new IOException("build the file storage backend first: no jar in " + target.toAbsolutePath());
    }

    /** @return whether the Agent's process runs (it exits on an OutOfMemoryError when {@link #asDeployed}) */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** @return what the Agent printed so far */
    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** Adds the admin user (once per config directory). */
    public AgentNode withAdmin() throws Exception {
        Process p = launch(command(args("user", "add", ADMIN, "--role", "admin", "--iterations", "20000")),
                PASSWORD + "\n");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("user add failed: " + out);
        }
        return this;
    }

    /**
     * Starts {@code serve} with the demo domains and waits until it serves.
     *
     * @param port 0 for any free port, or the port of a previous run
     */
    public AgentNode start(int port) throws Exception {
        return start(null, "127.0.0.1", port);
    }

    /**
     * Starts {@code serve} with the demo domains in a network namespace, on the address it has there, and waits
     * until it serves.
     *
     * @param link the namespace and the link to it
     */
    public AgentNode startIn(NetworkLink link) throws Exception {
        return start(link, link.agentAddress(), 0);
    }

    private AgentNode start(NetworkLink link, String address, int port) throws Exception {
        synchronized (lines) {
            lines.clear();
        }
        List<String> command = command(args("serve", "--backend", "simulated", "--demo-domains", "--listen", address
                + ":" + port));
        process = launch(link == null ? command : link.inNamespace(command), null);
        Process p = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
            synchronized (lines) {
                lines.notifyAll();
            }
        }, "xenophiliad-output");
        reader.setDaemon(true);
        reader.start();
        String serving = awaitLine("xenophiliad: serving XenAPI on ");
        uri = URI.create(serving.split(" ")[4]);
        String fp = awaitLine("xenophiliad: certificate SHA-256 fingerprint ");
        fingerprint = fp.substring(fp.lastIndexOf(' ') + 1);
        return this;
    }

    private String awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        synchronized (lines) {
            while (true) {
                for (String l : lines) {
                    if (l.startsWith(prefix)) {
                        return l;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive()) {
                    throw new AssertionError("no line '" + prefix + "' from xenophiliad: " + lines);
                }
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 500)));
            }
        }
    }

    public URI uri() {
        return uri;
    }

    public int port() {
        return uri.getPort();
    }

    public String fingerprint() {
        return fingerprint;
    }

    public long pid() {
        return process.pid();
    }

    /** Kills the Agent at once, as a crash or a pulled cable would, and waits for it to be gone. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Freezes ({@code SIGSTOP}) or thaws ({@code SIGCONT}) the Agent: a node that accepts but never answers. */
    public void signal(String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).inheritIO().start();
        if (!kill.waitFor(30, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill -" + signal + " failed");
        }
    }

    /**
     * Whether a thread is blocked reading from a socket, as a call to an Agent frozen with {@code signal("STOP")}
     * is once its request is sent: the sign that a job is waiting on the node, for tests of cancelling it.
     *
     * @param t the thread, or null
     * @return whether it is alive and in a socket or TLS read
     */
    public static boolean isBlockedReading(Thread t) {
        if (t == null || t.getState() == Thread.State.TERMINATED) {
            return false;
        }
        return Arrays.stream(t.getStackTrace()).anyMatch(e -> e.getMethodName().contains("read")
                && (e.getClassName().contains("Socket") || e.getClassName().contains("SSL")));
    }

    /** @return the command line of {@code xenophiliad args...} */
    private List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmFlags);
        List<String> classPath = new ArrayList<>();
        List<String> bouncyCastle = new ArrayList<>();
        for (String entry : classPath().split(File.pathSeparator)) {
            boolean bc = entry.contains("bcprov") || entry.contains("bcutil") || entry.contains("bcpkix");
            (deployed && bc ? bouncyCastle : classPath).add(entry);
        }
        if (!bouncyCastle.isEmpty()) {
            cmd.add("-Dxenophilia.agent.bouncycastle.path=" + String.join(File.pathSeparator, bouncyCastle));
        }
        if (!plugins.isEmpty()) {
            classPath.add(location(STORAGE_SPI, Xenophiliad.class.getClassLoader()));
            plugins.forEach(p -> classPath.add(p.toString()));
        }
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, classPath));
        cmd.add(Xenophiliad.class.getName());
        cmd.addAll(args);
        return cmd;
    }

    private Process launch(List<String> cmd, String stdin) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (deployed) {
            pb.environment().put("MALLOC_ARENA_MAX", "2");
        }
        Process p = pb.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        return p;
    }

    private static String classPath() {
        ClassLoader agent = Xenophiliad.class.getClassLoader();
        Set<String> entries = new LinkedHashSet<>();
        for (String name : AGENT_CLASSES) {
            entries.add(location(name, agent));
        }
        ClassLoader xmlrpc = load(XMLRPC_SERVER, agent).getClassLoader();
        for (String name : XMLRPC_DEPENDENCIES) {
            entries.add(location(name, xmlrpc));
        }
        ClassLoader xl = load(XL_CODEC, agent).getClassLoader();
        for (String name : XL_DEPENDENCIES) {
            entries.add(location(name, xl));
        }
        for (String name : SERVER_CLASSES) {
            entries.add(location(name, agent));
        }
        ClassLoader jetty = load(JETTY_UTIL, agent).getClassLoader();
        for (String name : JETTY_DEPENDENCIES) {
            entries.add(location(name, jetty));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name + ": " + e, e);
        }
    }

    private static String location(String className, ClassLoader loader) {
        try {
            return Path.of(load(className, loader).getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + className + ": " + e, e);
        }
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        if (!process.isAlive()) {
            return;
        }
        try {
            signal("CONT"); // a frozen Agent could not act on the SIGTERM below
        } catch (Exception | AssertionError e) {
            // gone meanwhile
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
