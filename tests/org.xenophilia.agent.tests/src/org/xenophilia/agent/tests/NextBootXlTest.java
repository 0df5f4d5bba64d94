package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Changes to a running domain's definition on the {@code xl} backend, against {@code fake-xl} (the boundary test
 * double replaying xl 4.17; see {@link FakeXl}): the next-boot definition is handed to xl with
 * {@code xl config-update <domid> <generated cfg file>} (no user text on the command line), and whatever reboots the
 * domain — the Agent's clean reboot ({@code xl reboot}, libxl then builds it from that configuration), a reboot the
 * guest or an administrator asks for behind the Agent's back, or the Agent's hard reboot (destroy, create) — it then
 * runs with the new definition.
 */
class NextBootXlTest {

    private static final long MIB = 1L << 20;
    private static final String UUID = XlBackendTest.UUID;

    @TempDir
    Path dir;
    AgentFixture f;
    FakeXl xl;
    XenApiClient op;
    XenApiClient admin;

    void start() throws Exception {
        xl = FakeXl.install(dir.resolve("xl"));
        f = AgentFixture.onFakeXl(dir.resolve("agent"), xl);
        login();
    }

    private void login() throws Exception {
        op = f.loggedIn(AgentFixture.OPERATOR);
        admin = f.loggedIn(AgentFixture.ADMIN);
    }

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private Map<String, Object> record(String vm) throws Exception {
        return WireValues.asMap(op.callWithSession("VM.get_record", vm));
    }

    private List<Object> pending(String vm) throws Exception {
        return WireValues.asList(op.callWithSession("Xenophilia.VM.get_pending_changes", vm));
    }

    private Path nextCfg() {
        return f.stateDir.resolve("xl").resolve(UUID + ".next.cfg");
    }

    private String runningWeb() throws Exception {
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml",
                XlBackendTest.WEB.formatted(UUID, 256));
        op.callWithSession("VM.start", vm, false, false);
        assertEquals(1, WireValues.asLong(record(vm).get("domid")));
        return vm;
    }

    @Test
    void theNextBootDefinitionGoesToXlConfigUpdateAndACleanRebootUsesIt() throws Exception {
        start();
        String vm = runningWeb();
        // user text that a shell would act on: it only ever reaches the generated file, never an argument list
        String hostile = "$(touch /tmp/pwned); `reboot` & rm -rf / \"quoted\" 'single'";
        admin.callWithSession("Xenophilia.VM.set_xml", vm, NextBootTest.biggerWeb().replace("the shop",
                hostile.replace("&", "&amp;")));

        assertEquals(List.of(List.of("config-update", "1", nextCfg().toString())), xl.invocations("config-update"));
        for (List<String> argv : xl.invocations()) {
            assertFalse(String.join(" ", argv).contains("pwned"), "user text on a command line: " + argv);
        }
        String cfg = Files.readString(nextCfg());
        assertTrue(cfg.contains("maxmem = 1024") && cfg.contains("xvdb") && cfg.contains("uuid = \"" + UUID + "\""),
                cfg);
        Map<String, Object> r = record(vm);
        assertEquals(512 * MIB, WireValues.asLong(r.get("memory_static_max")), "the running domain's maxmem");
        assertEquals(1, WireValues.asList(r.get("VBDs")).size());
        assertEquals(hostile, r.get("name_description"));
        assertEquals(List.of("maxmem", "disks"), pending(vm));

        // the pending definition survives a restart of the Agent
        f.agent.close();
        f.agent = Agent.start(f.config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        login();
        vm = (String) op.callWithSession("VM.get_by_uuid", UUID);
        assertEquals(List.of("maxmem", "disks"), pending(vm));

        op.callWithSession("VM.clean_reboot", vm);
        assertEquals(List.of(List.of("reboot", "web")), xl.invocations("reboot"));
        r = record(vm);
        assertEquals(2, WireValues.asLong(r.get("domid")));
        assertEquals(1024 * MIB, WireValues.asLong(r.get("memory_static_max")));
        assertEquals(2, WireValues.asList(r.get("VBDs")).size());
        assertEquals(List.of(), pending(vm));
        assertTrue(xl.xl("list", "-l").contains("\"max_memkb\": " + 1024 * 1024),
                "libxl rebuilt the domain from the updated configuration");
        assertTrue(((String) op.callWithSession("Xenophilia.VM.get_xml", vm)).contains("<maxmem>1024</maxmem>"));
        assertEquals(1, xl.invocations("create").size(), "no create: xl rebuilt the domain itself");
    }

    @Test
    void aRebootTheGuestAsksForAndAHardRebootAlsoTakeTheNextBootDefinition() throws Exception {
        start();
        String vm = runningWeb();
        admin.callWithSession("Xenophilia.VM.set_xml", vm, NextBootTest.biggerWeb());
        xl.xl("reboot", "web"); // behind the Agent's back, as a guest's own reboot: libxl restarts it
        Map<String, Object> r = record(vm);
        assertEquals(2, WireValues.asLong(r.get("domid")));
        assertEquals(1024 * MIB, WireValues.asLong(r.get("memory_static_max")));
        assertEquals(List.of(), pending(vm));

        admin.callWithSession("Xenophilia.VM.set_xml", vm, NextBootTest.biggerWeb().replace("<vcpus>1</vcpus>",
                "<vcpus>2</vcpus>"));
        assertEquals(List.of("config-update", "2", nextCfg().toString()), xl.invocations("config-update").get(1));
        assertEquals(List.of("vcpus"), pending(vm));
        assertEquals(1, WireValues.asLong(record(vm).get("VCPUs_at_startup")));
        op.callWithSession("VM.hard_reboot", vm);
        Path cfg = f.stateDir.resolve("xl").resolve(UUID + ".cfg");
        assertEquals(List.of(List.of("create", cfg.toString()), List.of("create", cfg.toString())),
                xl.invocations("create"));
        assertTrue(Files.readString(cfg).contains("vcpus = 2"), Files.readString(cfg));
        r = record(vm);
        assertEquals(2, WireValues.asLong(r.get("VCPUs_at_startup")));
        assertEquals(List.of(), pending(vm));

        // halted: the next-boot definition is simply the definition
        admin.callWithSession("Xenophilia.VM.set_xml", vm, NextBootTest.biggerWeb());
        assertEquals(List.of("vcpus"), pending(vm));
        op.callWithSession("VM.hard_shutdown", vm);
        assertEquals(1, WireValues.asLong(record(vm).get("VCPUs_at_startup")));
        assertEquals(List.of(), pending(vm));
        op.callWithSession("VM.start", vm, false, false);
        assertTrue(Files.readString(cfg).contains("vcpus = 1"), Files.readString(cfg));
    }
}
