package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;
import org.xenophilia.xl.codec.XlDomainCodec;

/**
 * The Agent's state directory on a full disk: a real tmpfs of 512 KiB (mounted for the test: it needs root, as CI
 * has), filled to the last byte while the Agent serves. Every operation that changes the host either succeeds
 * without writing (the xl backend's pause, say) or answers {@code XENOPHILIA_DISK_FULL [directory, message]}, never
 * {@code INTERNAL_ERROR}, with the host as it was; the Agent goes on answering; and once space is freed, an Agent
 * restarted on that directory finds every definition whole and the host as last seen.
 */
class DiskFullTest {

    private static final String DB_UUID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    @TempDir
    Path dir;
    private Path state;
    private CrashRig rig;

    @AfterEach
    void unmount() throws Exception {
        if (rig != null) {
            rig.close();
        }
        if (state != null) {
            run("umount", state.toString());
        }
    }

    /** Runs a command that must succeed, such as {@code mount}: a machine where it fails cannot run this test. */
    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + " failed"
                + " (this test mounts a tmpfs, so it runs as root, as CI does): " + out);
    }

    /** How the host's domains look: each one's {@link HostChange#summary} and domid, by uuid. */
    private static Map<String, String> host(XenApiClient c) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String uuid : List.of(XlBackendTest.UUID, DB_UUID)) {
            String summary = HostChange.summary(c, uuid, -1);
            out.put(uuid, summary.equals("absent") ? summary : summary + " domid "
                    + c.callWithSession("VM.get_domid", vm(c, uuid)));
        }
        return out;
    }

    private static String db() {
        return HostChange.web().replace(XlBackendTest.UUID, DB_UUID).replace("<name>web</name>", "<name>db</name>")
                .replace("00:16:3e:12:34:56", "00:16:3e:12:34:57");
    }

    /** An operation that changes the host, named for the failure message. */
    private record Change(String name, Call call) {
    }

    @FunctionalInterface
    private interface Call {
        void on(XenApiClient admin) throws Exception;
    }

    private static List<Change> changes() {
        String cache = HostChange.web().replace(XlBackendTest.UUID, "0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a")
                .replace("<name>web</name>", "<name>cache</name>").replace("00:16:3e:12:34:56", "00:16:3e:12:34:58");
        List<Change> out = new ArrayList<>();
        out.add(new Change("create_from_xml", c -> c.callWithSession("Xenophilia.VM.create_from_xml", cache)));
        out.add(new Change("import_xl_cfg", c -> c.callWithSession("Xenophilia.VM.import_xl_cfg",
                XlDomainCodec.encode(DomainDefinitions.load(cache)))));
        out.add(new Change("set_xml of a halted VM", c -> c.callWithSession("Xenophilia.VM.set_xml", vm(c, DB_UUID),
                db().replace("shop front", "orders"))));
        out.add(new Change("VM.set_memory", c -> c.callWithSession("VM.set_memory", vm(c, DB_UUID),
                Long.toString(384L << 20))));
        out.add(new Change("set_xml of a running VM", c -> c.callWithSession("Xenophilia.VM.set_xml",
                HostChange.vm(c), NextBootTest.biggerWeb().replace("the shop", "the new shop"))));
        out.add(new Change("VM.start", c -> c.callWithSession("VM.start", vm(c, DB_UUID), false, false)));
        out.add(new Change("VM.pause", c -> c.callWithSession("VM.pause", HostChange.vm(c))));
        out.add(new Change("VM.unpause", c -> {
            if ("Paused".equals(c.callWithSession("VM.get_power_state", HostChange.vm(c)))) { // the pause was done
                c.callWithSession("VM.unpause", HostChange.vm(c));
            }
        }));
        out.add(new Change("VM.set_memory_target_live", c -> c.callWithSession("VM.set_memory_target_live",
                HostChange.vm(c), Long.toString(200L << 20))));
        out.add(new Change("VM.hard_reboot", c -> c.callWithSession("VM.hard_reboot", HostChange.vm(c))));
        out.add(new Change("VM.clean_reboot", c -> c.callWithSession("VM.clean_reboot", HostChange.vm(c))));
        out.add(new Change("VM.clean_shutdown", c -> c.callWithSession("VM.clean_shutdown", HostChange.vm(c))));
        out.add(new Change("VM.destroy", c -> c.callWithSession("VM.destroy", vm(c, DB_UUID))));
        return out;
    }

    private static String vm(XenApiClient c, String uuid) throws Exception {
        return (String) c.callWithSession("VM.get_by_uuid", uuid);
    }

    /** Fills the file system holding {@code dir} to its last byte. */
    private static void fill(Path dir) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(dir.resolve("filler"))) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            // full
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("last-bytes"))) {
            for (int i = 0; i < block.length; i++) {
                out.write(0);
                out.flush();
            }
        } catch (IOException e) {
            // full to the byte
        }
    }

    @ParameterizedTest(name = "xl backend: {0}")
    @ValueSource(booleans = {false, true})
    void aFullStateDiskRefusesChangesClearlyAndLosesNothing(boolean onXl) throws Exception {
        state = Files.createDirectories(dir.resolve("agent/state"));
        run("mount", "-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs", state.toString());
        rig = new CrashRig(dir, onXl);
        XenApiClient admin = rig.admin();
        HostChange.Setup.DEFINE.run(admin);
        HostChange.Setup.START.run(admin);
        HostChange.Setup.REDEFINE.run(admin);
        admin.callWithSession("Xenophilia.VM.create_from_xml", db());

        fill(state);
        try {
            admin.callWithSession("Xenophilia.VM.create_from_xml", HostChange.web().replace(XlBackendTest.UUID,
                    "1e2d3c4b-5a69-4788-9a6b-5c4d3e2f1a0b").replace("<name>web</name>", "<name>new</name>"));
            fail("a new definition was stored on a full disk");
        } catch (XenApiException e) {
            assertEquals("XENOPHILIA_DISK_FULL", e.code(), e.toString());
        }
        Map<String, String> host = host(admin);
        for (Change change : changes()) {
            try {
                change.call().on(admin);
                host = host(admin); // done without writing
            } catch (XenApiException e) {
                assertEquals("XENOPHILIA_DISK_FULL", e.code(), change.name() + ": " + e);
                assertTrue(e.params().get(0).startsWith(state.toString()), change.name() + " names the state"
                        + " directory: " + e.params());
                assertEquals(host, host(admin), change.name() + " refused: the host is as it was");
            }
        }
        assertTrue(WireValues.asMap(admin.callWithSession("VM.get_all_records")).size() >= 2, "the Agent answers");

        Files.delete(state.resolve("filler"));
        // space again: changes work again, without a restart
        admin.callWithSession("Xenophilia.VM.set_xml", vm(admin, XlBackendTest.UUID), NextBootTest.biggerWeb()
                .replace("the shop", "shop, space again"));
        host = host(admin);
        rig.stopAgent();
        admin = rig.restart();
        HostConsistency.check(state, admin, rig.fakeXl());
        assertEquals(host, host(admin), "the host as last seen, every definition whole");
    }
}
