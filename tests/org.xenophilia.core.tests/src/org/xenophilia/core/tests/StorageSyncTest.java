package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The node's storage in the Workbench's model, kept from {@code event.from} as another administrator changes it on a
 * real Agent with the {@code file} backend: a repository with its capacity and PBD, volumes made, grown and deleted,
 * the domain whose disk uses a volume, an unplugged repository, and a full resync after reconnecting.
 */
class StorageSyncTest extends StorageNodeFixture {

    static String createSr(XenApiClient admin, Path location, String name) throws Exception {
        String host = (String) WireValues.asList(admin.callWithSession("host.get_all")).get(0);
        return (String) admin.callWithSession("SR.create", host, Map.of("location", location.toString()), 0L, name,
                "", "file", "user", false, Map.of());
    }

    static String createVdi(XenApiClient admin, String sr, String name, long size) throws Exception {
        return (String) admin.callWithSession("VDI.create", Map.of("SR", sr, "name_label", name, "virtual_size",
                Long.toString(size), "type", "user", "sharable", false, "read_only", false, "other_config", Map.of()));
    }

    private Optional<NodeStorage.Repository> repository(String name) {
        return NodeStorage.of(c.model()).repositories().stream().filter(r -> r.sr().name().equals(name)).findFirst();
    }

    private Optional<NodeStorage.Volume> volume(String repository, String name) {
        return repository(repository).flatMap(r -> r.volumes().stream().filter(v -> v.vdi().name().equals(name))
                .findFirst());
    }

    private String seen() {
        return NodeStorage.of(c.model()).repositories().toString();
    }

    @Test
    void aRepositoryAndItsVolumesFollowAnotherAdministratorsChanges() throws Exception {
        Path location = dir.resolve("disks");
        String sr = createSr(other, location, "disks");
        Await.until("the repository in the model", () -> repository("disks").isPresent(), this::seen);
        NodeStorage.Repository r = repository("disks").orElseThrow();
        Map<String, Object> record = WireValues.asMap(other.callWithSession("SR.get_record", sr));
        assertEquals("file", r.sr().type());
        assertTrue(r.registered() && r.attached(), "its PBD is plugged: " + r);
        assertEquals(WireValues.asLong(record.get("physical_size")), r.sr().physicalSize());
        assertTrue(r.sr().physicalSize() > 0, "the file system's size");
        assertEquals(location.toString(), r.pbd().orElseThrow().deviceConfig().get("location"));

        String vdi = createVdi(other, sr, "data1", 64 * MIB);
        Await.until("the volume", () -> volume("disks", "data1").isPresent(), this::seen);
        assertEquals(64 * MIB, volume("disks", "data1").orElseThrow().vdi().virtualSize());
        assertEquals("raw", volume("disks", "data1").orElseThrow().vdi().format());
        Await.until("the repository's allocation", () -> repository("disks").orElseThrow().sr()
                .virtualAllocation() == 64 * MIB, this::seen);

        other.callWithSession("VDI.resize", vdi, Long.toString(128 * MIB));
        Await.until("the volume grown", () -> volume("disks", "data1").orElseThrow().vdi().virtualSize() == 128 * MIB,
                this::seen);

        String vm = (String) other.callWithSession("Xenophilia.VM.create_from_xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <domain xmlns="http://xenophilia.org/schema/domain/1.0">
                  <name>db01</name>
                  <type>pv</type>
                  <memory>256</memory>
                  <vcpus>1</vcpus>
                  <kernel>/boot/vmlinuz</kernel>
                  <disk vdev="xvdb" target="%s" format="raw"/>
                </domain>
                """.formatted(location.resolve("data1.raw")));
        Await.until("the domain that uses it", () -> volume("disks", "data1").orElseThrow().inUse(), this::seen);
        NodeStorage.Use use = volume("disks", "data1").orElseThrow().uses().get(0);
        assertEquals("db01", use.vmName());
        assertEquals("xvdb", use.device());
        assertFalse(use.attached(), "db01 is halted");
        other.callWithSession("VM.destroy", vm);
        Await.until("no domain uses it", () -> !volume("disks", "data1").orElseThrow().inUse(), this::seen);

        other.callWithSession("VDI.destroy", vdi);
        Await.until("the volume gone", () -> volume("disks", "data1").isEmpty(), this::seen);

        createVdi(other, sr, "data2", 8 * MIB);
        Await.until("data2", () -> volume("disks", "data2").isPresent(), this::seen);
        String pbd = (String) WireValues.asList(other.callWithSession("SR.get_PBDs", sr)).get(0);
        other.callWithSession("PBD.unplug", pbd);
        Await.until("the repository unplugged, without its volumes", () -> !repository("disks").orElseThrow()
                .attached() && repository("disks").orElseThrow().volumes().isEmpty(), this::seen);
        other.callWithSession("PBD.plug", pbd);
        Await.until("plugged again, with its volume", () -> volume("disks", "data2").isPresent(), this::seen);
    }

    @Test
    void aReconnectedNodeDropsWhatWasForgottenMeanwhile() throws Exception {
        String sr = createSr(other, dir.resolve("gone"), "gone");
        createSr(other, dir.resolve("kept"), "kept");
        Await.until("both repositories", () -> repository("gone").isPresent() && repository("kept").isPresent(),
                this::seen);
        c.disconnect();
        NodeFixture.awaitState(c, ConnectionState.OFFLINE);
        other.callWithSession("SR.forget", sr);
        assertTrue(repository("gone").isPresent(), "while offline, the last known state");
        c.connect();
        NodeFixture.awaitState(c, ConnectionState.CONNECTED);
        assertTrue(repository("gone").isEmpty(), "resynced: " + seen());
        assertTrue(repository("kept").isPresent(), seen());
    }
}
