package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.core.storage.StorageJob;
import org.xenophilia.core.storage.StorageJobs;
import org.xenophilia.core.storage.StorageType;
import org.xenophilia.xenapi.WireValues;

/**
 * The storage jobs against a real Agent with the {@code file} backend: what each makes on the node (read back with a
 * client of the test's own and seen on disk), refusals in words (a shrink, a volume in use named with its domain),
 * and a cancel that aborts a call the frozen node never answers.
 */
class StorageJobsTest extends StorageNodeFixture {

    private Map<String, Object> record(String cls, String uuid) throws Exception {
        Object ref = other.callWithSession(cls + ".get_by_uuid", uuid);
        return WireValues.asMap(other.callWithSession(cls + ".get_record", ref));
    }

    @Test
    void aRepositoryAndAVolumeAreMadeGrownSnapshottedAndDeleted() throws Exception {
        List<StorageType> types = done(StorageJobs.readTypes(c));
        assertTrue(types.stream().anyMatch(t -> t.type().equals("file")), "the node offers file: " + types);

        Path location = dir.resolve("repo");
        String sr = done(StorageJobs.createRepository(c, "file", "repo", "test volumes", Map.of("location",
                location.toString())));
        assertEquals("repo", record("SR", sr).get("name_label"));
        assertEquals("test volumes", record("SR", sr).get("name_description"));
        assertTrue(Files.isDirectory(location));

        String vdi = done(StorageJobs.createVolume(c, sr, "data1", 32 * MIB, "raw"));
        assertEquals(32 * MIB, WireValues.asLong(record("VDI", vdi).get("virtual_size")));
        assertEquals(32 * MIB, Files.size(location.resolve("data1.raw")));

        done(StorageJobs.resizeVolume(c, vdi, "data1", 48 * MIB));
        assertEquals(48 * MIB, Files.size(location.resolve("data1.raw")));
        IStatus shrink = failed(StorageJobs.resizeVolume(c, vdi, "data1", 16 * MIB));
        assertTrue(shrink.getMessage().startsWith("Cannot resize volume data1: the storage of node alpha answered: "),
                shrink.getMessage());
        assertEquals(48 * MIB, Files.size(location.resolve("data1.raw")), "not shrunk");

        String snapshot = done(StorageJobs.snapshotVolume(c, vdi, "data1"));
        assertEquals(true, record("VDI", snapshot).get("is_a_snapshot"));

        done(StorageJobs.deleteVolume(c, snapshot, "the snapshot"));
        done(StorageJobs.deleteVolume(c, vdi, "data1"));
        assertTrue(Files.notExists(location.resolve("data1.raw")));
        IStatus gone = failed(StorageJobs.deleteVolume(c, vdi, "data1"));
        assertEquals("Cannot delete volume data1: data1 no longer exists on node alpha", gone.getMessage());

        done(StorageJobs.destroyRepository(c, sr, "repo"));
        Await.until("the repository gone from the model", () -> NodeStorage.of(c.model()).repository(sr).isEmpty(),
                () -> NodeStorage.of(c.model()).repositories().toString());
    }

    @Test
    void aVolumeADomainUsesIsNotDeletedAndTheRefusalNamesTheDomain() throws Exception {
        Path location = dir.resolve("repo");
        String sr = done(StorageJobs.createRepository(c, "file", "repo", "", Map.of("location",
                location.toString())));
        String vdi = done(StorageJobs.createVolume(c, sr, "root", 16 * MIB, ""));
        other.callWithSession("Xenophilia.VM.create_from_xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <domain xmlns="http://xenophilia.org/schema/domain/1.0">
                  <name>web01</name>
                  <type>pv</type>
                  <memory>256</memory>
                  <vcpus>1</vcpus>
                  <kernel>/boot/vmlinuz</kernel>
                  <disk vdev="xvda" target="%s" format="raw"/>
                </domain>
                """.formatted(location.resolve("root.raw")));
        IStatus refused = failed(StorageJobs.deleteVolume(c, vdi, "root"));
        assertEquals("Cannot delete volume root: it is in use by domain web01 as xvda", refused.getMessage());
        assertTrue(Files.exists(location.resolve("root.raw")));
    }

    @Test
    void cancellingAJobAbortsTheCallTheFrozenNodeNeverAnswers() throws Exception {
        String sr = done(StorageJobs.createRepository(c, "file", "repo", "", Map.of("location", dir.resolve("repo")
                .toString())));
        StorageJob<String> create = StorageJobs.createVolume(c, sr, "slow", 8 * MIB, "");
        f.agent.signal("STOP");
        try {
            create.schedule();
            Await.until("the job blocked reading from the node", () -> AgentNode.isBlockedReading(create.getThread()),
                    () -> String.valueOf(create.getThread()));
            create.cancel();
            assertTrue(create.join(20_000, null), "ended well before the client's 60 s read timeout");
            assertEquals(IStatus.CANCEL, create.getResult().getSeverity(), create.getResult().toString());
            assertEquals(Optional.empty(), create.answer());
        } finally {
            f.agent.signal("CONT");
        }
    }
}
