package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.core.NodeRegistry;

/** The node list on disk: survives a reopen, written atomically, refuses a damaged file. */
class NodeRegistryTest {

    @TempDir
    Path dir;

    @Test
    void nodesSurviveAReopenInOrder() throws IOException {
        NodeRegistry r = NodeRegistry.open(dir);
        AtomicInteger changes = new AtomicInteger();
        r.addListener(x -> changes.incrementAndGet());
        NodeDescriptor alpha = NodeDescriptor.create("alpha", "10.0.0.1", 8443, "admin");
        NodeDescriptor beta = NodeDescriptor.create("beta = \"#!x\"\nnode.9.id=evil", "fe80::1", 443, "root");
        r.put(alpha);
        r.put(beta);
        r.put(alpha.withFingerprint("AB:CD"));
        assertEquals(3, changes.get());

        NodeRegistry again = NodeRegistry.open(dir);
        assertEquals(List.of(alpha.withFingerprint("AB:CD"), beta), again.nodes());
        assertEquals("https://[fe80::1]:443/", again.node(beta.id()).orElseThrow().uri().toString());

        assertTrue(again.remove(alpha.id()));
        assertFalse(again.remove(alpha.id()));
        assertEquals(List.of(beta), NodeRegistry.open(dir).nodes());
    }

    @Test
    void writesLeaveNoTemporaryFiles() throws IOException {
        NodeRegistry r = NodeRegistry.open(dir);
        for (int i = 0; i < 5; i++) {
            r.put(NodeDescriptor.create("n" + i, "host" + i, 8443, "admin"));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(NodeRegistry.FILE_NAME), files.map(p -> p.getFileName().toString()).toList());
        }
        assertFalse(Files.readString(r.file()).contains("password"));
    }

    @Test
    void aDamagedFileIsReportedNotIgnored() throws IOException {
        Files.writeString(dir.resolve(NodeRegistry.FILE_NAME), "node.0.id=x\nnode.0.host=h\nnode.0.port=99999\n");
        IOException e = assertThrows(IOException.class, () -> NodeRegistry.open(dir));
        assertTrue(e.getMessage().contains("port out of range"), e.getMessage());
    }

    @Test
    void descriptorsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> NodeDescriptor.create("a", "", 8443, "u"));
        assertThrows(IllegalArgumentException.class, () -> NodeDescriptor.create("a", "h", 0, "u"));
        assertEquals(null, NodeDescriptor.create("a", "h", 1, "u").withFingerprint(" ").fingerprint());
    }
}
