package org.xenophilia.image.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.image.ImageCatalogValidator;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.Compression;
import org.xenophilia.image.catalog.Content;
import org.xenophilia.image.catalog.Image;

/**
 * {@code releng/images/busybox/build.sh}, run as the tests and the e2e tier run it: its catalog loads, is valid and
 * canonical and tells the truth about every file (size, content size, sum); the archive holds busybox and /init and
 * no device node; the disk is a clean ext4 with busybox in /bin, and its compressed copies decompress to it.
 */
class BusyboxImageTest {

    private static final long TOOL_TIMEOUT_SECONDS = 300;

    @TempDir
    static Path plain;
    private static Catalog catalog;

    @BeforeAll
    static void build() throws Exception {
        build(plain);
        catalog = ImageCatalogs.load(plain.resolve("catalog.xml"));
    }

    @Test
    void theCatalogIsValidCanonicalAndNamesTheFourImagesOfOneVersion() throws Exception {
        assertEquals(List.of(), ImageCatalogValidator.validate(catalog));
        assertEquals(Files.readString(plain.resolve("catalog.xml")), ImageCatalogs.toXml(catalog));
        assertEquals(List.of("busybox-rootfs", "busybox-disk", "busybox-disk-xz", "busybox-disk-raw"),
                catalog.getImages().stream().map(Image::getName).toList());
        String version = run("dpkg-query", "-W", "-f=${Version}", "busybox-static").replaceFirst("^[0-9]+:", "");
        for (Image image : catalog.getImages()) {
            assertEquals(version, image.getVersion(), image.getName());
            assertEquals(64, image.getMinimumMemory(), image.getName());
            assertEquals("/boot/vmlinuz", image.getTemplate().getKernel(), image.getName());
            assertEquals(null, image.getTemplate().getRamdisk(), "no --ramdisk, no ramdisk: " + image.getName());
            assertTrue(image.getTemplate().getCmdline().contains("init=/init"), image.getTemplate().getCmdline());
        }
    }

    @Test
    void everyFileHasTheCatalogsSizeContentSizeAndSum() throws Exception {
        Path raw = plain.resolve("busybox-disk.raw");
        for (Image image : catalog.getImages()) {
            assertEquals(1, image.getUrls().size(), image.getName());
            Path file = plain.resolve(image.getUrls().get(0));
            assertEquals(plain, file.getParent(), "a file name beside the catalog: " + image.getUrls());

            assertEquals(image.getFileSize(), Files.size(file), image.getName());
            try (InputStream in = Files.newInputStream(file)) {
                assertEquals(image.getSha256(), sha256(in), image.getName());
            }
            Path content = plain.resolve(image.getName() + ".content");
            decompress(image.getCompression(), file, content);
            assertEquals(image.getContentSize(), Files.size(content), image.getName());
            if (image.getContent() == Content.DISK) {
                assertEquals(sha256(raw), sha256(content), "every disk is the same disk: " + image.getName());
                assertTrue(image.getMinimumDisk() >= image.getContentSize(), image.getName());
            }
            Files.delete(content);
        }
    }

    @Test
    void theArchiveHoldsBusyboxAndInitAndNoDeviceNode() throws Exception {
        Map<String, String> entries = archiveEntries(plain.resolve("busybox-rootfs.tar.gz"));

        assertEquals("-rwxr-xr-x", entries.get("./bin/busybox"));
        assertEquals("-rwxr-xr-x", entries.get("./init"));
        assertTrue(entries.get("./bin/sh").startsWith("l"), "applets are links to busybox");
        assertTrue(entries.get("./etc/inittab").startsWith("-"), entries.toString());
        assertTrue(entries.get("./etc/passwd").startsWith("-"), entries.toString());
        assertTrue(entries.get("./dev/").startsWith("d"), "an empty /dev");
        assertEquals(List.of("./dev/"), entries.keySet().stream().filter(name -> name.startsWith("./dev/")).toList());
        List<String> special = entries.entrySet().stream().filter(e -> "cbps".indexOf(e.getValue().charAt(0)) >= 0)
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), special, "no device nodes, fifos or sockets");
    }

    @Test
    void theArchiveLetsRootLogInWithoutAPassword(@TempDir Path dir) throws Exception {
        run("tar", "-xzf", plain.resolve("busybox-rootfs.tar.gz").toString(), "-C", dir.toString(), "./etc/passwd",
                "./etc/inittab");
        Path etc = dir.resolve("etc");

        assertEquals("root::0:0:root:/root:/bin/sh\n", Files.readString(etc.resolve("passwd")));
        assertTrue(Files.readString(etc.resolve("inittab")).contains("hvc0::respawn:/sbin/getty"));
    }

    @Test
    void theDiskIsACleanExt4WithBusyboxInBin() throws Exception {
        Path raw = plain.resolve("busybox-disk.raw");

        run("e2fsck", "-fn", raw.toString());
        Map<String, String> bin = directory(raw, "/bin");
        assertEquals("100755", bin.get("busybox"), "a regular file, executable: " + bin);
        assertEquals("120777", bin.get("sh"), "applets are links: " + bin);
        assertEquals(Map.of(".", "040755", "..", "040755"), directory(raw, "/dev"), "an empty /dev");
    }

    @Test
    void aKernelAndRamdiskGoToBootAndIntoTheTemplate(@TempDir Path dir) throws Exception {
        Path kernel = Files.writeString(dir.resolve("vmlinuz-test"), "a kernel, for the test\n");
        Path ramdisk = Files.writeString(dir.resolve("initrd-test"), "a ramdisk, for the test\n");
        Path out = dir.resolve("out");

        build(out, "--kernel", kernel.toString(), "--ramdisk", ramdisk.toString());

        Catalog booting = ImageCatalogs.load(out.resolve("catalog.xml"));
        assertEquals(List.of(), ImageCatalogValidator.validate(booting));
        for (Image image : booting.getImages()) {
            assertEquals("/boot/initrd.img", image.getTemplate().getRamdisk(), image.getName());
        }
        Map<String, String> entries = archiveEntries(out.resolve("busybox-rootfs.tar.gz"));
        assertTrue(entries.containsKey("./boot/vmlinuz") && entries.containsKey("./boot/initrd.img"), entries
                .keySet().stream().filter(name -> name.startsWith("./boot")).toList().toString());
        String disk = out.resolve("busybox-disk.raw").toString();
        assertEquals("a kernel, for the test\n", run("debugfs", "-R", "cat /boot/vmlinuz", disk));
        assertEquals("a ramdisk, for the test\n", run("debugfs", "-R", "cat /boot/initrd.img", disk));
    }

    @Test
    void badArgumentsAreRefusedAndLeaveNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process process = new ProcessBuilder(script().toString(), out.toString(), "--kernel",
                dir.resolve("missing").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(process.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("not a file: " + dir.resolve("missing")), output);
        assertFalse(Files.exists(out), "nothing made");
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static Path script() {
        return TestData.repository().resolve("releng/images/busybox/build.sh");
    }

    private static void build(Path out, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(script().toString(), out.toString()));
        command.addAll(List.of(options));
        run(command.toArray(String[]::new));
        try (var files = Files.list(out)) {
            assertEquals(List.of("busybox-disk.raw", "busybox-disk.raw.xz", "busybox-disk.raw.zst",
                    "busybox-rootfs.tar.gz", "catalog.xml"),
                    files.map(file -> file.getFileName().toString()).sorted().toList(), "no work files left");
        }
    }

    /** {@return each archive entry's name and mode string (tar -tv), owned by root} */
    private static Map<String, String> archiveEntries(Path archive) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        for (String line : run("tar", "--numeric-owner", "-tvzf", archive.toString()).split("\n")) {
            String[] fields = line.split("\\s+", 6);
            assertEquals("0/0", fields[1], line);
            String name = fields[5].replaceFirst(" -> .*", "");
            entries.put(name, fields[0]);
        }
        return entries;
    }

    /** {@return each entry of a directory of an ext4 image and its mode in octal (debugfs ls -p)} */
    private static Map<String, String> directory(Path image, String path) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        // one line per entry: /INODE/MODE/UID/GID/NAME/SIZE/
        for (String line : run("debugfs", "-R", "ls -p " + path, image.toString()).split("\n")) {
            if (!line.isBlank()) {
                String[] fields = line.split("/");
                assertEquals("0", fields[3], "owned by root: " + line);
                entries.put(fields[5], fields[2]);
            }
        }
        return entries;
    }

    private static void decompress(Compression compression, Path file, Path content) throws Exception {
        switch (compression) {
            case NONE -> Files.copy(file, content);
            case GZ -> runTo(content, "gzip", "-dc", file.toString());
            case XZ -> runTo(content, "xz", "-dc", file.toString());
            case ZSTD -> runTo(content, "zstd", "-qdc", file.toString());
        }
    }

    private static String sha256(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Runs a tool; fails the test unless it exits 0 in time. {@return its standard output} */
    private static String run(String... command) throws Exception {
        Path output = Files.createTempFile("busybox-image-test", ".out");
        try {
            runTo(output, command);
            return Files.readString(output);
        } finally {
            Files.delete(output);
        }
    }

    private static void runTo(Path output, String... command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("busybox-image-test", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                    .redirectError(errors.toFile()).start();
            if (!process.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end in " + TOOL_TIMEOUT_SECONDS + " s");
            }
            assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + Files.readString(errors));
        } finally {
            Files.delete(errors);
        }
    }
}
