package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.Agent;
import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The {@code xl} backend through the API, against {@link FakeXl} (the boundary test double replaying real xl 4.17
 * captures). Assertions on the double's argument log check the exact command lines the backend runs.
 */
class XlBackendTest {

    private static final long MIB = 1L << 20;
    static final String UUID = "5f0c6c39-1b8e-4a53-9d7e-0c1f2a3b4c5d";
    static final String WEB = """
            <?xml version="1.0" encoding="UTF-8"?>
            <domain xmlns="http://xenophilia.org/schema/domain/1.0">
              <name>web</name>
              <uuid>%s</uuid>
              <description>shop front</description>
              <tag>prod</tag>
              <type>pv</type>
              <memory>%d</memory>
              <maxmem>512</maxmem>
              <vcpus>1</vcpus>
              <maxvcpus>2</maxvcpus>
              <kernel>/boot/vmlinuz</kernel>
              <disk vdev="xvda" target="/var/lib/xen/web.img" format="raw"/>
              <vif bridge="xenbr0" mac="00:16:3e:12:34:56"/>
            </domain>
            """;

    @TempDir
    Path dir;
    AgentFixture f;
    FakeXl xl;
    XenApiClient op;
    XenApiClient admin;

    void start(String... settings) throws Exception {
        xl = FakeXl.install(dir.resolve("xl"));
        f = AgentFixture.onFakeXl(dir.resolve("agent"), xl, settings);
        op = f.loggedIn(AgentFixture.OPERATOR);
        admin = f.loggedIn(AgentFixture.ADMIN);
    }

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private String defineWeb(int memoryMiB) throws Exception {
        return (String) admin.callWithSession("Xenophilia.VM.create_from_xml", WEB.formatted(UUID, memoryMiB));
    }

    private Map<String, Object> record(String vm) throws Exception {
        return WireValues.asMap(op.callWithSession("VM.get_record", vm));
    }

    private XenApiException fails(String code, String method, Object... params) {
        XenApiException e = assertThrows(XenApiException.class, () -> op.callWithSession(method, params));
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    private Path cfg() {
        return f.stateDir.resolve("xl").resolve(UUID + ".cfg");
    }

    @Test
    void lifecycleRunsTheExpectedXlCommands() throws Exception {
        start();
        String vm = defineWeb(256);
        assertEquals("Halted", record(vm).get("power_state"));

        op.callWithSession("VM.start", vm, false, false);
        assertEquals(List.of(List.of("create", cfg().toString())), xl.invocations("create"));
        String cfg = Files.readString(cfg());
        assertTrue(cfg.contains("name = \"web\"") && cfg.contains("memory = 256"), cfg);
        Map<String, Object> r = record(vm);
        assertEquals("Running", r.get("power_state"));
        assertEquals(1, WireValues.asLong(r.get("domid")));
        assertEquals(f.agent.backend().hostInfo().memoryTotal(), 2047 * MIB); // the captured xl info
        // the start time comes from xl uptime, asked once for the new domain, and stays put
        java.time.Instant started = WireValues.asInstant(op.callWithSession("VM_metrics.get_start_time",
                r.get("metrics")));
        assertTrue(java.time.Duration.between(started, java.time.Instant.now()).abs().toSeconds() < 30,
                started.toString());
        record(vm);
        assertEquals(started, WireValues.asInstant(op.callWithSession("VM_metrics.get_start_time",
                r.get("metrics"))));
        assertEquals(1, xl.invocations("uptime").size(), "xl uptime runs for a new domain, not for every listing");

        op.callWithSession("VM.pause", vm);
        assertEquals(List.of(List.of("pause", "web")), xl.invocations("pause"));
        assertEquals("Paused", record(vm).get("power_state"));
        op.callWithSession("VM.unpause", vm);
        assertEquals(List.of(List.of("unpause", "web")), xl.invocations("unpause"));
        assertEquals("Running", record(vm).get("power_state"));

        op.callWithSession("VM.set_memory_target_live", vm, Long.toString(384 * MIB));
        assertEquals(List.of(List.of("mem-set", "web", "393216k")), xl.invocations("mem-set"));
        assertEquals(384 * MIB, WireValues.asLong(record(vm).get("memory_target")));
        op.callWithSession("VM.set_VCPUs_number_live", vm, "2");
        assertEquals(List.of(List.of("vcpu-set", "web", "2")), xl.invocations("vcpu-set"));

        op.callWithSession("VM.clean_shutdown", vm);
        assertEquals(List.of(List.of("shutdown", "-w", "web")), xl.invocations("shutdown"));
        r = record(vm);
        assertEquals("Halted", r.get("power_state"));
        assertEquals(-1, WireValues.asLong(r.get("domid")));
        assertFalse(xl.xl("list").contains("web"), "the backend waited until xl no longer lists the domain");
    }

    @Test
    void theControlDomainHasTheVcpusXlListsForItNotTheHostsCpus() throws Exception {
        start();
        String host = WireValues.asString(WireValues.asList(op.callWithSession("host.get_all")).get(0));
        Map<String, Object> cpuInfo = WireValues.asMap(WireValues.asMap(op.callWithSession("host.get_record", host))
                .get("cpu_info"));
        assertEquals("2", cpuInfo.get("cpu_count"), "the captured host has 2 CPUs");
        String dom0 = WireValues.asString(WireValues.asMap(op.callWithSession("host.get_record", host))
                .get("control_domain"));
        op.callWithSession("VM.get_all_records"); // a look at xl list -v: dom0 listed with 2 vCPUs, as captured
        assertEquals(2L, WireValues.asLong(record(dom0).get("VCPUs_max")));

        xl.control("dom0-vcpus-1"); // a host booted with dom0_max_vcpus=1, as the real-Xen tier's
        op.callWithSession("VM.get_all_records");
        Map<String, Object> r = record(dom0);
        assertEquals(1L, WireValues.asLong(r.get("VCPUs_max")), "dom0's vCPUs as xl lists them");
        assertEquals(1L, WireValues.asLong(r.get("VCPUs_at_startup")));
        assertEquals("2", WireValues.asMap(WireValues.asMap(op.callWithSession("host.get_record", host))
                .get("cpu_info")).get("cpu_count"), "the host still has 2 CPUs");
    }

    @Test
    void startPausedAndHardShutdown() throws Exception {
        start();
        String vm = defineWeb(256);
        op.callWithSession("VM.start", vm, true, false);
        assertEquals(List.of(List.of("create", "-p", cfg().toString())), xl.invocations("create"));
        assertEquals("Paused", record(vm).get("power_state"));
        op.callWithSession("VM.hard_shutdown", vm);
        assertEquals(List.of(List.of("destroy", "web")), xl.invocations("destroy"));
        assertEquals("Halted", record(vm).get("power_state"));
    }

    @Test
    void notEnoughMemoryFromTheRealCaptureLeavesNoDomainAndTheDefinitionUnchanged() throws Exception {
        start();
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml",
                WEB.formatted(UUID, 8192).replace("<maxmem>512</maxmem>", "<maxmem>8192</maxmem>"));
        String before = (String) op.callWithSession("Xenophilia.VM.get_xml", vm);
        XenApiException e = fails(ErrorCode.HOST_NOT_ENOUGH_FREE_MEMORY.code(), "VM.start", vm, false, false);
        // needed: the domain's memory; available: free_memory of the captured xl info (1000 MiB)
        assertEquals(List.of(Long.toString(8192 * MIB), Long.toString(1000 * MIB)), e.params());
        assertEquals("Halted", record(vm).get("power_state"));
        assertEquals(before, op.callWithSession("Xenophilia.VM.get_xml", vm));
        assertFalse(xl.xl("list").contains("web"));
    }

    @Test
    void aHalfBuiltDomainLeftByAFailedCreateIsDestroyed() throws Exception {
        start();
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml",
                WEB.formatted(UUID, 8192).replace("<maxmem>512</maxmem>", "<maxmem>8192</maxmem>"));
        xl.control("half-built");
        fails(ErrorCode.HOST_NOT_ENOUGH_FREE_MEMORY.code(), "VM.start", vm, false, false);
        assertEquals(List.of(List.of("destroy", "1")), xl.invocations("destroy"));
        assertFalse(xl.xl("list").contains("web"));
        assertEquals("Halted", record(vm).get("power_state"));
    }

    @Test
    void unknownVmAndADomainGoneBehindTheAgentsBack() throws Exception {
        start();
        XenApiException e = fails(ErrorCode.HANDLE_INVALID.code(), "VM.pause", "OpaqueRef:no-such-vm");
        assertEquals(List.of("VM", "OpaqueRef:no-such-vm"), e.params());
        assertEquals(List.of(), xl.invocations("pause"));

        String vm = defineWeb(256);
        op.callWithSession("VM.start", vm, false, false);
        xl.control("gone-web"); // xl list still shows it, xl pause says "web is an invalid domain identifier"
        e = fails(ErrorCode.VM_BAD_POWER_STATE.code(), "VM.pause", vm);
        assertEquals(List.of(vm, "Running", "Halted"), e.params());
        assertEquals(List.of(List.of("pause", "web")), xl.invocations("pause"));
    }

    @Test
    void unpauseOfARunningDomainExitsZeroButIsABadPowerState() throws Exception {
        start();
        String vm = defineWeb(256);
        op.callWithSession("VM.start", vm, false, false);
        xl.control("shown-paused-web"); // it was unpaused between the Agent's look and its command
        XenApiException e = fails(ErrorCode.VM_BAD_POWER_STATE.code(), "VM.unpause", vm);
        assertEquals(List.of(vm, "Paused", "Running"), e.params());
        assertEquals(List.of(List.of("unpause", "web")), xl.invocations("unpause"));
    }

    @Test
    void otherDomainsAreStillReportedWhileXlIsBuildingOne() throws Exception {
        start();
        String web = defineWeb(256);
        op.callWithSession("VM.start", web, false, false);
        String db = (String) admin.callWithSession("Xenophilia.VM.import_xl_cfg",
                "name = \"db\"\nmemory = 64\nkernel = \"/boot/vmlinuz\"\n");
        op.callWithSession("VM.start", db, false, false);
        // what a real xl 4.17 answers while another xl is still building "db": exit 0, db left out, an error line
        xl.control("building-db");
        assertEquals("Running", record(web).get("power_state"));
        assertEquals(3, WireValues.asMap(op.callWithSession("VM.get_all_records")).size());
        op.callWithSession("VM.pause", web);
        assertEquals("Paused", record(web).get("power_state"));
    }

    @Test
    void memSetAboveMaxmemIsAnInvalidValue() throws Exception {
        start();
        String vm = defineWeb(256);
        op.callWithSession("VM.start", vm, false, false);
        fails(ErrorCode.INVALID_VALUE.code(), "VM.set_memory_target_live", vm, Long.toString(1024 * MIB));
        assertEquals(List.of(), xl.invocations("mem-set"), "refused before running xl: above maxmem");
    }

    @Test
    void memoryAndVcpuSettersLiveAndHalted() throws Exception {
        start();
        String vm = defineWeb(256);
        // halted: the definition changes, no xl command runs
        op.callWithSession("VM.set_memory_dynamic_range", vm, Long.toString(128 * MIB), Long.toString(384 * MIB));
        assertEquals(384 * MIB, WireValues.asLong(record(vm).get("memory_dynamic_max")));
        op.callWithSession("VM.set_VCPUs_at_startup", vm, "2");
        assertEquals(2, WireValues.asLong(record(vm).get("VCPUs_at_startup")));
        assertEquals(List.of(), xl.invocations("mem-set"));

        op.callWithSession("VM.start", vm, false, false);
        assertTrue(Files.readString(cfg()).contains("memory = 384"), "started with the new figures");
        // running: the dynamic range becomes the balloon target through xl mem-set
        op.callWithSession("VM.set_memory_dynamic_range", vm, Long.toString(256 * MIB), Long.toString(256 * MIB));
        assertEquals(List.of(List.of("mem-set", "web", "262144k")), xl.invocations("mem-set"));
        fails(ErrorCode.VM_BAD_POWER_STATE.code(), "VM.set_memory", vm, Long.toString(256 * MIB));
        fails(ErrorCode.VM_BAD_POWER_STATE.code(), "VM.set_VCPUs_at_startup", vm, "1");
        fails(ErrorCode.MEMORY_CONSTRAINT_VIOLATION.code(), "VM.set_memory_dynamic_range", vm,
                Long.toString(256 * MIB), Long.toString(1024 * MIB));
        assertEquals(1, xl.invocations("mem-set").size(), "refused before running xl");
    }

    @Test
    void anAsyncOperationOnTheXlBackendIsATask() throws Exception {
        start();
        String vm = defineWeb(256);
        String task = (String) op.callWithSession("Async.VM.start", vm, false, false);
        Map<String, Object> t = Await.until("the start to finish",
                () -> WireValues.asMap(op.callWithSession("task.get_record", task)),
                r -> !"pending".equals(r.get("status")));
        assertEquals("success", t.get("status"), String.valueOf(t.get("error_info")));
        assertEquals(List.of(List.of("create", cfg().toString())), xl.invocations("create"));
        assertEquals("Running", record(vm).get("power_state"));
    }

    @Test
    void aCommandThatHangsIsKilledWithAClearError() throws Exception {
        start("xl.command-timeout", "2");
        String vm = defineWeb(256);
        op.callWithSession("VM.start", vm, false, false);
        xl.control("hang-pause");
        XenApiException e = fails(ErrorCode.INTERNAL_ERROR.code(), "VM.pause", vm);
        assertEquals(List.of("xl pause web did not finish within 2 s and was killed"), e.params());
    }

    @Test
    void aNameFullOfShellMetacharactersNeverReachesAProcess() throws Exception {
        start();
        String evil = "web;touch${IFS}/tmp/pwned`id`$(reboot)|&";
        XenApiException e = assertThrows(XenApiException.class, () -> admin.callWithSession(
                "Xenophilia.VM.create_from_xml", WEB.formatted(UUID, 256).replace("<name>web</name>", "<name>"
                        + evil.replace("&", "&amp;") + "</name>")));
        assertEquals("XENOPHILIA_INVALID_DEFINITION", e.code());
        assertEquals("3", e.params().get(0), e.getMessage());
        assertTrue(e.params().get(1).contains("name"), e.params().get(1));

        e = assertThrows(XenApiException.class, () -> admin.callWithSession("Xenophilia.VM.import_xl_cfg",
                "name = \"" + evil + "\"\nmemory = 256\nkernel = \"/boot/vmlinuz\"\n"));
        assertEquals("XENOPHILIA_INVALID_DEFINITION", e.code());
        assertEquals("1", e.params().get(0), e.getMessage());

        // and the backend itself refuses it, whoever calls it
        BackendException b = assertThrows(BackendException.class, () -> f.agent.backend().define(
                new DomainSpec(UUID, evil, "", 256 * MIB, 256 * MIB, 1, 1).toDomain()));
        assertEquals(BackendException.Kind.INVALID_VALUE, b.kind());

        for (List<String> argv : xl.invocations()) {
            for (String a : argv) {
                assertFalse(a.contains("pwned") || a.contains(";") || a.contains("$"), "xl was run with " + argv);
            }
        }
        assertEquals(List.of(), f.agent.backend().domains());
    }

    @Test
    void changesBehindTheAgentsBackBecomeEvents() throws Exception {
        start("xl.poll-interval", "200");
        String vm = defineWeb(256);
        op.callWithSession("VM.start", vm, false, false);
        String token = (String) WireValues.asMap(op.callWithSession("event.from", List.of("vm"), "", 0.0))
                .get("token");
        xl.xl("destroy", "web"); // an administrator at the host's console
        for (int i = 0; i < 20; i++) {
            Map<String, Object> batch = WireValues.asMap(op.callWithSession("event.from", List.of("vm"), token,
                    10.0));
            token = (String) batch.get("token");
            for (Object o : WireValues.asList(batch.get("events"))) {
                Map<String, Object> ev = WireValues.asMap(o);
                Map<String, Object> snap = WireValues.asMap(ev.get("snapshot"));
                if (vm.equals(ev.get("ref")) && "Halted".equals(snap.get("power_state"))) {
                    return;
                }
            }
        }
        throw new AssertionError("no event reported the VM halted");
    }

    @Test
    void definitionsSurviveARestartOfTheAgent() throws Exception {
        start();
        String vm = defineWeb(256);
        String xml = (String) op.callWithSession("Xenophilia.VM.get_xml", vm);
        f.agent.close();
        f.agent = Agent.start(f.config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        op = f.loggedIn(AgentFixture.OPERATOR);
        String again = (String) op.callWithSession("VM.get_by_uuid", UUID);
        assertEquals(xml, op.callWithSession("Xenophilia.VM.get_xml", again));
    }


    @Test
    void cleanAndHardReboot() throws Exception {
        start();
        String vm = defineWeb(256);
        op.callWithSession("VM.start", vm, false, false);
        op.callWithSession("VM.clean_reboot", vm);
        assertEquals(List.of(List.of("reboot", "web")), xl.invocations("reboot"));
        Map<String, Object> r = record(vm);
        assertEquals("Running", r.get("power_state"));
        assertEquals(2, WireValues.asLong(r.get("domid")), "xl rebuilds a rebooted domain under a new domid");
        op.callWithSession("VM.hard_reboot", vm);
        assertEquals(List.of(List.of("destroy", "web")), xl.invocations("destroy"));
        assertEquals(List.of(List.of("create", cfg().toString()), List.of("create", cfg().toString())),
                xl.invocations("create"));
        assertEquals("Running", record(vm).get("power_state"));
    }

    @Test
    void aVifNamingANetworkIsGivenItsBridgeAndOneNamingNoneStartsNothing() throws Exception {
        start("networking", "simulated");
        admin.callWithSession("Xenophilia.network.create_from_xml", LinuxNetworksTest.LAB);
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", WEB.formatted(UUID, 256)
                .replace("<vif bridge=\"xenbr0\"", "<vif network=\"lab\""));
        op.callWithSession("VM.start", vm, false, false);
        String cfg = Files.readString(cfg());
        assertTrue(cfg.contains("vif = [ \"mac=00:16:3e:12:34:56,bridge=xnlab\" ]"), cfg);
        assertTrue(((String) op.callWithSession("Xenophilia.VM.get_xml", vm)).contains("network=\"lab\""),
                "the definition keeps the network's name");

        String lost = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", WEB.formatted(
                "0d6f1c2e-7a3b-4c5d-8e9f-a0b1c2d3e4f5", 256).replace("<name>web</name>", "<name>lost</name>")
                .replace("<vif bridge=\"xenbr0\"", "<vif network=\"nowhere\""));
        XenApiException missing = fails("VM_REQUIRES_NETWORK", "VM.start", lost, false, false);
        assertEquals("nowhere", missing.params().get(1));
        assertEquals(1, xl.invocations("create").size(), "xl create ran for web only");
        assertEquals("Halted", record(lost).get("power_state"));
    }

    @Test
    void withoutAnXlExecutableTheXlBackendRefusesToStart() throws Exception {
        AgentProcess p = AgentProcess.run(null, "serve", "--backend", "xl", "--xl-path",
                dir.resolve("no-such-xl").toString(), "--listen", "127.0.0.1:0", "--config",
                dir.resolve("etc/agent.conf").toString(), "--state-dir", dir.resolve("state").toString());
        assertEquals(1, p.exitValue(), p.output());
        assertTrue(p.output().contains(dir.resolve("no-such-xl") + " is not an executable file"), p.output());
    }
}
