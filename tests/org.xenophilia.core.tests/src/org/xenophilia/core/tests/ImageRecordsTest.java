package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.core.XenApiErrorMessages;
import org.xenophilia.core.image.DeployStatus;
import org.xenophilia.core.image.ImageInfo;
import org.xenophilia.core.image.ImageOperation;
import org.xenophilia.core.image.PushEntry;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.xenapi.XenApiException;

/**
 * What the Workbench makes of the Agent's image answers (docs/images.md): an image record in either wire's form, a
 * deployment's phase and bytes as the Progress view words them, the image errors as sentences, and the entry of a
 * pushed image, read from a real catalog file beside the image and written back with what the push measured.
 */
class ImageRecordsTest {

    @TempDir
    Path dir;

    private static Map<String, Object> record(Object size, Object local, Object vcpus) {
        return Map.ofEntries(Map.entry("id", "busybox:1.36"), Map.entry("name", "busybox"), Map.entry("version",
                "1.36"), Map.entry("content", "rootfs"), Map.entry("compression", "gz"), Map.entry("file_size", size),
                Map.entry("minimum_disk", "67108864"), Map.entry("minimum_memory", "33554432"), Map.entry("urls",
                        List.of("busybox-rootfs.tar.gz")), Map.entry("source", "/var/lib/xenophilia/images"), Map
                                .entry("local", local), Map.entry("template", Map.of("boot", "kernel", "memory",
                                        "134217728", "vcpus", vcpus)));
    }

    @Test
    void anImageRecordReadsAlikeFromEitherWire() {
        ImageInfo xml = ImageInfo.fromRecord(record("2097152", Boolean.TRUE, "2"));
        ImageInfo json = ImageInfo.fromRecord(record(2097152L, Boolean.TRUE, 2L));
        assertEquals(xml, json);
        assertEquals(2097152, xml.fileSize());
        assertEquals(64L << 20, xml.minimumDisk());
        assertEquals(128L << 20, xml.defaultMemory(), "the template's memory first");
        assertEquals(2, xml.defaultVcpus());
        assertTrue(xml.local());
        assertFalse(xml.needsDownload());
        assertEquals(List.of("busybox-rootfs.tar.gz"), xml.urls());
    }

    @Test
    void aDeploymentsPhaseIsWordedWithItsBytes() {
        assertEquals("Writing: 512 MiB of 2 GiB", new DeployStatus(0.5, "writing", 512L << 20, 2L << 30).words());
        assertEquals("Downloading: 1.5 MiB", new DeployStatus(0.1, "downloading", 3L << 19, -1).words());
        assertEquals("Defining the domain", new DeployStatus(0.92, "defining", -1, -1).words());
    }

    @Test
    void theImageErrorsAreSentencesNamingTheField() {
        assertEquals("Cannot deploy image busybox:1.36: node alpha refused name_label: a domain named web01 exists",
                XenApiErrorMessages.imageFailed(ImageOperation.DEPLOY, "busybox:1.36", "alpha", new XenApiException(
                        "XENOPHILIA_IMAGE_INVALID", List.of("name_label", "a domain named web01 exists"))));
        assertEquals("Cannot deploy image busybox:1.36: its file is not the one its catalog names: expected aa, got"
                + " bb", XenApiErrorMessages.imageFailed(ImageOperation.DEPLOY, "busybox:1.36", "alpha",
                        new XenApiException("XENOPHILIA_IMAGE_CHECKSUM_MISMATCH", List.of("aa", "bb", "u",
                                "expected aa, got bb"))));
        assertEquals("Cannot read the images of node alpha: node alpha cannot deploy images: no deployer",
                XenApiErrorMessages.imageFailed(ImageOperation.READ, "node alpha", "alpha", new XenApiException(
                        "XENOPHILIA_IMAGES_UNAVAILABLE", List.of("no deployer"))));
    }

    private static final String CATALOG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <catalog xmlns="http://xenophilia.org/schema/image-catalog/1.0">
              <image>
                <name>busybox-disk</name>
                <version>1.36</version>
                <architecture>x86_64</architecture>
                <guestType>pv</guestType>
                <content>disk</content>
                <compression>zstd</compression>
                <filesystem>ext4</filesystem>
                <fileSize>5</fileSize>
                <contentSize>67108864</contentSize>
                <sha256>%s</sha256>
                <url>https://images.example.org/busybox-disk.raw.zst</url>
                <minimumMemory>64</minimumMemory>
                <minimumDisk>67108864</minimumDisk>
                <template>
                  <boot>kernel</boot>
                  <kernel>/boot/vmlinuz</kernel>
                  <cmdline>root=/dev/xvda</cmdline>
                </template>
              </image>
            </catalog>
            """.formatted("ab".repeat(32));

    @Test
    void aPushedImagesEntryComesFromTheCatalogBesideItWithWhatThePushMeasured() throws Exception {
        Path file = dir.resolve("busybox-disk.raw.zst");
        Files.writeString(file, "image");
        assertEquals(Optional.empty(), PushEntry.besideFile(file), "no catalog beside it");
        Files.writeString(dir.resolve("catalog.xml"), CATALOG);
        PushEntry entry = PushEntry.besideFile(file).orElseThrow();
        assertEquals("busybox-disk:1.36", entry.id());
        assertEquals(List.of(), entry.problems(5));

        String sent = entry.document(5, "cd".repeat(32));
        Catalog one = ImageCatalogs.load(new ByteArrayInputStream(sent.getBytes(StandardCharsets.UTF_8)),
                "the entry");
        Image image = one.getImages().get(0);
        assertEquals(List.of("busybox-disk.raw.zst"), image.getUrls(), "the file's plain name is its only url");
        assertEquals("cd".repeat(32), image.getSha256());
        assertEquals(5, image.getFileSize());
        assertEquals("/boot/vmlinuz", image.getTemplate().getKernel());
    }

    @Test
    void anEnteredEntryIsCheckedByTheCatalogRules() {
        PushEntry kernelless = PushEntry.of(dir.resolve("mine.raw"), new PushEntry.Fields("mine", "1", "", "x86_64",
                "pv", "disk", "none", 64L << 20, 64, 64L << 20, "kernel", "", ""));
        assertEquals("mine:1", kernelless.id());
        assertFalse(kernelless.problems(64L << 20).isEmpty(), "a kernel boot without a kernel is refused");
        assertTrue(kernelless.problems(64L << 20).get(0).contains("kernel"), kernelless.problems(64L << 20).toString());

        PushEntry fine = PushEntry.of(dir.resolve("mine.raw"), new PushEntry.Fields("mine", "1", "", "x86_64", "pv",
                "disk", "none", 64L << 20, 64, 64L << 20, "kernel", "/boot/vmlinuz", ""));
        assertEquals(List.of(), fine.problems(64L << 20));
    }
}
