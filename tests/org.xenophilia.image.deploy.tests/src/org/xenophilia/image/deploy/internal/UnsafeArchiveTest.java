package org.xenophilia.image.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.DeployTarget;
import org.xenophilia.image.ImageException;

/**
 * Root filesystem archives that would write outside their tree or make special files are refused, naming the entry,
 * with nothing left: no staging tree, no filesystem on the volume. The archives are written by commons-compress,
 * which (unlike GNU tar) writes such names as it is told.
 */
class UnsafeArchiveTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "dot-dot", "absolute", "device", "through-symlink", "fifo", "hard-link-outside" })
    void anUnsafeArchiveIsRefusedNamingTheEntry(String kind) throws Exception {
        Path tar = dir.resolve("evil.tar");
        String named;
        try (OutputStream file = Files.newOutputStream(tar);
                TarArchiveOutputStream out = new TarArchiveOutputStream(file)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            put(out, file("etc/ok", "fine"));
            named = switch (kind) {
                case "dot-dot" -> put(out, file("etc/../../x", "escaped"));
                case "absolute" -> put(out, file("/etc/shadow", "root::0:0"));
                case "device" -> put(out, device());
                case "through-symlink" -> {
                    TarArchiveEntry link = new TarArchiveEntry("lib", TarConstants.LF_SYMLINK);
                    link.setLinkName("/etc");
                    put(out, link);
                    yield put(out, file("lib/passwd", "owned"));
                }
                case "fifo" -> put(out, new TarArchiveEntry("run/pipe", TarConstants.LF_FIFO));
                case "hard-link-outside" -> {
                    TarArchiveEntry hard = new TarArchiveEntry("etc/hosts", TarConstants.LF_LINK);
                    hard.setLinkName("../../../etc/hosts");
                    yield put(out, hard);
                }
                default -> throw new IllegalArgumentException(kind);
            };
            put(out, file("etc/after", "never unpacked"));
        }
        Path local = Files.createDirectories(dir.resolve("local"));
        Files.copy(tar, local.resolve("evil.tar"));
        Files.writeString(local.resolve("catalog.xml"), TestImages.catalog(TestImages.entry("evil", "rootfs", "none",
                null, tar, Files.size(tar), "evil.tar")));
        ImagesDeployer deployer = Deployers.open(dir, null);
        CatalogImage image = Deployers.find(deployer, "evil");
        Path volume = dir.resolve("volume.raw");
        TestImages.run("truncate", "-s", "64M", volume.toString());

        ImageException e = assertThrows(ImageException.class, () -> deployer.write(image,
                deployer.fetch(image, new RecordedProgress()), new DeployTarget(volume, 64L << 20, true),
                new RecordedProgress()));

        assertEquals(ImageException.Kind.UNSAFE_ARCHIVE, e.kind(), e.getMessage());
        assertEquals(List.of(named), e.parameters());
        assertTrue(e.getMessage().contains(named), e.getMessage());
        assertEquals(List.of(), Deployers.filesUnder(dir.resolve("state/staging")));
        assertEquals("0", TestImages.run("stat", "-c", "%b", volume.toString()).trim(), "nothing written");
        assertTrue(Files.notExists(dir.resolve("x")) && Files.notExists(dir.getParent().resolve("x")));
    }

    private static TarArchiveEntry file(String name, String text) {
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(text.getBytes(StandardCharsets.UTF_8).length);
        e.setMode(0100644);
        return e;
    }

    private static TarArchiveEntry device() {
        TarArchiveEntry e = new TarArchiveEntry("dev/sda", TarConstants.LF_BLK);
        e.setDevMajor(8);
        e.setDevMinor(0);
        return e;
    }

    private static String put(TarArchiveOutputStream out, TarArchiveEntry entry) throws Exception {
        out.putArchiveEntry(entry);
        if (entry.isFile() && entry.getSize() > 0) {
            out.write(new byte[(int) entry.getSize()]);
        }
        out.closeArchiveEntry();
        return entry.getName();
    }
}
