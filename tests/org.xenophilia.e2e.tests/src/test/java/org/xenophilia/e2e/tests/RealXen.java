package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The booted dom0 and its Agent, as {@code releng/e2e-xen/agent-tier.sh} hands them to the tests in system
 * properties. Without {@code xenophilia.e2e.url} every test using it is skipped (the normal {@code ./test.sh} has no
 * QEMU).
 * <ul>
 * <li>{@code xenophilia.e2e.url}: the Agent, {@code https://127.0.0.1:PORT/} (forwarded to dom0's 8443)</li>
 * <li>{@code xenophilia.e2e.fingerprint}: its certificate's SHA-256, from {@code xenophiliad fingerprint} in dom0</li>
 * <li>{@code xenophilia.e2e.user}, {@code xenophilia.e2e.passwordFile}: the admin user; {@code .readOnlyUser}: a
 * read-only user with the same password</li>
 * <li>{@code xenophilia.e2e.run}: boot.sh's run directory, for {@code dom0-exec.sh --run}</li>
 * <li>{@code xenophilia.e2e.harness}: {@code releng/e2e-xen} (set by the pom)</li>
 * <li>{@code xenophilia.e2e.out}: where to write overhead figures and dom0 command outputs</li>
 * </ul>
 */
final class RealXen {

    /** The guest the harness builds into the image (see build-image.sh, /root/guests/guest.env). */
    static final String GUEST_KERNEL = "/root/guests/vmlinuz";
    static final String GUEST_RAMDISK = "/root/guests/initrd.gz";
    static final String GUEST_EXTRA = "console=hvc0 rdinit=/init quiet loglevel=4";
    static final String BRIDGE = "xenbr0";
    static final long MIB = 1L << 20;

    /** TCG is slow: generous deadlines, always polled. */
    static final Duration STATE_TIMEOUT = Duration.ofSeconds(240);
    static final Duration POLL = Duration.ofMillis(500);

    private static final Pattern TRAILER = Pattern.compile("(?m)^dom0-exec: rc=(\\d+) dom0_s=(\\S+) host_s=(\\S+)$");
    private static final AtomicInteger IDS = new AtomicInteger();

    final URI url;
    final String fingerprint;
    final String user;
    final String readOnlyUser;
    final String password;
    final Path run;
    final Path harness;
    final Path out;

    private RealXen() throws IOException {
        url = URI.create(System.getProperty("xenophilia.e2e.url"));
        fingerprint = required("xenophilia.e2e.fingerprint");
        user = required("xenophilia.e2e.user");
        readOnlyUser = System.getProperty("xenophilia.e2e.readOnlyUser", "");
        password = Files.readString(Path.of(required("xenophilia.e2e.passwordFile"))).strip();
        run = Path.of(required("xenophilia.e2e.run"));
        harness = Path.of(required("xenophilia.e2e.harness"));
        out = Path.of(System.getProperty("xenophilia.e2e.out", "target/e2e-out"));
        Files.createDirectories(out.resolve("dom0"));
    }

    private static String required(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + name + " is missing (agent-tier.sh sets it)");
        }
        return v;
    }

    private static RealXen instance;

    /** @return whether a real Xen was given (agent-tier.sh runs the tests) */
    static boolean given() {
        return System.getProperty("xenophilia.e2e.url") != null;
    }

    /** @return the Agent under test; skips the calling test when none was given */
    static synchronized RealXen get() throws IOException {
        assumeTrue(given(), "no real Xen given (xenophilia.e2e.url): run releng/e2e-xen/agent-tier.sh");
        if (instance == null) {
            instance = new RealXen();
        }
        return instance;
    }

    /** @return a new client, pinned to the Agent's certificate, logged in as the admin */
    XenApiClient admin() throws XenApiException, IOException {
        return login(user);
    }

    XenApiClient login(String name) throws XenApiException, IOException {
        XenApiClient c = XenApiClient.builder(url).pinnedFingerprint(fingerprint)
                .connectTimeout(Duration.ofSeconds(30)).readTimeout(Duration.ofSeconds(600)).build();
        c.login(name, password);
        return c;
    }

    // ---- dom0 commands

    /** One command's result in dom0: exit code, outputs and its time measured in dom0 and on the host. */
    record Dom0Result(String command, int rc, String stdout, String stderr, double dom0Seconds, double hostSeconds) {
        boolean ok() {
            return rc == 0;
        }

        @Override
        public String toString() {
            return "`" + command + "` exit " + rc + (stdout.isBlank() ? "" : "\nstdout: " + stdout.strip())
                    + (stderr.isBlank() ? "" : "\nstderr: " + stderr.strip());
        }
    }

    /**
     * Runs a /bin/sh command as root in dom0 through {@code dom0-exec.sh} (the commands are the tests' own, never
     * user text). A lost command channel is an infrastructure failure: it is marked as such for agent-tier.sh.
     */
    Dom0Result dom0(String command) throws IOException, InterruptedException {
        String id = "junit-" + ProcessHandle.current().pid() + "-" + IDS.incrementAndGet();
        Path dir = out.resolve("dom0");
        List<String> argv = new ArrayList<>(List.of(harness.resolve("dom0-exec.sh").toString(), "--run",
                run.toString(), "--timeout", "600", "--id", id, "--out", dir.toString(), "--", command));
        Process p = new ProcessBuilder(argv).redirectOutput(dir.resolve(id + ".stdout").toFile())
                .redirectError(dir.resolve(id + ".stderr").toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(900, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw infra("dom0 command did not return within 900 s: " + command);
        }
        String stdout = Files.readString(dir.resolve(id + ".out"), StandardCharsets.UTF_8);
        String stderr = Files.readString(dir.resolve(id + ".err"), StandardCharsets.UTF_8);
        String log = Files.readString(dir.resolve(id + ".stderr"), StandardCharsets.UTF_8);
        Matcher m = TRAILER.matcher(log);
        if (p.exitValue() == 255 || !m.find()) {
            throw infra("the command channel to dom0 is gone (exit " + p.exitValue() + ") running: " + command
                    + "\n" + log);
        }
        return new Dom0Result(command, Integer.parseInt(m.group(1)), stdout, stderr, parse(m.group(2)),
                parse(m.group(3)));
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Like {@link #dom0(String)}, but the command must succeed. */
    Dom0Result dom0Ok(String command) throws IOException, InterruptedException {
        Dom0Result r = dom0(command);
        if (!r.ok()) {
            fail("dom0 command failed: " + r);
        }
        return r;
    }

    /** Marks the run as an infrastructure failure (agent-tier.sh exits 2) and returns the error to throw. */
    AssertionError infra(String message) throws IOException {
        Files.writeString(out.resolve("INFRA"), message + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return new AssertionError("INFRA: " + message);
    }

    /**
     * @return the State column of {@code xl list NAME} run directly in dom0 ({@code r-----}, {@code --p---} ...),
     *         or null when xl does not know the domain
     */
    String xlState(String name) throws IOException, InterruptedException {
        Dom0Result r = dom0("xl list " + name);
        if (!r.ok()) {
            if (r.stderr().contains("is an invalid domain identifier")) {
                return null;
            }
            fail("xl list " + name + " failed in an unexpected way: " + r);
        }
        String[] lines = r.stdout().strip().split("\n");
        return lines.length < 2 ? null : lines[1].trim().split("\\s+")[4];
    }

    /** @return xl's own view of the domains: name → {@code xl list} row */
    Map<String, String> xlList() throws IOException, InterruptedException {
        Dom0Result r = dom0Ok("xl list");
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        for (String line : r.stdout().strip().split("\n")) {
            if (!line.startsWith("Name")) {
                rows.put(line.trim().split("\\s+")[0], line.trim());
            }
        }
        return rows;
    }

    /** "Running" as the API means it: none of paused, shut down, crashed, dying. */
    static boolean xlRunning(String state) {
        return state != null && state.length() == 6 && state.substring(2).equals("----");
    }

    static boolean xlPaused(String state) {
        return state != null && state.length() == 6 && state.charAt(2) == 'p';
    }

    /** Polls a dom0 /bin/sh condition every 0.2 s in dom0 until it holds or the deadline passes. */
    void awaitInDom0(String what, Duration timeout, String condition) throws IOException, InterruptedException {
        long s = timeout.toSeconds();
        Dom0Result r = dom0("end=$(($(date +%s) + " + s + ")); until " + condition
                + "; do [ $(date +%s) -lt $end ] || exit 1; sleep 0.2; done");
        if (!r.ok()) {
            fail(what + ": not seen in dom0 within " + s + " s (" + condition + ")");
        }
    }

    // ---- the Agent's view

    /** Polls until the test holds or the deadline passes; the last value is in the failure message. */
    static <T> T await(String what, Duration timeout, ThrowingSupplier<T> probe, Predicate<T> test)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!test.test(last)) {
            if (System.nanoTime() > deadline) {
                fail(what + ": not reached within " + timeout.toSeconds() + " s; last seen: " + last);
            }
            Thread.sleep(POLL.toMillis());
            last = probe.get();
        }
        return last;
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    static String powerState(XenApiClient c, String vm) throws XenApiException, IOException {
        return WireValues.asString(c.callWithSession("VM.get_power_state", vm));
    }

    static Map<String, Object> record(XenApiClient c, String cls, String ref) throws XenApiException, IOException {
        return WireValues.asMap(c.callWithSession(cls + ".get_record", ref));
    }

    static String awaitPowerState(XenApiClient c, String vm, String expected) throws Exception {
        return await("VM " + vm + " power state " + expected, STATE_TIMEOUT, () -> powerState(c, vm),
                expected::equals);
    }

    /** An xl.cfg for the harness's test guest (PV, its kernel and busybox initramfs). */
    static String guestCfg(String name, int memoryMiB, int maxmemMiB, String ip, String wait, String kernel,
            String devices) {
        return "name = \"" + name + "\"\n"
                + "type = \"pv\"\n"
                + "kernel = \"" + kernel + "\"\n"
                + "ramdisk = \"" + GUEST_RAMDISK + "\"\n"
                + "extra = \"" + GUEST_EXTRA + " e2e_name=" + name + " e2e_ip=" + ip + " e2e_wait=" + wait + "\"\n"
                + "memory = " + memoryMiB + "\n"
                + "maxmem = " + maxmemMiB + "\n"
                + "vcpus = 1\n"
                + devices;
    }

    /** Takes a test's domain away whatever state it is in (best effort, for clean-up). */
    void remove(String name) {
        try (XenApiClient c = admin()) {
            for (Object ref : WireValues.asList(c.callWithSession("VM.get_by_name_label", name))) {
                String vm = WireValues.asString(ref);
                String s = powerState(c, vm);
                if (!"Halted".equals(s)) {
                    c.callWithSession("VM.hard_shutdown", vm);
                    awaitPowerState(c, vm, "Halted");
                }
                c.callWithSession("VM.destroy", vm);
            }
        } catch (Exception e) {
            System.err.println("clean-up of " + name + " through the Agent failed: " + e);
        }
        try {
            if (xlState(name) != null) {
                dom0("xl destroy " + name);
            }
        } catch (Exception | AssertionError e) {
            System.err.println("clean-up of " + name + " in dom0 failed: " + e);
        }
    }

    /** The guest's console log in dom0 (xenconsoled keeps one per domain name). */
    static String console(String name) {
        return "/var/log/xen/console/guest-" + name + ".log";
    }

    /** Appends one overhead sample: operation, seconds through the Agent (host wall clock), seconds of xl in dom0. */
    synchronized void overhead(String op, String side, double seconds) throws IOException {
        Files.writeString(out.resolve("overhead-samples.tsv"), op + "\t" + side + "\t" + String.format(
                java.util.Locale.ROOT, "%.3f", seconds) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
