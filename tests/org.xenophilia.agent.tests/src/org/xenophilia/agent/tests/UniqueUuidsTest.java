package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * No two objects of any classes share a uuid: XenAPI clients key their object caches by uuid across classes (Xen
 * Orchestra's lost the host behind its host_metrics, which had the host's uuid).
 */
class UniqueUuidsTest {

    @TempDir
    Path dir;

    @Test
    void everyObjectOfEveryClassHasItsOwnUuid() throws Exception {
        try (AgentFixture f = new AgentFixture(dir, c -> c.set("simulated-demo-domains", "true"));
                XenApiClient c = f.loggedIn(AgentFixture.ADMIN)) {
            // a running domain too (its metrics, devices and a task)
            Object web = WireValues.asList(c.callWithSession("VM.get_by_name_label", "demo-web")).get(0);
            c.callWithSession("VM.start", web, false, false);
            c.callWithSession("Async.VM.pause", web);
            Map<String, String> owners = new HashMap<>();
            int classes = 0;
            for (Object name : WireValues.asList(c.call("system.listMethods"))) {
                String method = (String) name;
                if (!method.endsWith(".get_all_records") || method.startsWith("Async.")) {
                    continue;
                }
                classes++;
                String cls = method.substring(0, method.indexOf('.'));
                for (Map.Entry<String, Object> e : WireValues.asMap(c.callWithSession(method)).entrySet()) {
                    String uuid = (String) WireValues.asMap(e.getValue()).get("uuid");
                    UUID.fromString(uuid);
                    String other = owners.put(uuid, cls + " " + e.getKey());
                    assertEquals(null, other, uuid + " is the uuid of " + other + " and of " + cls + " " + e.getKey());
                }
            }
            assertTrue(classes >= 10 && owners.size() > 20, classes + " classes, " + owners.size() + " objects");
        }
    }
}
