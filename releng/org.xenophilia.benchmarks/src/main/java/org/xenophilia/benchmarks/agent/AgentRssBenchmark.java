package org.xenophilia.benchmarks.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.internal.sim.SimulatedBackend;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Idle resident memory of the Agent with many defined domains on the simulated backend: a real {@code xenophiliad}
 * process with the .deb launcher's JVM flags. The domains are created through the API
 * ({@code Xenophilia.VM.import_xl_cfg}), then the Agent is restarted so that it loads them as after a reboot; its
 * {@code VmRSS} is read from {@code /proc/PID/status} once it has settled, then again after a client has listed every
 * record. Target: at most 64 MB.
 * <p>
 * Usage: {@code AgentRssBenchmark [domains=100] [settle-seconds=20]}.
 */
public final class AgentRssBenchmark {

    /** The target, in MB (10^6 bytes: RSS figures are quoted so). */
    public static final double TARGET_MB = 64;

    private final int domains;
    private final int settleSeconds;
    private final List<String> report = new ArrayList<>();
    private long idleKib;
    private long afterUseKib;
    private boolean seededThroughApi = true;

    AgentRssBenchmark(int domains, int settleSeconds) {
        this.domains = domains;
        this.settleSeconds = settleSeconds;
    }

    public static void main(String[] args) throws Exception {
        int domains = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int settle = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        AgentRssBenchmark b = new AgentRssBenchmark(domains, settle);
        b.run();
        System.out.print(b.report());
    }

    /** Generated xl.cfg of domain {@code i}: a PV guest with a disk and a vif, as admins write them. */
    static String xlCfg(int i) {
        return String.format(Locale.ROOT, """
                name = "bench-%03d"
                type = "pv"
                memory = %d
                maxmem = %d
                vcpus = 1
                maxvcpus = 2
                kernel = "/boot/vmlinuz-6.1.0-bench"
                ramdisk = "/boot/initrd.img-6.1.0-bench"
                extra = "console=hvc0 root=/dev/xvda1"
                disk = [ 'format=raw, vdev=xvda, access=rw, target=/srv/xen/bench-%03d.img' ]
                vif = [ 'mac=00:16:3e:00:%02x:%02x,bridge=xenbr0' ]
                """, i, 128 + (i % 4) * 64, 512, i, i / 256, i % 256);
    }

    void run() throws Exception {
        try (BenchHome home = new BenchHome()) {
            report.add("JVM flags (from " + AgentChild.LAUNCHER + "): " + String.join(" ",
                    AgentChild.launcherJvmFlags()) + (AgentChild.extraJvmFlags().isEmpty() ? ""
                            : " + XENOPHILIAD_JAVA_OPTS: " + String.join(" ", AgentChild.extraJvmFlags()))
                    + "; environment: " + AgentChild.launcherEnvironment());
            try (AgentChild agent = AgentChild.xenophiliad(home.serve())) {
                String[] at = agent.awaitServing(180);
                try (XenApiClient c = BenchHome.login(at[0], at[1], Duration.ofSeconds(60))) {
                    for (int i = 0; i < domains; i++) {
                        try {
                            c.callWithSession("Xenophilia.VM.import_xl_cfg", xlCfg(i));
                        } catch (XenApiException e) {
                            if (i > 0 || !e.is(ErrorCode.MESSAGE_METHOD_UNKNOWN)) {
                                throw e;
                            }
                            seededThroughApi = false;
                            break;
                        }
                    }
                }
            }
            if (!seededThroughApi) {
                // an Agent without domain creation in its API: define them in its state directory, as it would
                SimulatedBackend sim = SimulatedBackend.open(SimulatedBackend.Machine.standard("bench"),
                        home.stateDir());
                for (int i = 0; i < domains; i++) {
                    sim.define(new DomainSpec(UUID.randomUUID().toString(), String.format(Locale.ROOT,
                            "bench-%03d", i), "benchmark domain", (128L + (i % 4) * 64) << 20, 512L << 20, 1, 2));
                }
                sim.close();
            }
            try (AgentChild agent = AgentChild.xenophiliad(home.serve())) {
                long t0 = System.nanoTime();
                String[] at = agent.awaitServing(180);
                double startup = (System.nanoTime() - t0) / 1e9;
                idleKib = settle(agent, settleSeconds);
                int listed;
                try (XenApiClient c = BenchHome.login(at[0], at[1], Duration.ofSeconds(60))) {
                    Map<String, Object> records = WireValues.asMap(c.callWithSession("VM.get_all_records"));
                    listed = 0;
                    for (Map.Entry<String, Object> vm : records.entrySet()) {
                        c.callWithSession("VM.get_record", vm.getKey());
                        // dom0 is listed too, as xapi does, but it is not one of the defined domains
                        if (!WireValues.asBoolean(WireValues.asMap(vm.getValue()).get("is_control_domain"))) {
                            listed++;
                        }
                    }
                }
                if (listed != domains) {
                    throw new IllegalStateException("the restarted Agent lists " + listed + " domains, not "
                            + domains + ":\n" + agent.output());
                }
                afterUseKib = settle(agent, settleSeconds);
                long hwm = agent.procStatusKib("VmHWM");
                report.add(String.format(Locale.ROOT, "domains defined: %d (created %s, then the Agent restarted:"
                        + " serving after %.1f s)", domains, seededThroughApi ? "through Xenophilia.VM.import_xl_cfg"
                                : "in its state directory (this Agent's API cannot create domains)", startup));
                report.add(String.format(Locale.ROOT, "idle RSS after restart:            %6.1f MB (%d KiB)",
                        idleKib * 1024 / 1e6, idleKib));
                report.add(String.format(Locale.ROOT, "idle RSS after listing all records: %6.1f MB (%d KiB)",
                        afterUseKib * 1024 / 1e6, afterUseKib));
                report.add(String.format(Locale.ROOT, "peak RSS (VmHWM):                  %6.1f MB",
                        hwm * 1024 / 1e6));
                double worst = Math.max(idleKib, afterUseKib) * 1024 / 1e6;
                report.add(String.format(Locale.ROOT, "target <= %.0f MB idle: %s", TARGET_MB,
                        worst <= TARGET_MB ? "met" : "MISSED"));
            }
        }
    }

    /**
     * Samples VmRSS every 500 ms until it moved less than 256 KiB over 3 s, or the settle time is up.
     *
     * @return the last sample, KiB
     */
    public static long settle(AgentChild agent, int settleSeconds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(settleSeconds).toNanos();
        List<Long> samples = new ArrayList<>();
        while (true) {
            samples.add(agent.procStatusKib("VmRSS"));
            int n = samples.size();
            if (n >= 7) {
                List<Long> last = samples.subList(n - 7, n);
                long spread = last.stream().mapToLong(Long::longValue).max().getAsLong()
                        - last.stream().mapToLong(Long::longValue).min().getAsLong();
                if (spread < 256 || System.nanoTime() > deadline) {
                    return samples.get(n - 1);
                }
            }
            Thread.sleep(500);
        }
    }

    /** @return the idle RSS after the restart, KiB */
    long idleKib() {
        return idleKib;
    }

    /** @return the idle RSS after a client listed every record, KiB */
    long afterUseKib() {
        return afterUseKib;
    }

    String report() {
        StringBuilder sb = new StringBuilder("Agent idle RSS (simulated backend, " + domains + " domains)\n");
        for (String line : report) {
            sb.append("  ").append(line).append('\n');
        }
        return sb.toString();
    }
}
