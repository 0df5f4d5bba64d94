package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * {@code kill -9} of a real Agent process while a client defines and starts domains as fast as it can: after a
 * restart every definition the Agent acknowledged is back with its state, the one in flight is either complete or
 * absent, and no definition file is half-written.
 */
class CrashSafetyTest {

    private static final String DOMAIN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <domain xmlns="http://xenophilia.org/schema/domain/1.0">
              <name>crash-%d</name>
              <uuid>%s</uuid>
              <description>written while the Agent is killed</description>
              <memory>64</memory>
              <kernel>/boot/vmlinuz</kernel>
            </domain>
            """;

    @TempDir
    Path dir;

    private String[] with(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--config", dir.resolve("etc/agent.conf").toString(),
                "--state-dir", dir.resolve("state").toString(), "--listen", "127.0.0.1:0")).toArray(String[]::new);
    }

    static XenApiClient connect(AgentProcess serve) throws Exception {
        XenApiClient c = serve.client();
        c.login("adm", "admin-password");
        return c;
    }

    @Test
    void everyAcknowledgedDefinitionSurvivesKill9() throws Exception {
        assertEquals(0, AgentProcess.run("admin-password\n", "user", "add", "adm", "--role", "admin", "--iterations",
                "20000", "--config", dir.resolve("etc/agent.conf").toString()).exitValue());
        Map<String, String> defined = new ConcurrentHashMap<>(); // uuid -> name
        Map<String, Boolean> started = new ConcurrentHashMap<>();
        CountDownLatch enough = new CountDownLatch(8);
        try (AgentProcess serve = AgentProcess.start(null, with("serve"))) {
            XenApiClient c = connect(serve);
            Thread client = new Thread(() -> {
                try {
                    for (int i = 0; i < 10_000; i++) {
                        String uuid = UUID.randomUUID().toString();
                        String vm = (String) c.callWithSession("Xenophilia.VM.create_from_xml",
                                DOMAIN.formatted(i, uuid));
                        defined.put(uuid, "crash-" + i);
                        if (i % 2 == 0) {
                            c.callWithSession("VM.start", vm, false, false);
                            started.put(uuid, true);
                        }
                        enough.countDown();
                    }
                } catch (Exception e) {
                    // the Agent was killed under us
                }
            }, "crash-client");
            client.start();
            assertTrue(enough.await(120, TimeUnit.SECONDS), "the client got nothing done");
            serve.process.destroyForcibly().waitFor(); // SIGKILL in the middle of whatever it is doing
            client.join(TimeUnit.SECONDS.toMillis(60));
        }
        int acknowledged = defined.size();

        try (AgentProcess serve = AgentProcess.start(null, with("serve"));
                XenApiClient c = connect(serve)) {
            for (Map.Entry<String, String> d : defined.entrySet()) {
                String vm = (String) c.callWithSession("VM.get_by_uuid", d.getKey());
                assertEquals(d.getValue(), c.callWithSession("VM.get_name_label", vm));
                String xml = (String) c.callWithSession("Xenophilia.VM.get_xml", vm);
                assertTrue(xml.contains("<description>written while the Agent is killed</description>"), xml);
                if (started.containsKey(d.getKey())) {
                    assertEquals("Running", c.callWithSession("VM.get_power_state", vm));
                }
            }
            // the control domain is not one of them; the definition in flight when the Agent was killed may have
            // been saved whole without its answer reaching the client, so one more than acknowledged is fine
            long guests = WireValues.asMap(c.callWithSession("VM.get_all_records")).values().stream()
                    .filter(r -> !WireValues.asBoolean(WireValues.asMap(r).get("is_control_domain"))).count();
            assertTrue(guests == acknowledged || guests == acknowledged + 1,
                    acknowledged + " acknowledged, " + guests + " present");
        }
        try (Stream<Path> files = Files.list(dir.resolve("state/domains"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                    "leftover temporary files are removed at start");
        }
    }
}
