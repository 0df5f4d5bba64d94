package org.xenophilia.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.xenophilia.xl.cfg.XlConfigParser;

/**
 * Test data. The 62 real xl.cfg files are the copy the xl tests keep in the repository
 * ({@code tests/org.xenophilia.xl.tests/testdata/xlcfg-real/configs}), found through the system property
 * {@code xenophilia.repo} the build passes (the repository root), so a fresh clone has them and there is one copy.
 */
final class Fixtures {

    /** A hand-written definition with comments, odd spacing, single quotes and non-canonical attribute order. */
    static final String HAND_WRITTEN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- web server, owned by ops -->
            <domain xmlns="http://xenophilia.org/schema/domain/1.0">
                <name>web01</name>   <!-- also the host name -->
                <type>pvh</type>
                <memory>1024</memory>
                <maxmem>2048</maxmem>

                <!-- boot -->
                <kernel>/boot/vmlinuz</kernel>
                <extra>console=hvc0</extra>
                <disk vdev='xvda' target='/dev/vg0/web01'   format='raw'/>
                <vif mac="00:16:3e:12:34:56" bridge="xenbr0"/>
            </domain>
            """;

    private Fixtures() {
    }

    static Path repository() {
        return Path.of(System.getProperty("xenophilia.repo", "../.."));
    }

    static Path realConfigs() {
        Path dir = repository().resolve("tests/org.xenophilia.xl.tests/testdata/xlcfg-real/configs");
        assertTrue(Files.isDirectory(dir), "fixture configs not found: " + dir.toAbsolutePath());
        return dir;
    }

    static List<Path> realConfigFiles() {
        try (Stream<Path> files = Files.list(realConfigs())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".cfg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of an xl.cfg file, decoded the way the parser's callers decode it. */
    static String xlCfg(Path file) {
        try {
            return XlConfigParser.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
