package org.xenophilia.agent.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.xmlrpc.server.XmlRpcStreamServer;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Runs {@code xenophiliad} as a real separate JVM with a plain class path made of the jars (or class folders) the
 * test runtime loaded the Agent and its dependencies from: no OSGi in that process, as on a Xen host.
 */
final class AgentProcess implements AutoCloseable {

    /** One class from each jar the Agent needs at run time; the XML-RPC server's own dependencies are only
     * visible through its bundle, so they are looked up there. */
    private static final List<String> CLASSES = List.of("org.xenophilia.agent.Xenophiliad",
            "org.xenophilia.xenapi.Envelope", "org.xenophilia.files.AtomicFiles",
            "org.apache.xmlrpc.server.XmlRpcStreamServer",
            "org.bouncycastle.jce.provider.BouncyCastleProvider", "org.bouncycastle.asn1.misc.MiscObjectIdentifiers",
            "org.bouncycastle.cert.X509v3CertificateBuilder", "org.xenophilia.domain.Domain",
            "org.xenophilia.xl.codec.XlDomainCodec", "org.eclipse.emf.common.util.URI", "org.eclipse.emf.ecore.EObject",
            "org.eclipse.emf.ecore.xmi.XMLResource", "org.xenophilia.storage.StorageApi",
            "org.xenophilia.network.NetworkDefinitions", "org.xenophilia.network.host.HostNetworking",
            "org.xenophilia.image.ImageApi");
    /** gson is imported by the xl bundle only, so it is looked up there. */
    private static final List<String> XL_DEPENDENCIES = List.of("com.google.gson.Gson");
    /** The front door (Jetty, imported by the Agent's bundle) and Jetty's logging API. */
    private static final List<String> SERVER_CLASSES = List.of("org.eclipse.jetty.server.Server",
            "org.eclipse.jetty.http.HttpHeader", "org.eclipse.jetty.io.EndPoint", "org.eclipse.jetty.util.Callback");
    private static final List<String> JETTY_DEPENDENCIES = List.of("org.slf4j.LoggerFactory");
    private static final List<String> XMLRPC_DEPENDENCIES = List.of("org.apache.ws.commons.util.Base64",
            "org.apache.commons.logging.LogFactory");

    final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer all = new StringBuffer();
    private final Thread reader;

    private AgentProcess(Process process) {
        this.process = process;
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    all.append(line).append('\n');
                    lines.add(line);
                }
            } catch (IOException e) {
                // process gone
            }
        }, "xenophiliad-output");
        t.setDaemon(true);
        t.start();
        reader = t;
    }

    /** @return the Agent's class path: the jars (or class folders) of the Agent and its dependencies */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String name : CLASSES) {
            entries.add(location(name, AgentProcess.class.getClassLoader()));
        }
        ClassLoader xmlrpc = XmlRpcStreamServer.class.getClassLoader();
        for (String name : XMLRPC_DEPENDENCIES) {
            entries.add(location(name, xmlrpc));
        }
        ClassLoader xl = org.xenophilia.xl.codec.XlDomainCodec.class.getClassLoader();
        for (String name : XL_DEPENDENCIES) {
            entries.add(location(name, xl));
        }
        for (String name : SERVER_CLASSES) {
            entries.add(location(name, AgentProcess.class.getClassLoader()));
        }
        ClassLoader jetty = org.eclipse.jetty.util.Callback.class.getClassLoader();
        for (String name : JETTY_DEPENDENCIES) {
            entries.add(location(name, jetty));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String location(String className, ClassLoader loader) {
        try {
            Class<?> c = Class.forName(className, false, loader);
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + className + ": " + e, e);
        }
    }

    /** Starts {@code xenophiliad args...} with stdout and stderr merged. */
    static AgentProcess start(String stdin, String... args) throws IOException {
        return startWithPlugins(List.of(), stdin, args);
    }

    /** Where the .deb's launcher is, in the repository. */
    static final String LAUNCHER = "releng/org.xenophilia.agent.deb/src/deb/usr/sbin/xenophiliad";

    /**
     * Starts {@code xenophiliad args...} as the .deb's launcher starts it: its JVM flags ({@code DEFAULT_JAVA_OPTS}:
     * the 64 MB heap, {@code -XX:+ExitOnOutOfMemoryError}), its {@code MALLOC_ARENA_MAX}, BouncyCastle off the class
     * path and named by the property the launcher sets.
     */
    static AgentProcess startAsDeployed(String... args) throws IOException {
        Path launcher = Path.of(System.getProperty("xenophilia.repo", "../..")).resolve(LAUNCHER);
        Matcher m = Pattern.compile("^DEFAULT_JAVA_OPTS=\"([^\"]*)\"", Pattern.MULTILINE).matcher(
                Files.readString(launcher));
        if (!m.find()) {
            throw new IOException("no DEFAULT_JAVA_OPTS in " + launcher);
        }
        List<String> classPath = new ArrayList<>();
        List<String> bouncyCastle = new ArrayList<>();
        for (String entry : classPath().split(File.pathSeparator)) {
            (entry.contains("bcprov") || entry.contains("bcutil") || entry.contains("bcpkix") ? bouncyCastle
                    : classPath).add(entry);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(m.group(1).trim().split("\\s+")));
        cmd.add("-Dxenophilia.agent.bouncycastle.path=" + String.join(File.pathSeparator, bouncyCastle));
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, classPath));
        cmd.add("org.xenophilia.agent.Xenophiliad");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("MALLOC_ARENA_MAX", "2");
        Process p = pb.start();
        p.getOutputStream().close();
        return new AgentProcess(p);
    }

    /**
     * Starts {@code xenophiliad args...} with stdout and stderr merged.
     *
     * @param plugins jars added to the class path after the Agent's, as an administrator adds a plug-in
     */
    static AgentProcess startWithPlugins(List<Path> plugins, String stdin, String... args) throws IOException {
        return launch(List.of(), plugins, stdin, args);
    }

    /**
     * Starts {@code xenophiliad args...} with stdout and stderr merged.
     *
     * @param jvmOptions options for the Agent's JVM, e.g. a system property
     */
    static AgentProcess startWithJvmOptions(List<String> jvmOptions, String stdin, String... args)
            throws IOException {
        return launch(jvmOptions, List.of(), stdin, args);
    }

    /**
     * Starts {@code xenophiliad args...} with stdout and stderr merged.
     *
     * @param jvmOptions options for the Agent's JVM, e.g. a system property
     * @param plugins jars added to the class path after the Agent's
     */
    static AgentProcess startWithJvmOptionsAndPlugins(List<String> jvmOptions, List<Path> plugins, String stdin,
            String... args) throws IOException {
        return launch(jvmOptions, plugins, stdin, args);
    }

    /**
     * Starts {@code xenophiliad args...} on the Agent's class path without the entries {@code dropped} says, as the
     * tools that embed an Agent without every optional jar run it.
     *
     * @param plugins jars added to the class path after the Agent's
     */
    static AgentProcess startWithout(java.util.function.Predicate<String> dropped, List<Path> plugins,
            String... args) throws IOException {
        List<String> classPath = new ArrayList<>(List.of(classPath().split(File.pathSeparator)));
        if (!classPath.removeIf(dropped)) {
            throw new IllegalArgumentException("nothing to drop from " + classPath);
        }
        plugins.forEach(p -> classPath.add(p.toString()));
        return launchOn(List.of(), classPath, null, args);
    }

    /**
     * Starts {@code xenophiliad args...} inside a network namespace ({@code ip netns exec}), with stdout and stderr
     * merged: the host it changes is the namespace's.
     *
     * @param namespace the namespace
     * @param jvmOptions options for the Agent's JVM, e.g. a system property
     * @param plugins jars added to the class path after the Agent's
     */
    static AgentProcess startInNamespace(String namespace, List<String> jvmOptions, List<Path> plugins,
            String... args) throws IOException {
        List<String> classPath = new ArrayList<>(List.of(classPath()));
        plugins.forEach(p -> classPath.add(p.toString()));
        return launchOn(List.of("ip", "netns", "exec", namespace), jvmOptions, classPath, null, args);
    }

    private static AgentProcess launch(List<String> jvmOptions, List<Path> plugins, String stdin, String... args)
            throws IOException {
        List<String> classPath = new ArrayList<>(List.of(classPath()));
        plugins.forEach(p -> classPath.add(p.toString()));
        return launchOn(jvmOptions, classPath, stdin, args);
    }

    private static AgentProcess launchOn(List<String> jvmOptions, List<String> classPath, String stdin,
            String... args) throws IOException {
        return launchOn(List.of(), jvmOptions, classPath, stdin, args);
    }

    /** @param prefix words run before the Java command line, e.g. {@code ip netns exec NS} (it execs Java) */
    private static AgentProcess launchOn(List<String> prefix, List<String> jvmOptions, List<String> classPath,
            String stdin, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, classPath));
        cmd.add("org.xenophilia.agent.Xenophiliad");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        return new AgentProcess(p);
    }

    /**
     * Adds a user with {@code xenophiliad user add} (a cheap password hash: logins are not what is tested), the
     * command's output in the failure if it refuses.
     *
     * @param conf the Agent's configuration file
     * @param user the user's name
     * @param role its role
     * @param password its password
     */
    static void addUser(Path conf, String user, String role, String password) throws Exception {
        AgentProcess add = run(password + "\n", "user", "add", user, "--role", role, "--iterations", "20000",
                "--config", conf.toString());
        if (add.exitValue() != 0) {
            throw new AssertionError("user add " + user + " failed: " + add.output());
        }
    }

    /** Runs a command to completion and returns its exit status; the output is in {@link #output()}. */
    static AgentProcess run(String stdin, String... args) throws Exception {
        return runWithPlugins(List.of(), stdin, args);
    }

    /**
     * Runs a command to completion and returns its exit status; the output is in {@link #output()}.
     *
     * @param plugins jars added to the class path after the Agent's
     */
    static AgentProcess runWithPlugins(List<Path> plugins, String stdin, String... args) throws Exception {
        AgentProcess p = startWithPlugins(plugins, stdin, args);
        if (!p.process.waitFor(120, TimeUnit.SECONDS)) {
            p.close();
            throw new AssertionError("xenophiliad " + String.join(" ", args) + " did not finish: " + p.output());
        }
        p.reader.join(TimeUnit.SECONDS.toMillis(10)); // the output ends with the process
        return p;
    }

    /**
     * Waits for an output line that starts with {@code prefix}; fails at once if the output ends without one.
     *
     * @return the line
     */
    String awaitLine(String prefix, long timeoutSeconds) throws Exception {
        String what = "a line starting with '" + prefix + "'";
        return Await.until(what, Duration.ofSeconds(timeoutSeconds), () -> {
            boolean ended = !reader.isAlive(); // read before draining: a line read before the end is in the queue
            for (String line; (line = lines.poll()) != null;) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            if (ended) {
                throw new AssertionError("no " + what + "; the output ended:\n" + all + (process.isAlive() ? ""
                        : "(exited " + process.exitValue() + ")"));
            }
            return null;
        }, line -> line != null);
    }

    /**
     * Waits until {@code serve} serves and announces its certificate (before serving on a first start, after on a
     * restart).
     *
     * @return a client of it, the announced fingerprint pinned, not logged in
     */
    XenApiClient client() throws Exception {
        String fp = null;
        String serving = null;
        while (fp == null || serving == null) {
            String line = awaitLine("xenophiliad: ", 120);
            if (line.startsWith("xenophiliad: certificate SHA-256 fingerprint ")) {
                fp = line;
            } else if (line.startsWith("xenophiliad: serving XenAPI on ")) {
                serving = line;
            }
        }
        return XenApiClient.builder(URI.create(serving.split(" ")[4])).pinnedFingerprint(fp.substring(
                fp.lastIndexOf(' ') + 1)).build();
    }

    int exitValue() {
        return process.exitValue();
    }

    String output() {
        return all.toString();
    }

    @Override
    public void close() {
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
