package org.xenophilia.benchmarks.agent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The Agent's storage through the {@code file} backend, as the .deb runs it (real {@code xenophiliad} processes with
 * the launcher's JVM flags):
 * <ul>
 * <li>idle RSS without the storage plug-ins on the class path, with them and no SR, and with an SR of
 * {@code volumes} volumes (after a restart, and after a client listed every VDI record): what the plug-ins cost, and
 * whether memory grows with the number of volumes;</li>
 * <li>{@code VDI.create} and {@code VDI.destroy} through the Agent against what they do run directly
 * ({@code truncate -s} and {@code rm} as processes, as an admin would in a shell): the ratio is the Agent's
 * overhead, as the real-Xen tier's overhead table has it for {@code xl};</li>
 * <li>filling the repository: {@code volumes} {@code VDI.create} one by one while another client follows the VDI
 * events ({@code event.from}, as the Workbench does), until it has seen the last: each event's record is a read of
 * one VDI (a listing of the repository before the Agent indexed where each VDI's volume is);</li>
 * <li>{@code VDI.get_all_records}, {@code SR.get_record} and {@code VDI.get_record} by reference of a repository of
 * {@code volumes} volumes.</li>
 * </ul>
 * Usage: {@code StorageBenchmark [volumes=1000] [settle-seconds=20] [list-rounds=5]}.
 */
public final class StorageBenchmark {

    private static final long VOLUME_SIZE = 64L << 20;

    private final int volumes;
    private final int settleSeconds;
    private final int listRounds;
    private final List<String> report = new ArrayList<>();
    private int listed;

    StorageBenchmark(int volumes, int settleSeconds, int listRounds) {
        this.volumes = volumes;
        this.settleSeconds = settleSeconds;
        this.listRounds = listRounds;
    }

    public static void main(String[] args) throws Exception {
        StorageBenchmark b = new StorageBenchmark(args.length > 0 ? Integer.parseInt(args[0]) : 1000,
                args.length > 1 ? Integer.parseInt(args[1]) : 20, args.length > 2 ? Integer.parseInt(args[2]) : 5);
        b.run();
        System.out.print(b.report());
    }

    /** @return whether a class path entry is one of the storage plug-ins' jars (the SPI and the file backend) */
    static boolean isStorage(String entry) {
        // a jar of the local repository, or a reactor module's classes
        return entry.contains("org.xenophilia.storage");
    }

    void run() throws Exception {
        try (BenchHome home = new BenchHome()) {
            Path location = home.stateDir().resolveSibling("volumes");
            // the first start makes the Agent's TLS identity (BouncyCastle, key generation): not what is compared
            idle(home, entry -> true, null);
            long without = idle(home, entry -> !isStorage(entry), null);
            long withPlugins = idle(home, entry -> true, null);
            report.add(kib("idle RSS, storage plug-ins off the class path:", without));
            report.add(kib("idle RSS, storage plug-ins loaded, no SR:     ", withPlugins));

            Latencies creates = new Latencies();
            Latencies destroys = new Latencies();
            try (AgentChild agent = AgentChild.xenophiliad(home.serve())) {
                String[] at = agent.awaitServing(180);
                try (XenApiClient c = BenchHome.login(at[0], at[1], Duration.ofSeconds(120))) {
                    String host = (String) WireValues.asList(c.callWithSession("host.get_all")).get(0);
                    String sr = (String) c.callWithSession("SR.create", host, Map.of("location", location.toString()),
                            0L, "bench", "", "file", "user", false, Map.of());
                    // a sample of creates and destroys, then the repository filled for the listing
                    for (int i = 0; i < Math.min(volumes, 200); i++) {
                        long t0 = System.nanoTime();
                        String vdi = createVdi(c, sr, "sample-" + i);
                        creates.record(System.nanoTime() - t0);
                        t0 = System.nanoTime();
                        c.callWithSession("VDI.destroy", vdi);
                        destroys.record(System.nanoTime() - t0);
                    }
                    fill(c, at, sr);
                }
            }
            Latencies truncates = new Latencies();
            Latencies removes = new Latencies();
            Path direct = Files.createDirectories(location.resolveSibling("direct"));
            for (int i = 0; i < Math.min(volumes, 200); i++) {
                Path f = direct.resolve("sample-" + i + ".raw");
                long t0 = System.nanoTime();
                run("truncate", "-s", Long.toString(VOLUME_SIZE), f.toString());
                truncates.record(System.nanoTime() - t0);
                t0 = System.nanoTime();
                run("rm", "--", f.toString());
                removes.record(System.nanoTime() - t0);
            }
            report.add(String.format(Locale.ROOT, "VDI.create (64 MiB, raw) through the Agent: p50 %.2f ms, p99 %.2f"
                    + " ms; truncate -s directly: p50 %.2f ms; ratio of p50s %.2f", creates.percentileMillis(50),
                    creates.percentileMillis(99), truncates.percentileMillis(50), creates.percentileMillis(50)
                            / truncates.percentileMillis(50)));
            report.add(String.format(Locale.ROOT, "VDI.destroy through the Agent: p50 %.2f ms, p99 %.2f ms; rm"
                    + " directly: p50 %.2f ms; ratio of p50s %.2f", destroys.percentileMillis(50),
                    destroys.percentileMillis(99), removes.percentileMillis(50), destroys.percentileMillis(50)
                            / removes.percentileMillis(50)));
            long full = idle(home, entry -> true, this::list);
            report.add(kib("idle RSS, an SR of " + volumes + " volumes (restarted):", full));
        }
    }

    /** Makes the repository's volumes one by one while a client follows the VDI events, as the Workbench does. */
    private void fill(XenApiClient c, String[] at, String sr) throws Exception {
        Latencies first = new Latencies();
        Latencies last = new Latencies();
        AtomicInteger added = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Exception> failed = new AtomicReference<>();
        try (XenApiClient follower = BenchHome.login(at[0], at[1], Duration.ofSeconds(120))) {
            String start = follower.eventFrom(List.of("vdi"), "", Duration.ZERO).token();
            Thread following = new Thread(() -> {
                String token = start;
                try {
                    while (!stop.get()) {
                        EventBatch b = follower.eventFrom(List.of("vdi"), token, Duration.ofSeconds(5));
                        token = b.token();
                        added.addAndGet((int) b.events().stream().filter(e -> e.operation().equals("add")).count());
                    }
                } catch (Exception e) {
                    failed.set(e);
                }
            }, "vdi-follower");
            following.start();
            long t0 = System.nanoTime();
            for (int i = 0; i < volumes; i++) {
                long t = System.nanoTime();
                createVdi(c, sr, String.format(Locale.ROOT, "vol-%05d", i));
                (i < volumes / 2 ? first : last).record(System.nanoTime() - t);
            }
            while (added.get() < volumes && failed.get() == null) {
                Thread.sleep(10); // the follower reads the last events' records
            }
            long filled = System.nanoTime() - t0;
            stop.set(true);
            following.join();
            if (failed.get() != null) {
                throw failed.get();
            }
            report.add(String.format(Locale.ROOT, "%d VDI.create one by one, a client following the VDI events: %.1f s"
                    + " until it saw the last; create p50 %.2f ms in the first half, %.2f ms in the second", volumes,
                    filled / 1e9, first.percentileMillis(50), last.percentileMillis(50)));
        }
    }

    private static String createVdi(XenApiClient c, String sr, String name) throws Exception {
        return (String) c.callWithSession("VDI.create", Map.of("SR", sr, "name_label", name, "virtual_size",
                Long.toString(VOLUME_SIZE), "type", "user", "sharable", false, "read_only", false, "other_config",
                Map.of()));
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    @FunctionalInterface
    private interface Use {
        void use(XenApiClient c, AgentChild agent) throws Exception;
    }

    /** Starts an Agent on part of the class path, lets it settle, optionally uses it and settles again. */
    private long idle(BenchHome home, Predicate<String> keep, Use use) throws Exception {
        try (AgentChild agent = AgentChild.start(keep, "org.xenophilia.agent.Xenophiliad", home.serve())) {
            String[] at = agent.awaitServing(180);
            long idle = AgentRssBenchmark.settle(agent, settleSeconds);
            if (use == null) {
                return idle;
            }
            report.add(kib("  ... before listing:", idle));
            try (XenApiClient c = BenchHome.login(at[0], at[1], Duration.ofSeconds(120))) {
                use.use(c, agent);
            }
            return AgentRssBenchmark.settle(agent, settleSeconds);
        }
    }

    private void list(XenApiClient c, AgentChild agent) throws Exception {
        Latencies all = new Latencies();
        Latencies sr = new Latencies();
        Latencies one = new Latencies();
        List<String> refs = new ArrayList<>();
        String srRef = (String) WireValues.asList(c.callWithSession("SR.get_by_name_label", "bench")).get(0);
        for (int i = 0; i < listRounds; i++) {
            long t0 = System.nanoTime();
            Map<String, Object> records = WireValues.asMap(c.callWithSession("VDI.get_all_records"));
            all.record(System.nanoTime() - t0);
            listed = (int) records.values().stream().filter(r -> srRef.equals(WireValues.asMap(r).get("SR")))
                    .count();
            if (refs.isEmpty()) {
                records.forEach((ref, r) -> {
                    if (srRef.equals(WireValues.asMap(r).get("SR"))) {
                        refs.add(ref);
                    }
                });
            }
            t0 = System.nanoTime();
            c.callWithSession("SR.get_record", srRef);
            sr.record(System.nanoTime() - t0);
        }
        if (listed != volumes) {
            throw new IllegalStateException("the SR lists " + listed + " VDIs, not " + volumes);
        }
        Random random = new Random(13);
        for (int i = 0; i < 200; i++) {
            String ref = refs.get(random.nextInt(refs.size()));
            long t0 = System.nanoTime();
            c.callWithSession("VDI.get_record", ref);
            one.record(System.nanoTime() - t0);
        }
        report.add(String.format(Locale.ROOT, "VDI.get_record by reference (200 of the %d): p50 %.2f ms, p99 %.2f ms",
                volumes, one.percentileMillis(50), one.percentileMillis(99)));
        report.add(String.format(Locale.ROOT, "VDI.get_all_records of %d volumes: p50 %.1f ms (%d rounds);"
                + " SR.get_record: p50 %.1f ms; peak RSS (VmHWM) %.1f MB", volumes, all.percentileMillis(50),
                listRounds, sr.percentileMillis(50), agent.procStatusKib("VmHWM") * 1024 / 1e6));
    }

    private static String kib(String what, long kib) {
        return String.format(Locale.ROOT, "%s %6.1f MB (%d KiB)", what, kib * 1024 / 1e6, kib);
    }

    /** @return how many VDIs of the SR the last listing returned */
    int listed() {
        return listed;
    }

    String report() {
        StringBuilder sb = new StringBuilder("Agent storage (file backend, " + volumes + " volumes)\n");
        for (String line : report) {
            sb.append("  ").append(line).append('\n');
        }
        return sb.toString();
    }
}
