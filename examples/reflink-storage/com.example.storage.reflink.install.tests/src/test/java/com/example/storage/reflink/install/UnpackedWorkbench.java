package com.example.storage.reflink.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The Workbench product as a user unpacks it (the reactor's {@code xenophilia-workbench-linux.gtk.x86_64.tar.gz}),
 * started with its own launch script on a display (Xvfb when the test has none), and plug-ins installed into it with
 * the product's {@code install-plugin}, as the README says a third party installs one.
 */
final class UnpackedWorkbench {

    static final Duration START = Duration.ofSeconds(180);
    static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";

    private final Path home;
    private final Path workspace;

    private UnpackedWorkbench(Path home, Path workspace) {
        this.home = home;
        this.workspace = workspace;
    }

    /** @return the reactor's product archive */
    static Path archive() {
        Path archive = Path.of(System.getProperty("xenophilia.repo", "../../..")).resolve(
                "releng/org.xenophilia.product/target/products/xenophilia-workbench-linux.gtk.x86_64.tar.gz");
        assertTrue(Files.isRegularFile(archive), "no " + archive.toAbsolutePath() + ": build"
                + " releng/org.xenophilia.product first (the reactor builds it before the examples)");
        return archive;
    }

    /** Unpacks the product into {@code dir}: {@code dir/xenophilia/...}. */
    static UnpackedWorkbench unpack(Path dir) throws Exception {
        Files.createDirectories(dir);
        Child.run(Duration.ofSeconds(120), Map.of(), null, "tar", "--warning=no-unknown-keyword", "-xzf",
                archive().toString(), "-C", dir.toString());
        Path home = dir.resolve("xenophilia");
        assertTrue(Files.isExecutable(home.resolve("xenophilia")), "the launch script in " + home);
        return new UnpackedWorkbench(home, dir.resolve("workspace"));
    }

    Path home() {
        return home;
    }

    /** @return the lines of bundles.info, the list of bundles the product starts with */
    List<String> bundlesInfo() throws IOException {
        return Files.readAllLines(home.resolve(BUNDLES_INFO));
    }

    /** Runs the product's {@code install-plugin JAR}: its output; fails unless it exits with {@code expected}. */
    String installPlugin(int expected, Path jar) throws Exception {
        Process p = new ProcessBuilder(home.resolve("install-plugin").toString(), jar.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(expected, p.exitValue(), out);
        return out;
    }

    /**
     * Starts the Workbench as a user does, to its first painted view, and lets it exit (the product's
     * {@code XENOPHILIA_EXIT_AFTER_STARTUP}, which the start-up benchmark uses). @return its console log
     */
    String startAndExit() throws Exception {
        Path report = Files.createTempFile(home.getParent(), "startup", ".properties");
        Map<String, String> env = new HashMap<>(environment());
        env.put("XENOPHILIA_STARTUP_REPORT", report.toString());
        env.put("XENOPHILIA_EXIT_AFTER_STARTUP", "1");
        String out = run(env, List.of());
        assertTrue(Files.readString(report).contains("firstPaintEpochMillis="), "the Workbench painted its first"
                + " view:\n" + out);
        return out;
    }

    /**
     * Runs the probe ({@code com.example.workbench.probe}, installed) instead of the Workbench's application.
     *
     * @param properties the probe's {@code -Dprobe.*} settings
     * @return what it reported, one fact a line
     */
    List<String> probe(Map<String, String> properties) throws Exception {
        Path report = home.getParent().resolve("probe-report.txt");
        Files.deleteIfExists(report);
        StringBuilder vmArgs = new StringBuilder("-Dprobe.report=" + report);
        properties.forEach((k, v) -> vmArgs.append(" -Dprobe.").append(k).append('=').append(v));
        Map<String, String> env = new HashMap<>(environment());
        env.put("XENOPHILIA_VMARGS", vmArgs.toString());
        String out = run(env, List.of("-application", "com.example.workbench.probe.report"));
        assertTrue(Files.exists(report), "the probe ran and reported:\n" + out);
        return Files.readAllLines(report);
    }

    private static Map<String, String> environment() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"));
    }

    private String run(Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            // as ./test.sh does when there is no display: a virtual one
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24"));
        }
        command.add(home.resolve("xenophilia").toString());
        command.addAll(List.of("-data", workspace.toString()));
        command.addAll(args);
        try (Child c = Child.start(command, env, null)) {
            if (!c.process().waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError(String.join(" ", command) + " did not end within " + START + ":\n"
                        + c.output());
            }
            Thread.sleep(100); // the reader thread drains the last lines
            assertEquals(0, c.process().exitValue(), String.join(" ", command) + ":\n" + c.output());
            return c.output();
        }
    }

    /**
     * Builds the probe bundle from its sources (test resources), compiled against the product's own jars.
     *
     * @param dir a directory of the test's
     * @param version its Bundle-Version
     * @return the jar
     */
    Path buildProbe(Path dir, String version) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK");
        Path src = resource("workbench-probe/src/com/example/workbench/probe/ProbeApplication.java");
        Path classes = Files.createDirectories(dir.resolve("probe-classes-" + version));
        List<String> classPath = new ArrayList<>();
        try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
            for (Path p : plugins.toList()) {
                String n = p.getFileName().toString();
                if (n.matches("org\\.eclipse\\.(osgi|equinox\\.app|equinox\\.common|equinox\\.registry|core\\.runtime"
                        + "|swt\\.gtk\\.linux\\.x86_64)_.*\\.jar")) {
                    classPath.add(p.toString());
                }
            }
        }
        assertEquals(6, classPath.size(), "the product's runtime jars: " + classPath);
        assertEquals(0, javac.run(null, null, null, "--release", "17", "-proc:none", "-classpath", String.join(
                File.pathSeparator, classPath), "-d", classes.toString(), src.toString()), "the probe compiles");
        String manifestText = Files.readString(resource("workbench-probe/MANIFEST.MF")).replace("VERSION", version);
        Manifest manifest = new Manifest(new java.io.ByteArrayInputStream(manifestText.getBytes(
                StandardCharsets.UTF_8)));
        assertEquals("1.0", manifest.getMainAttributes().getValue(Attributes.Name.MANIFEST_VERSION));
        Path jar = dir.resolve("probe-" + version + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            put(out, "plugin.xml", resource("workbench-probe/plugin.xml"));
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                put(out, classes.relativize(f).toString().replace(File.separatorChar, '/'), f);
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new JarEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
        out.closeEntry();
    }

    private static Path resource(String name) throws Exception {
        java.net.URL url = UnpackedWorkbench.class.getClassLoader().getResource(name);
        assertNotNull(url, name);
        return Path.of(url.toURI());
    }

    /** Writes lines to a file of the test's. */
    static Path lines(Path file, List<String> lines) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
