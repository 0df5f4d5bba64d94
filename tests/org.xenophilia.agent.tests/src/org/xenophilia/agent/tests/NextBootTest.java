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
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.Agent;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Changes to a running domain's definition wait for its next boot, as {@code xl config-update} makes them wait, on
 * the simulated backend over TLS: {@code Xenophilia.VM.set_xml} is accepted, the VM records keep showing what the
 * domain runs with, {@code Xenophilia.VM.get_pending_changes} names what waits; a reboot (clean or hard) or a halt
 * makes it the definition; a restart of the Agent keeps it.
 */
class NextBootTest {

    private static final long MIB = 1L << 20;
    private static final String UUID = XlBackendTest.UUID;
    static final String DISK = "<disk vdev=\"xvda\" target=\"/var/lib/xen/web.img\" format=\"raw\"/>";
    static final String SECOND_DISK = DISK
            + "\n  <disk vdev=\"xvdb\" target=\"/var/lib/xen/data.img\" format=\"raw\"/>";

    @TempDir
    Path dir;
    AgentFixture f;
    XenApiClient admin;
    XenApiClient op;

    @BeforeEach
    void start() throws Exception {
        f = new AgentFixture(dir);
        admin = f.loggedIn(AgentFixture.ADMIN);
        op = f.loggedIn(AgentFixture.OPERATOR);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    /** web with 256 MiB, its maxmem raised to 1024 MiB and a second disk. */
    static String biggerWeb() {
        return XlBackendTest.WEB.formatted(UUID, 256).replace("<maxmem>512</maxmem>", "<maxmem>1024</maxmem>")
                .replace(DISK, SECOND_DISK).replace("shop front", "the shop");
    }

    private Map<String, Object> record(String vm) throws Exception {
        return WireValues.asMap(op.callWithSession("VM.get_record", vm));
    }

    private List<Object> pending(String vm) throws Exception {
        return WireValues.asList(op.callWithSession("Xenophilia.VM.get_pending_changes", vm));
    }

    private void restartAgent() throws Exception {
        f.agent.close();
        f.agent = Agent.start(f.config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        admin = f.loggedIn(AgentFixture.ADMIN);
        op = f.loggedIn(AgentFixture.OPERATOR);
    }

    private List<Path> nextBootFiles() throws Exception {
        try (Stream<Path> s = Files.list(f.stateDir.resolve("next-boot"))) {
            return s.toList();
        }
    }

    @Test
    void aRunningDomainRunsWithItsDefinitionUntilItReboots() throws Exception {
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml",
                XlBackendTest.WEB.formatted(UUID, 256));
        op.callWithSession("VM.start", vm, false, false);
        String token = (String) WireValues.asMap(op.callWithSession("event.from", List.of("vm"), "", 0.0))
                .get("token");

        admin.callWithSession("Xenophilia.VM.set_xml", vm, biggerWeb());

        Map<String, Object> r = record(vm);
        assertEquals(512 * MIB, WireValues.asLong(r.get("memory_static_max")), "the running domain's maxmem");
        assertEquals(1, WireValues.asList(r.get("VBDs")).size(), "the running domain's disks");
        assertEquals("the shop", r.get("name_description"), "the Agent's own fields change at once");
        assertEquals(List.of("maxmem", "disks"), pending(vm));
        assertEquals("maxmem,disks", WireValues.asMap(r.get("other_config")).get("xenophilia:pending-changes"));
        assertEquals(true, r.get("requires_reboot"));
        String xml = (String) op.callWithSession("Xenophilia.VM.get_xml", vm);
        assertTrue(xml.contains("<maxmem>1024</maxmem>") && xml.contains("xvdb"), "what the editor edits: " + xml);
        // the change is an event of the VM, with the pending fields in its snapshot
        Map<String, Object> event = WireValues.asMap(WireValues.asList(WireValues.asMap(op.callWithSession(
                "event.from", List.of("vm"), token, 5.0)).get("events")).get(0));
        assertEquals("mod", event.get("operation"));
        assertEquals(vm, event.get("ref"));
        assertEquals("maxmem,disks", WireValues.asMap(WireValues.asMap(event.get("snapshot")).get("other_config"))
                .get("xenophilia:pending-changes"));

        // kept across a restart of the Agent, still pending
        restartAgent();
        vm = (String) op.callWithSession("VM.get_by_uuid", UUID);
        assertEquals(List.of("maxmem", "disks"), pending(vm));
        assertEquals(512 * MIB, WireValues.asLong(record(vm).get("memory_static_max")));
        assertEquals(xml, op.callWithSession("Xenophilia.VM.get_xml", vm));

        // a clean reboot boots it with the new definition
        op.callWithSession("VM.clean_reboot", vm);
        r = record(vm);
        assertEquals("Running", r.get("power_state"));
        assertEquals(1024 * MIB, WireValues.asLong(r.get("memory_static_max")));
        assertEquals(2, WireValues.asList(r.get("VBDs")).size());
        assertEquals(List.of(), pending(vm));
        assertEquals(false, r.get("requires_reboot"));
        assertFalse(WireValues.asMap(r.get("other_config")).containsKey("xenophilia:pending-changes"));
        assertEquals(List.of(), nextBootFiles());

        // and a hard reboot too
        admin.callWithSession("Xenophilia.VM.set_xml", vm, biggerWeb().replace("<memory>256</memory>",
                "<memory>384</memory>"));
        assertEquals(List.of("memory"), pending(vm));
        assertEquals(256 * MIB, WireValues.asLong(record(vm).get("memory_dynamic_max")));
        op.callWithSession("VM.hard_reboot", vm);
        assertEquals(384 * MIB, WireValues.asLong(record(vm).get("memory_dynamic_max")));
        assertEquals(384 * MIB, WireValues.asLong(record(vm).get("memory_target")));
        assertEquals(List.of(), pending(vm));
    }

    @Test
    void aHaltedDomainTakesWhatWaitedForItsNextBoot() throws Exception {
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml",
                XlBackendTest.WEB.formatted(UUID, 256));
        op.callWithSession("VM.start", vm, false, false);
        admin.callWithSession("Xenophilia.VM.set_xml", vm, biggerWeb());
        assertEquals(1, nextBootFiles().size());

        op.callWithSession("VM.clean_shutdown", vm);
        Map<String, Object> r = record(vm);
        assertEquals("Halted", r.get("power_state"));
        assertEquals(1024 * MIB, WireValues.asLong(r.get("memory_static_max")),
                "halted: the definition is the new one");
        assertEquals(List.of(), pending(vm));
        assertEquals(List.of(), nextBootFiles());

        op.callWithSession("VM.start", vm, false, false);
        r = record(vm);
        assertEquals(1024 * MIB, WireValues.asLong(r.get("memory_static_max")));
        assertEquals(2, WireValues.asList(r.get("VBDs")).size());

        // a change and its undoing: nothing waits any more
        admin.callWithSession("Xenophilia.VM.set_xml", vm, biggerWeb().replace("<vcpus>1</vcpus>",
                "<vcpus>2</vcpus>"));
        assertEquals(List.of("vcpus"), pending(vm));
        admin.callWithSession("Xenophilia.VM.set_xml", vm, biggerWeb());
        assertEquals(List.of(), pending(vm));
        assertEquals(List.of(), nextBootFiles());
    }

    @Test
    void theNextBootDefinitionSurvivesKill9() throws Exception {
        // a real Agent process, killed while a client changes a running domain's next boot as fast as it can
        Path home = dir.resolve("killed");
        String[] serve = {"serve", "--config", home.resolve("etc/agent.conf").toString(), "--state-dir",
                home.resolve("state").toString(), "--listen", "127.0.0.1:0"};
        assertEquals(0, AgentProcess.run("admin-password\n", "user", "add", "adm", "--role", "admin", "--iterations",
                "20000", "--config", home.resolve("etc/agent.conf").toString()).exitValue());
        java.util.concurrent.atomic.AtomicInteger acknowledged = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch enough = new java.util.concurrent.CountDownLatch(20);
        try (AgentProcess agent = AgentProcess.start(null, serve)) {
            XenApiClient c = CrashSafetyTest.connect(agent);
            String vm = (String) c.callWithSession("Xenophilia.VM.create_from_xml",
                    XlBackendTest.WEB.formatted(UUID, 256));
            c.callWithSession("VM.start", vm, false, false);
            Thread client = new Thread(() -> {
                try {
                    for (int maxmem = 600; maxmem < 100_000; maxmem++) {
                        c.callWithSession("Xenophilia.VM.set_xml", vm, XlBackendTest.WEB.formatted(UUID, 256)
                                .replace("<maxmem>512</maxmem>", "<maxmem>" + maxmem + "</maxmem>"));
                        acknowledged.set(maxmem);
                        enough.countDown();
                    }
                } catch (Exception e) {
                    // the Agent was killed under us
                }
            }, "next-boot-client");
            client.start();
            assertTrue(enough.await(120, java.util.concurrent.TimeUnit.SECONDS), "the client got nothing done");
            agent.process.destroyForcibly().waitFor();
            client.join(60_000);
        }
        try (AgentProcess agent = AgentProcess.start(null, serve); XenApiClient c = CrashSafetyTest.connect(agent)) {
            String vm = (String) c.callWithSession("VM.get_by_uuid", UUID);
            assertEquals("Running", c.callWithSession("VM.get_power_state", vm));
            assertEquals(512 * MIB, WireValues.asLong(WireValues.asMap(c.callWithSession("VM.get_record", vm))
                    .get("memory_static_max")), "the running domain's maxmem");
            assertEquals(List.of("maxmem"), WireValues.asList(c.callWithSession(
                    "Xenophilia.VM.get_pending_changes", vm)));
            String xml = (String) c.callWithSession("Xenophilia.VM.get_xml", vm);
            int last = acknowledged.get();
            assertTrue(xml.contains("<maxmem>" + last + "</maxmem>") || xml.contains("<maxmem>" + (last + 1)
                    + "</maxmem>"), "the last acknowledged maxmem (" + last + ") or the one in flight: " + xml);
        }
        try (Stream<Path> files = Files.list(home.resolve("state/next-boot"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).startsWith(UUID + "@"), names.toString());
        }
    }

    @Test
    void aRunningDomainIsNotRenamedAndABadDefinitionIsRefusedLosingNothing() throws Exception {
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml",
                XlBackendTest.WEB.formatted(UUID, 256));
        op.callWithSession("VM.start", vm, false, false);
        admin.callWithSession("Xenophilia.VM.set_xml", vm, biggerWeb());

        XenApiException e = assertThrows(XenApiException.class, () -> admin.callWithSession(
                "Xenophilia.VM.set_xml", vm, biggerWeb().replace("<name>web</name>", "<name>shop</name>")));
        assertEquals("XENOPHILIA_CHANGE_NEEDS_HALTED", e.code());
        assertEquals(List.of(vm, "name"), e.params());
        // still validated: maxmem below memory
        e = assertThrows(XenApiException.class, () -> admin.callWithSession("Xenophilia.VM.set_xml", vm,
                biggerWeb().replace("<maxmem>1024</maxmem>", "<maxmem>128</maxmem>")));
        assertEquals("XENOPHILIA_INVALID_DEFINITION", e.code());
        assertEquals(List.of("maxmem", "disks"), pending(vm), "what waited before still waits");
        assertEquals("web", record(vm).get("name_label"));
    }
}
