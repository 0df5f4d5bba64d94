package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xenophilia.core.storage.ByteSizes;
import org.xenophilia.core.storage.ProbeResult;
import org.xenophilia.core.storage.StorageType;
import org.xenophilia.core.storage.VolumeReference;

/**
 * The storage records the Workbench reads, in the form xapi and the Agent send them (ints as strings, as on XML-RPC):
 * an {@code SM} record with the Agent's {@code other_config} entries, {@code SR.probe_ext}'s {@code probe_result}s, a
 * disk's volume reference, and sizes as users type and read them.
 */
class StorageRecordsTest {

    @Test
    void anSmRecordDescribesTheTypesKeysCapabilitiesAndFormats() {
        StorageType t = StorageType.fromSmRecord(Map.of("type", "lvm", "name_label", "LVM volume group",
                "name_description", "volumes are logical volumes", "configuration", Map.of("device",
                        "the physical volumes, comma-separated", "vg", "the volume group", "thin", "a thin pool"),
                "capabilities", List.of("SR_PROBE", "VDI_CREATE", "VDI_RESIZE", "THIN_PROVISIONING"), "features",
                Map.of("VDI_RESIZE", "1"), "other_config", Map.of("config-type:device", "STRING",
                        "config-required:device", "true", "config-type:vg", "string", "config-required:vg", "true",
                        "config-type:thin", "BOOLEAN", "config-required:thin", "false", "config-default:thin",
                        "false", "formats", "raw")));
        assertEquals("lvm", t.type());
        assertEquals("LVM volume group", t.label());
        assertTrue(t.described());
        assertEquals(List.of("device", "vg", "thin"), t.keys().stream().map(StorageType.Key::name).toList(),
                "required first, each by name");
        StorageType.Key thin = t.keys().get(2);
        assertEquals(StorageType.ValueType.BOOLEAN, thin.valueType());
        assertFalse(thin.required());
        assertEquals(Optional.of("false"), thin.defaultValue());
        assertEquals("the volume group", t.keys().get(1).description());
        assertEquals(StorageType.ValueType.STRING, t.keys().get(1).valueType(), "any case");
        assertEquals(Optional.empty(), t.keys().get(0).defaultValue());
        assertTrue(t.can("VDI_RESIZE") && !t.can("VDI_SNAPSHOT"));
        assertEquals(List.of("raw"), t.formats());
    }

    @Test
    void aLenientReadOfWhatAPeerLeftOut() {
        StorageType bare = StorageType.fromSmRecord(Map.of("type", "iso", "configuration", "not a map",
                "other_config", Map.of("config-type:location", "COLOUR")));
        assertEquals("iso", bare.label(), "the type when there is no label");
        assertEquals(List.of(), bare.keys());
        assertEquals(Set.of(), bare.capabilities());
        assertFalse(StorageType.undescribed("file").described());
    }

    @Test
    void aProbeResultSaysWhatIsThere() {
        ProbeResult other = ProbeResult.fromRecord(Map.of("configuration", Map.of("location", "/srv/v"),
                "complete", true, "sr", Map.of(), "extra_info", Map.of("other-data",
                        "an ext4 file system\na partition table\n", "physical-size", "1073741824", "free",
                        "536870912")));
        assertTrue(other.complete());
        assertEquals(Optional.empty(), other.existing());
        assertEquals(List.of("an ext4 file system", "a partition table"), other.otherData());
        assertTrue(other.holdsOtherData());
        assertEquals(OptionalLong.of(1L << 30), other.physicalSize());
        assertEquals(OptionalLong.of(1L << 29), other.free());

        ProbeResult existing = ProbeResult.fromRecord(Map.of("configuration", Map.of(), "complete", "true", "sr",
                Map.of("uuid", "5ab1ec70", "name_label", "disks", "name_description", "", "total_space", "2048",
                        "free_space", "1024", "clustered", false, "health", "healthy"), "extra_info", Map.of()));
        assertEquals("disks", existing.existing().orElseThrow().name());
        assertEquals(2048, existing.existing().orElseThrow().totalSpace());
        assertFalse(existing.holdsOtherData());
        assertEquals(OptionalLong.empty(), existing.physicalSize());
    }

    @Test
    void aDiskNamesAVolumeByItsRepositorysTypeAndUuidAndItsName() {
        VolumeReference r = new VolumeReference("5ab1ec70-0000-4000-8000-000000000001", "file", "data1");
        assertEquals("file", r.storageBackend());
        assertEquals("5ab1ec70-0000-4000-8000-000000000001/data1", r.volume());
        assertEquals(Optional.of(r), VolumeReference.of("file", r.volume()));
        assertEquals(Optional.empty(), VolumeReference.of("lvm", "vg0-web"), "not <SR uuid>/<volume>");
        assertEquals(Optional.empty(), VolumeReference.of(null, r.volume()));
    }

    @Test
    void sizesAsShownAndTyped() {
        assertEquals("512 B", ByteSizes.format(512));
        assertEquals("64 MiB", ByteSizes.format(64L << 20));
        assertEquals("1.5 GiB", ByteSizes.format(3L << 29));
        assertEquals("931.3 GiB", ByteSizes.format(1_000_000_000_000L));
        assertEquals(OptionalLong.of(10L << 30), ByteSizes.parse("10", "G"));
        assertEquals(OptionalLong.of(512L << 20), ByteSizes.parse("512M", "G"));
        assertEquals(OptionalLong.of(3L << 39), ByteSizes.parse("1,5 TiB", "G"));
        assertEquals(OptionalLong.empty(), ByteSizes.parse("lots", "G"));
        assertEquals(OptionalLong.empty(), ByteSizes.parse("-1", "G"));
        assertEquals(OptionalLong.empty(), ByteSizes.parse("99999999999 P", "G"), "beyond 64 bits");
    }
}
