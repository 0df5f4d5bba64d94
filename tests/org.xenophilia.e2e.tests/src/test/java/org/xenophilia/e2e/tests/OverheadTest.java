package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The Agent's overhead: each operation through the Agent (host wall clock of the API call, over TLS through QEMU's
 * port forward) against the same {@code xl} command run directly in dom0 (timed in dom0 by dom0-exec), on two
 * domains with the same xl.cfg (the one the Agent wrote), interleaved so that both see the same host load. Writes
 * {@code overhead.tsv} (op, agent s, xl s, ratio: medians of {@code xenophilia.e2e.overheadRounds} rounds, default 2)
 * and every sample to {@code overhead-samples.tsv} in {@code xenophilia.e2e.out}. Both sides must also succeed.
 */
class OverheadTest extends RealXenTest {

    private static final String AGENT = "e2e-ovh-agent";
    private static final String DIRECT = "e2e-ovh-xl";
    private static final String DIRECT_CFG = "/root/guests/e2e-ovh-xl.cfg";
    private final Map<String, List<Double>> agent = new LinkedHashMap<>();
    private final Map<String, List<Double>> direct = new LinkedHashMap<>();

    OverheadTest() {
        super(AGENT, DIRECT);
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    private void viaAgent(String op, Call call) throws Exception {
        long t = System.nanoTime();
        try {
            call.run();
        } catch (XenApiException e) {
            throw new AssertionError("through the Agent, " + op + " of " + AGENT + " failed: " + e.code() + " "
                    + e.params() + "; xl list in dom0 shows " + AGENT + " as " + xen.xlState(AGENT), e);
        }
        double s = (System.nanoTime() - t) / 1e9;
        agent.computeIfAbsent(op, k -> new ArrayList<>()).add(s);
        xen.overhead(op, "agent", s);
    }

    private void viaXl(String op, String command) throws Exception {
        RealXen.Dom0Result r = xen.dom0Ok(command);
        direct.computeIfAbsent(op, k -> new ArrayList<>()).add(r.dom0Seconds());
        xen.overhead(op, "xl", r.dom0Seconds());
    }

    @Test
    void eachOperationThroughTheAgentAgainstXlInDom0() throws Exception {
        int rounds = Integer.getInteger("xenophilia.e2e.overheadRounds", 2);
        try (XenApiClient c = xen.admin()) {
            String vm = WireValues.asString(c.callWithSession("Xenophilia.VM.import_xl_cfg",
                    RealXen.guestCfg(AGENT, 128, 192, "192.168.77.51", "", RealXen.GUEST_KERNEL, "")));
            String uuid = WireValues.asString(c.callWithSession("VM.get_uuid", vm));
            // the floor of a dom0 measurement: a shell that does nothing
            for (int i = 0; i < 3; i++) {
                viaXl("(dom0 sh, no command)", "true");
            }
            for (int round = 0; round < rounds; round++) {
                viaAgent("list (VM.get_all_records | xl list)", () -> c.callWithSession("VM.get_all_records"));
                viaXl("list (VM.get_all_records | xl list)", "xl list > /dev/null");

                viaAgent("start (xl create)", () -> c.callWithSession("VM.start", vm, false, false));
                if (round == 0) {
                    // the same configuration as the Agent's domain, under another name
                    xen.dom0Ok("sed -e 's/^name = .*/name = \"" + DIRECT + "\"/' -e '/^uuid = /d' "
                            + "/var/lib/xenophilia/xl/" + uuid + ".cfg > " + DIRECT_CFG + " && grep -q '"
                            + DIRECT + "' " + DIRECT_CFG);
                }
                viaXl("start (xl create)", "xl create " + DIRECT_CFG);
                RealXen.awaitPowerState(c, vm, "Running");
                assertTrue(RealXen.xlRunning(xen.xlState(DIRECT)));

                viaAgent("pause", () -> c.callWithSession("VM.pause", vm));
                viaXl("pause", "xl pause " + DIRECT);
                assertEquals("Paused", RealXen.powerState(c, vm));

                viaAgent("unpause", () -> c.callWithSession("VM.unpause", vm));
                viaXl("unpause", "xl unpause " + DIRECT);
                assertEquals("Running", RealXen.powerState(c, vm));

                viaAgent("mem-set 100 MiB", () -> c.callWithSession("VM.set_memory_target_live", vm,
                        100 * RealXen.MIB));
                viaXl("mem-set 100 MiB", "xl mem-set " + DIRECT + " 102400k");

                viaAgent("clean shutdown (shutdown -w, until gone)", () -> c.callWithSession("VM.clean_shutdown",
                        vm));
                viaXl("clean shutdown (shutdown -w, until gone)", "xl shutdown -w " + DIRECT
                        + " && until ! xl list " + DIRECT + " > /dev/null 2>&1; do sleep 0.1; done");
                assertEquals("Halted", RealXen.powerState(c, vm));

                c.callWithSession("VM.start", vm, false, false);
                xen.dom0Ok("xl create " + DIRECT_CFG);
                RealXen.awaitPowerState(c, vm, "Running");
                viaAgent("hard shutdown (xl destroy)", () -> c.callWithSession("VM.hard_shutdown", vm));
                viaXl("hard shutdown (xl destroy)", "xl destroy " + DIRECT);
                assertEquals("Halted", RealXen.powerState(c, vm));
            }
            c.callWithSession("VM.destroy", vm);
        }
        writeTable();
    }

    private static double median(List<Double> v) {
        if (v == null || v.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private void writeTable() throws Exception {
        StringBuilder tsv = new StringBuilder("op\tagent_s\txl_s\tratio\tsamples\n");
        List<String> ops = new ArrayList<>(direct.keySet());
        for (String op : agent.keySet()) {
            if (!ops.contains(op)) {
                ops.add(op);
            }
        }
        for (String op : ops) {
            double a = median(agent.get(op));
            double x = median(direct.get(op));
            int n = Math.max(agent.getOrDefault(op, List.of()).size(), direct.getOrDefault(op, List.of()).size());
            tsv.append(String.format(Locale.ROOT, "%s\t%s\t%.2f\t%s\t%d%n", op,
                    Double.isNaN(a) ? "-" : String.format(Locale.ROOT, "%.2f", a), x,
                    Double.isNaN(a) || x <= 0 ? "-" : String.format(Locale.ROOT, "%.2f", a / x), n));
        }
        Files.writeString(xen.out.resolve("overhead.tsv"), tsv);
        System.out.println("Agent overhead (medians; agent = host wall clock of the API call, xl = dom0 time):\n"
                + tsv);
    }
}
