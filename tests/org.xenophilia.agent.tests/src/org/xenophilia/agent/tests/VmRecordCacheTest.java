package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.internal.sim.SimulatedBackend;
import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * {@code VM.get_record} answers from records encoded once per revision of the domain: what a client reads is always
 * the domain as it is now, after changes through the API and changes the Agent's backend made on its own, and the
 * same record {@code VM.get_all_records} and the events carry.
 */
class VmRecordCacheTest {

    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;
    AgentFixture f;
    SimulatedBackend sim;
    XenApiClient admin;
    String uuid;
    String vm;

    @BeforeEach
    void start() throws Exception {
        f = new AgentFixture(dir);
        sim = (SimulatedBackend) f.agent.backend();
        uuid = UUID.randomUUID().toString();
        Domain web = new DomainSpec(uuid, "web", "the shop", GIB, 2 * GIB, 1, 2).toDomain();
        web.setKernel("/boot/vmlinuz-6.1.0"); // a valid definition, for Xenophilia.VM.set_xml
        sim.define(web);
        admin = f.loggedIn(AgentFixture.ADMIN);
        vm = (String) admin.callWithSession("VM.get_by_uuid", uuid);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private Map<String, Object> record() throws Exception {
        return WireValues.asMap(admin.callWithSession("VM.get_record", vm));
    }

    /** Arrays as lists, so that records compare by content. */
    private static Object comparable(Object wire) {
        if (wire instanceof Object[] a) {
            return comparable(Arrays.asList(a));
        }
        if (wire instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(o -> out.add(comparable(o)));
            return out;
        }
        if (wire instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, comparable(v)));
            return out;
        }
        return wire;
    }

    @Test
    void aRecordReadAgainIsTheSameAsGetAllRecordsHasIt() throws Exception {
        Object first = comparable(record());
        assertEquals(first, comparable(record()));
        Map<String, Object> all = WireValues.asMap(admin.callWithSession("VM.get_all_records"));
        assertEquals(comparable(all.get(vm)), first);
    }

    @Test
    void everyChangeThroughTheApiShowsInTheNextRead() throws Exception {
        assertEquals("Halted", record().get("power_state"));
        admin.callWithSession("VM.set_memory", vm, Long.toString(GIB + GIB / 2));
        assertEquals(GIB + GIB / 2, WireValues.asLong(record().get("memory_static_max")));

        admin.callWithSession("VM.start", vm, false, false);
        Map<String, Object> running = record();
        assertEquals("Running", running.get("power_state"));
        assertNotEquals(-1, WireValues.asLong(running.get("domid")));
        assertEquals(List.of("clean_shutdown", "hard_shutdown", "clean_reboot", "hard_reboot", "pause",
                "changing_memory_live", "changing_VCPUs_live", "changing_dynamic_range"),
                comparable(running.get("allowed_operations")));

        admin.callWithSession("VM.pause", vm);
        assertEquals("Paused", record().get("power_state"));
        admin.callWithSession("VM.hard_shutdown", vm);
        assertEquals("Halted", record().get("power_state"));

        String xml = (String) admin.callWithSession("Xenophilia.VM.get_xml", vm);
        admin.callWithSession("Xenophilia.VM.set_xml", vm, xml.replace("the shop", "the shop &amp; more"));
        assertEquals("the shop & more", record().get("name_description"));

        admin.callWithSession("VM.destroy", vm);
        XenApiException gone = assertThrows(XenApiException.class, this::record);
        assertEquals(ErrorCode.HANDLE_INVALID.code(), gone.code());
    }

    @Test
    void aChangeTheBackendMadeOnItsOwnShowsInTheNextRead() throws Exception {
        record();
        // not through the API: no event, no call that could drop a kept record
        DomainState now = sim.domain(uuid).orElseThrow();
        Domain renamed = now.definition();
        renamed.setName("web-2");
        renamed.setDescription("renamed behind the API's back");
        sim.redefine(renamed);
        Map<String, Object> r = record();
        assertEquals("web-2", r.get("name_label"));
        assertEquals("renamed behind the API's back", r.get("name_description"));

        sim.start(uuid, true);
        assertEquals("Paused", record().get("power_state"));
    }

    @Test
    void moreDomainsThanRecordsKeptStillReadCorrectly() throws Exception {
        List<String> vms = new ArrayList<>();
        for (int i = 0; i < 140; i++) { // more than VmRecordCache.MAX_ENTRIES (128)
            String u = UUID.randomUUID().toString();
            sim.define(new DomainSpec(u, "many-" + i, "number " + i, GIB, GIB, 1, 1));
            vms.add((String) admin.callWithSession("VM.get_by_uuid", u));
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < vms.size(); i++) {
                Map<String, Object> r = WireValues.asMap(admin.callWithSession("VM.get_record", vms.get(i)));
                assertEquals("many-" + i, r.get("name_label"));
                assertEquals("number " + i, r.get("name_description"));
            }
        }
    }
}
