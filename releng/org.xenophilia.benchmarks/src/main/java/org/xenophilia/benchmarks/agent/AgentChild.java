package org.xenophilia.benchmarks.agent;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM child process for the Agent benchmarks, started the way {@code /usr/sbin/xenophiliad} starts the Agent: the
 * JVM flags are read from the packaged launcher ({@code DEFAULT_JAVA_OPTS} in
 * {@code releng/org.xenophilia.agent.deb/src/deb/usr/sbin/xenophiliad}), so the figures are those of the .deb.
 * Its output is read on a thread; {@link #close()} stops it with SIGTERM, then SIGKILL.
 */
public final class AgentChild implements AutoCloseable {

    /** Where the launcher is, relative to the repository root. */
    public static final String LAUNCHER = "releng/org.xenophilia.agent.deb/src/deb/usr/sbin/xenophiliad";

    private static final Pattern OPTS = Pattern.compile("^DEFAULT_JAVA_OPTS=\"([^\"]*)\"", Pattern.MULTILINE);
    private static final Pattern TRIM_OPTS = Pattern.compile("^NATIVE_TRIM_JAVA_OPTS=\"([^\"]*)\"",
            Pattern.MULTILINE);
    /** {@code export NAME="${NAME:-default}"}: an environment variable the launcher sets unless it is set. */
    private static final Pattern EXPORT = Pattern.compile("^export (\\w+)=\"\\$\\{\\1:-([^}]*)\\}\"",
            Pattern.MULTILINE);
    private static final Pattern SERVING = Pattern.compile("serving XenAPI on (https?://\\S+) ");
    private static final Pattern FINGERPRINT = Pattern.compile("fingerprint ([0-9A-F:]{95})");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer all = new StringBuffer();
    private final Thread reader;

    private AgentChild(Process process) {
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    all.append(line).append('\n');
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "agent-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @return the packaged launcher's JVM flags, as it gives them to this JVM: {@code DEFAULT_JAVA_OPTS}, and
     *         {@code NATIVE_TRIM_JAVA_OPTS} when this JVM knows {@code -XX:TrimNativeHeapInterval}
     */
    public static List<String> launcherJvmFlags() throws IOException {
        Path launcher = launcher();
        String text = Files.readString(launcher);
        Matcher m = OPTS.matcher(text);
        if (!m.find()) {
            throw new IOException("no DEFAULT_JAVA_OPTS=\"...\" line in " + launcher);
        }
        List<String> flags = new ArrayList<>(Arrays.asList(m.group(1).trim().split("\\s+")));
        Matcher trim = TRIM_OPTS.matcher(text);
        if (trim.find() && knowsNativeTrim(Runtime.version())) {
            flags.addAll(Arrays.asList(trim.group(1).trim().split("\\s+")));
        }
        return List.copyOf(flags);
    }

    /** The launcher's test, on this JVM's version: 17.0.9+, 21.0.1+, 22+. */
    static boolean knowsNativeTrim(Runtime.Version v) {
        return v.feature() >= 22 || v.feature() == 21 && v.update() >= 1 || v.feature() == 17 && v.update() >= 9;
    }

    /** @return the environment the launcher exports (unless already set), e.g. {@code MALLOC_ARENA_MAX=2} */
    public static java.util.Map<String, String> launcherEnvironment() throws IOException {
        java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
        Matcher m = EXPORT.matcher(Files.readString(launcher()));
        while (m.find()) {
            env.put(m.group(1), System.getenv().getOrDefault(m.group(1), m.group(2)));
        }
        return env;
    }

    /** @return the flags in {@code XENOPHILIAD_JAVA_OPTS}, which the launcher appends too (for experiments) */
    public static List<String> extraJvmFlags() {
        String extra = System.getenv("XENOPHILIAD_JAVA_OPTS");
        return extra == null || extra.isBlank() ? List.of() : Arrays.stream(extra.trim().split("\\s+")).toList();
    }

    private static Path launcher() throws IOException {
        String configured = System.getProperty("xenophilia.agent.launcher");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(LAUNCHER);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("cannot find " + LAUNCHER + " above " + Path.of("").toAbsolutePath()
                + "; run from the repository or set -Dxenophilia.agent.launcher=FILE");
    }

    /**
     * The class path of the child: the benchmark's own (the Agent's jars and their libraries, the benchmark classes).
     * Under Surefire, whose JVM has a manifest-only jar as class path, it is read from {@code target/classpath.txt}.
     */
    static String classPath() throws IOException {
        String file = System.getProperty("xenophilia.bench.classpathFile");
        if (file != null) {
            String cp = Files.readString(Path.of(file)).strip();
            return System.getProperty("xenophilia.bench.classes") + File.pathSeparator + cp;
        }
        return System.getProperty("java.class.path");
    }

    /**
     * Starts {@code java <launcher flags> -cp <class path> mainClass args...}.
     *
     * @param mainClass e.g. {@code org.xenophilia.agent.Xenophiliad}
     * @param args its arguments
     * @return the running child
     * @throws IOException if it cannot be started
     */
    public static AgentChild start(String mainClass, String... args) throws IOException {
        return start(entry -> true, mainClass, args);
    }

    /**
     * Starts {@code java <launcher flags> -cp <class path> mainClass args...} with only some of the class path.
     *
     * @param keep which class path entries to keep (e.g. all but the storage plug-ins, to measure them)
     * @param mainClass e.g. {@code org.xenophilia.agent.Xenophiliad}
     * @param args its arguments
     * @return the running child
     * @throws IOException if it cannot be started
     */
    public static AgentChild start(java.util.function.Predicate<String> keep, String mainClass, String... args)
            throws IOException {
        return start(List.of(), keep, mainClass, args);
    }

    /**
     * Starts {@code xenophiliad args...} after a prefix that execs it elsewhere.
     *
     * @param prefix e.g. {@code ip netns exec NODE}: the Agent runs in that network namespace (the prefix execs
     *            java, so the child's pid is the JVM's)
     * @param args its arguments
     * @return the running child
     * @throws IOException if it cannot be started
     */
    public static AgentChild xenophiliadIn(List<String> prefix, String... args) throws IOException {
        return start(prefix, entry -> true, "org.xenophilia.agent.Xenophiliad", args);
    }

    private static AgentChild start(List<String> prefix, java.util.function.Predicate<String> keep, String mainClass,
            String... args) throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(launcherJvmFlags());
        cmd.addAll(extraJvmFlags());
        // as the .deb: BouncyCastle's jars off the class path, named by a property (the Agent's CertificateMaker);
        // EMF's jars without their signatures
        List<String> classPath = new ArrayList<>();
        List<String> bouncyCastle = new ArrayList<>();
        for (String entry : classPath().split(File.pathSeparator)) {
            if (!keep.test(entry)) {
                continue;
            }
            if (isBouncyCastle(entry)) {
                bouncyCastle.add(entry);
            } else {
                classPath.add(isEmf(entry) ? unsignedCopy(Path.of(entry)).toString() : entry);
            }
        }
        if (!bouncyCastle.isEmpty()) {
            cmd.add("-D" + BOUNCYCASTLE_PATH + "=" + String.join(File.pathSeparator, bouncyCastle));
        }
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, classPath));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(launcherEnvironment());
        Process p = pb.start();
        AgentChild child = new AgentChild(p);
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        return child;
    }

    /** The launcher's system property naming BouncyCastle's jars (lib/bouncycastle in the .deb). */
    static final String BOUNCYCASTLE_PATH = "xenophilia.agent.bouncycastle.path";

    /** @return whether a class path entry is one of BouncyCastle's jars (bcprov, bcutil, bcpkix) */
    static boolean isBouncyCastle(String entry) {
        String name = Path.of(entry).getFileName().toString();
        return name.endsWith(".jar") && (name.startsWith("bcprov-") || name.startsWith("bcutil-")
                || name.startsWith("bcpkix-"));
    }

    /** @return whether a class path entry is one of EMF's jars, which the .deb ships without their signatures */
    static boolean isEmf(String entry) {
        String name = Path.of(entry).getFileName().toString();
        return name.endsWith(".jar") && name.startsWith("org.eclipse.emf.");
    }

    /**
     * @param jar a signed jar
     * @return a copy without its signature files (META-INF/*.SF, *.RSA, *.DSA, *.EC), as the .deb's build stages it
     *         (releng/org.xenophilia.agent.deb/src/build/UnsignJars.java), made once in the temporary directory
     */
    static synchronized Path unsignedCopy(Path jar) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "xenophilia-bench-unsigned-jars");
        Files.createDirectories(dir);
        Path copy = dir.resolve(jar.getFileName());
        if (Files.isRegularFile(copy) && Files.size(copy) > 0
                && Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
            return copy;
        }
        Path tmp = Files.createTempFile(dir, "unsigned", ".tmp");
        try {
            copyWithoutSignature(jar, tmp);
            Files.move(tmp, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return copy;
    }

    private static void copyWithoutSignature(Path jar, Path tmp) throws IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(jar));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tmp))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (SIGNATURE_FILE.matcher(e.getName()).matches()) {
                    continue;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    /** Starts {@code xenophiliad args...}. */
    public static AgentChild xenophiliad(String... args) throws IOException {
        return start("org.xenophilia.agent.Xenophiliad", args);
    }

    /** @return the process id */
    public long pid() {
        return process.pid();
    }

    /** @return the process */
    public Process process() {
        return process;
    }

    /**
     * Waits for an output line matching {@code pattern}.
     *
     * @return the match
     */
    public Matcher await(Pattern pattern, long timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return m;
                }
            } else if (System.nanoTime() > deadline || !reader.isAlive()) {
                throw new IOException("no output matching /" + pattern + "/ within " + timeoutSeconds + " s"
                        + (process.isAlive() ? "" : " (exited " + process.exitValue() + ")") + "; output:\n" + all);
            }
        }
    }

    /**
     * Waits until {@code xenophiliad serve} says where it serves.
     *
     * @return {URI, fingerprint}
     */
    public String[] awaitServing(long timeoutSeconds) throws IOException, InterruptedException {
        String uri = await(SERVING, timeoutSeconds).group(1);
        String fingerprint = await(FINGERPRINT, 10).group(1);
        return new String[] {uri, fingerprint};
    }

    /** @return everything printed so far */
    public String output() {
        return all.toString();
    }

    /**
     * @param field e.g. {@code VmRSS} or {@code VmHWM}
     * @return its value in /proc/PID/status, in KiB
     */
    public long procStatusKib(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
            }
        }
        throw new IOException("no " + field + " in /proc/" + pid() + "/status");
    }

    /** Stops the child: SIGTERM, as systemd does, then SIGKILL after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
