package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * How many {@code xl} processes each VM operation costs, counted in the argument log of {@link FakeXl} (the boundary
 * double replaying real xl 4.17 captures). On a real dom0 each one costs 0.2-0.7 s under emulation (see
 * {@code releng/e2e-xen/README.md}, <i>Measured</i>), so an operation should look at the domain list once before
 * its command (to refuse a bad power state as xl would) and once after it (what is published).
 */
class XlProcessCountTest {

    private static final long MIB = 1L << 20;

    @TempDir
    Path dir;
    AgentFixture f;
    FakeXl xl;
    XenApiClient op;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private void start(String... settings) throws Exception {
        xl = FakeXl.install(dir.resolve("xl"));
        f = AgentFixture.onFakeXl(dir.resolve("agent"), xl, settings);
        op = f.loggedIn(AgentFixture.OPERATOR);
        // the watcher's first look runs on its own thread at start: count from after it. It is its only xl process
        // for an hour (xl.poll-interval): on a host without domains a look is xl list alone, no xl uptime
        Await.until("the watcher's first look at xl list", () -> !xl.invocations("list").isEmpty());
    }

    @Test
    void aClientFollowingNetworksCostsNoXlProcessPerBatch() throws Exception {
        start("networking", "simulated"); // the host's own networking is not what is counted
        XenApiClient admin = f.loggedIn(AgentFixture.ADMIN);
        admin.callWithSession("Xenophilia.VM.create_from_xml", XlBackendTest.WEB.formatted(XlBackendTest.UUID, 256));
        List<String> classes = List.of("network", "pif");
        String token = op.eventFrom(classes, "", java.time.Duration.ZERO).token();
        int before = xl.invocations().size();
        for (int i = 0; i < 20; i++) {
            EventBatch b = op.eventFrom(classes, token, java.time.Duration.ZERO);
            // counted all the same: the view of xenbr0 (web's vif), the simulated host's eth0
            assertEquals(Map.of("network", 1L, "pif", 1L), b.validRefCounts());
            token = b.token();
        }
        assertEquals(List.of(), xl.invocations().subList(before, xl.invocations().size()),
                "the counts come from the domains' kept outlines, not from a look at xl list per batch");
    }

    /** Runs one API call and returns the xl argument lists it caused. */
    private List<List<String>> costOf(String method, Object... params) throws Exception {
        int before = xl.invocations().size();
        try {
            op.callWithSession(method, params);
        } finally {
            costs.put(method + (costs.containsKey(method) ? " (again)" : ""),
                    xl.invocations().subList(before, xl.invocations().size()));
        }
        return xl.invocations().subList(before, xl.invocations().size());
    }

    private final Map<String, List<List<String>>> costs = new LinkedHashMap<>();

    private void report() {
        StringBuilder sb = new StringBuilder("xl processes per operation:\n");
        costs.forEach((m, argv) -> sb.append(String.format("  %-36s %d  %s%n", m, argv.size(), argv)));
        System.out.print(sb);
    }

    @Test
    void eachOperationLooksAtXlOnceBeforeAndOnceAfterItsCommand() throws Exception {
        start();
        XenApiClient admin = f.loggedIn(AgentFixture.ADMIN);
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml",
                XlBackendTest.WEB.formatted(XlBackendTest.UUID, 256));
        String cfg = f.stateDir.resolve("xl").resolve(XlBackendTest.UUID + ".cfg").toString();
        List<String> look = List.of("list", "-v");
        XenApiException refused;
        try {
            costOf("VM.start", vm, false, false);
            costOf("VM.pause", vm);
            costOf("VM.unpause", vm);
            costOf("VM.set_memory_target_live", vm, Long.toString(384 * MIB));
            costOf("VM.set_VCPUs_number_live", vm, "2");
            costOf("VM.clean_shutdown", vm);
            costOf("VM.start", vm, false, false);
            costOf("VM.hard_shutdown", vm);
            refused = org.junit.jupiter.api.Assertions.assertThrows(XenApiException.class,
                    () -> costOf("VM.pause", vm));
        } finally {
            report();
        }
        // start: a look, the create, the look published after it, and xl uptime once for the new domain
        assertEquals(List.of(look, List.of("create", cfg), look, List.of("uptime")), costs.get("VM.start"));
        assertEquals(List.of(look, List.of("pause", "web"), look), costs.get("VM.pause"));
        assertEquals(List.of(look, List.of("unpause", "web"), look), costs.get("VM.unpause"));
        assertEquals(List.of(look, List.of("mem-set", "web", "393216k"), look),
                costs.get("VM.set_memory_target_live"));
        assertEquals(List.of(look, List.of("vcpu-set", "web", "2"), look), costs.get("VM.set_VCPUs_number_live"));
        // xl shutdown -w can return while the domain is still listed (--ps--; the double lists it twice more): the
        // backend looks until it is gone, and the look that finds it gone is the one published
        assertEquals(List.of(look, List.of("shutdown", "-w", "web"), look, look, look),
                costs.get("VM.clean_shutdown"));
        assertEquals(List.of(look, List.of("destroy", "web"), look), costs.get("VM.hard_shutdown"));
        // a refused operation: the one look, no command, nothing published
        assertEquals(ErrorCode.VM_BAD_POWER_STATE.code(), refused.code());
        assertEquals(List.of(vm, "Running", "Halted"), refused.params());
        assertEquals(List.of(look), costs.get("VM.pause (again)"));
        List<String> commands = new ArrayList<>();
        for (List<String> argv : xl.invocations()) {
            commands.add(argv.get(0) + (argv.size() > 1 && argv.get(1).equals("-l") ? " -l" : ""));
        }
        assertTrue(!commands.contains("list -l"), "xl list -l (every domain's configuration) is never needed: "
                + commands);
    }
}
