package org.xenophilia.image.deploy.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.Image;

/**
 * Busybox guest images made in the test with the real tools, as {@code releng/images/busybox/build.sh} makes them: a
 * root filesystem tree (busybox, its links, an init script, a setuid file, a file of another owner, a hard link), its
 * tar archive (by GNU tar), a raw ext4 disk of it (by {@code mkfs.ext4 -d}), each compressed by the real
 * {@code gzip}, {@code xz} and {@code zstd}; and their catalog entries, as XML loaded by {@link ImageCatalogs}.
 */
final class TestImages {

    /** The disk image's size: 64 MiB, mostly zeros. */
    static final long DISK_SIZE = 64L << 20;

    private TestImages() {
    }

    /** Makes the root filesystem tree in {@code dir/tree}. */
    static Path tree(Path dir) throws Exception {
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("bin"));
        Files.createDirectories(tree.resolve("etc"));
        Files.createDirectories(tree.resolve("tmp"));
        Files.copy(Path.of("/usr/bin/busybox"), tree.resolve("bin/busybox"));
        Files.setPosixFilePermissions(tree.resolve("bin/busybox"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(tree.resolve("bin/sh"), Path.of("busybox"));
        Files.writeString(tree.resolve("init"), "#!/bin/sh\nexec /bin/sh\n");
        Files.setPosixFilePermissions(tree.resolve("init"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(tree.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        Files.writeString(tree.resolve("bin/su-test"), "setuid\n");
        Files.setAttribute(tree.resolve("bin/su-test"), "unix:mode", 04755);
        Files.writeString(tree.resolve("etc/owned"), "someone else's\n");
        Files.setAttribute(tree.resolve("etc/owned"), "unix:uid", 1234);
        Files.setAttribute(tree.resolve("etc/owned"), "unix:gid", 2345);
        Files.setAttribute(tree.resolve("etc/owned"), "unix:mode", 0640);
        Files.createLink(tree.resolve("etc/passwd.link"), tree.resolve("etc/passwd"));
        Files.setAttribute(tree.resolve("tmp"), "unix:mode", 01777);
        return tree;
    }

    /** Makes {@code dir/rootfs.tar} of the tree (owners kept as numbers, as the recipe's fakeroot does). */
    static Path rootfsTar(Path dir) throws Exception {
        Path tree = tree(dir);
        Path tar = dir.resolve("rootfs.tar");
        run("tar", "--numeric-owner", "-C", tree.toString(), "-cf", tar.toString(), ".");
        return tar;
    }

    /** Makes {@code dir/disk.raw}: an ext4 of {@link #DISK_SIZE} holding the tree. */
    static Path disk(Path dir) throws Exception {
        Path tree = tree(dir);
        Path disk = dir.resolve("disk.raw");
        run("truncate", "-s", Long.toString(DISK_SIZE), disk.toString());
        run("mkfs.ext4", "-F", "-q", "-d", tree.toString(), "-E", "root_owner=0:0", disk.toString());
        return disk;
    }

    /** Makes {@code dir/random.raw}: {@code size} bytes, random where {@code random}, else zeros, by blocks. */
    static Path mixed(Path dir, long size, long seed) throws IOException {
        Path file = dir.resolve("random.raw");
        Random r = new Random(seed);
        byte[] block = new byte[1 << 20];
        try (var out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= block.length) {
                boolean data = r.nextInt(4) == 0;
                if (data) {
                    r.nextBytes(block);
                } else {
                    java.util.Arrays.fill(block, (byte) 0);
                }
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        return file;
    }

    /**
     * Compresses a file with the real tool.
     *
     * @param compression none, gz, xz or zstd
     * @return the compressed file beside it
     */
    static Path compress(Path file, String compression) throws Exception {
        return switch (compression) {
            case "none" -> file;
            case "gz" -> tool(file, ".gz", "gzip", "-k", "-f", "-n");
            case "xz" -> tool(file, ".xz", "xz", "-k", "-f", "-T1", "-0");
            case "zstd" -> tool(file, ".zst", "zstd", "-q", "-k", "-f");
            default -> throw new IllegalArgumentException(compression);
        };
    }

    private static Path tool(Path file, String suffix, String... argv) throws Exception {
        List<String> command = new ArrayList<>(List.of(argv));
        command.add(file.toString());
        run(command.toArray(String[]::new));
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** @return the file's SHA-256, lower-case hex */
    static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The XML of one image of a catalog, for a file.
     *
     * @param name the image's name
     * @param content disk or rootfs
     * @param compression the compression's literal
     * @param filesystem ext4 or {@code null}
     * @param file the (compressed) file
     * @param contentSize its content's size
     * @param urls the urls
     */
    static String entry(String name, String content, String compression, String filesystem, Path file,
            long contentSize, String... urls) throws Exception {
        return entry(name, content, compression, filesystem, Files.size(file), sha256(file), contentSize, urls);
    }

    /** The XML of one image of a catalog, with the sizes and sum given. */
    static String entry(String name, String content, String compression, String filesystem, long fileSize,
            String sha256, long contentSize, String... urls) {
        StringBuilder xml = new StringBuilder();
        xml.append("  <image>\n    <name>").append(name).append("</name>\n    <version>1.0</version>\n")
                .append("    <architecture>x86_64</architecture>\n    <guestType>pv</guestType>\n")
                .append("    <content>").append(content).append("</content>\n")
                .append("    <compression>").append(compression).append("</compression>\n");
        if (filesystem != null) {
            xml.append("    <filesystem>").append(filesystem).append("</filesystem>\n");
        }
        xml.append("    <fileSize>").append(fileSize).append("</fileSize>\n")
                .append("    <contentSize>").append(contentSize).append("</contentSize>\n")
                .append("    <sha256>").append(sha256).append("</sha256>\n");
        for (String url : urls) {
            xml.append("    <url>").append(url.replace("&", "&amp;")).append("</url>\n");
        }
        xml.append("    <minimumMemory>64</minimumMemory>\n    <minimumDisk>")
                .append(Math.max(contentSize, DISK_SIZE)).append("</minimumDisk>\n")
                .append("    <template>\n      <boot>kernel</boot>\n      <kernel>/boot/vmlinuz</kernel>\n")
                .append("    </template>\n  </image>\n");
        return xml.toString();
    }

    /** @return a catalog document of the entries */
    static String catalog(String... entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<catalog xmlns=\"http://xenophilia.org/schema/image-catalog/1.0\">\n" + String.join("", entries)
                + "</catalog>\n";
    }

    /** @return the one image of a catalog document of one entry */
    static Image image(String entry) throws Exception {
        Catalog c = ImageCatalogs.load(new ByteArrayInputStream(catalog(entry).getBytes(StandardCharsets.UTF_8)),
                "a test's entry");
        return c.getImages().get(0);
    }

    /**
     * Runs a tool, as the test's own hands (never a shell).
     *
     * @return what it printed
     * @throws IllegalStateException when it fails
     */
    static String run(String... argv) throws Exception {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", argv) + " failed: " + out);
        }
        return out;
    }
}
