package org.xenophilia.files.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.files.AtomicFiles;

/** Whole-file writes: the content arrives whole, with the permissions asked for, and a failure loses nothing. */
public class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> leftovers() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    public void aSecretIsOwnerOnlyAndReplacesTheOldContentWhole() throws IOException {
        Path file = dir.resolve("keystore.pass");
        AtomicFiles.write(file, bytes("old\n"), AtomicFiles.OWNER_ONLY);
        AtomicFiles.write(file, bytes("new secret\n"), AtomicFiles.OWNER_ONLY);
        assertEquals("new secret\n", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(), leftovers(), "no temporary file is left");
    }

    @Test
    public void aDocumentKeepsThePermissionsTheUserGaveIt() throws IOException {
        Path created = dir.resolve("web01.cfg");
        AtomicFiles.writeDocument(created, bytes("name = \"web01\"\n"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)),
                "a new document is readable, as an editor leaves a saved file");

        Files.setPosixFilePermissions(created, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeDocument(created, bytes("name = \"web02\"\n"));
        assertEquals("name = \"web02\"\n", Files.readString(created));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)),
                "an existing document keeps its permissions");
    }

    @Test
    public void missingParentDirectoriesAreCreated() throws IOException {
        Path file = dir.resolve("state/domains/a.xml");
        AtomicFiles.write(file, bytes("<domain/>"), AtomicFiles.WORLD_READABLE);
        assertArrayEquals(bytes("<domain/>"), Files.readAllBytes(file));
    }

    @Test
    public void aFailedWriteLeavesTheTargetAsItWas() throws IOException {
        Path target = dir.resolve("registry.json");
        AtomicFiles.write(target, bytes("{\"nodes\":[]}"), AtomicFiles.OWNER_ONLY);
        // the rename cannot replace a non-empty directory: the write fails after the temporary file was written
        Path blocked = Files.createDirectory(dir.resolve("blocked"));
        Files.writeString(blocked.resolve("inside"), "x");
        assertThrows(IOException.class, () -> AtomicFiles.write(blocked, bytes("lost"), AtomicFiles.OWNER_ONLY));
        assertEquals("x", Files.readString(blocked.resolve("inside")), "what was there is untouched");
        assertEquals("{\"nodes\":[]}", Files.readString(target));
        assertEquals(List.of(), leftovers(), "the temporary file is removed");
    }

    @Test
    public void aSecretDirectoryIsOwnerOnly() throws IOException {
        Path tls = AtomicFiles.createDirectory(dir.resolve("etc/tls"), AtomicFiles.OWNER_ONLY_DIR);
        assertTrue(Files.isDirectory(tls));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tls)));
        AtomicFiles.createDirectory(tls, AtomicFiles.OWNER_ONLY_DIR); // again: fine
    }

    @Test
    public void openingAStoreDirectoryDropsTheTemporaryFilesOfInterruptedWritesOnly() throws IOException {
        Path store = Files.createDirectory(dir.resolve("domains"));
        Files.writeString(store.resolve("a.xml"), "<domain/>");
        Files.writeString(store.resolve(".a.xml.1234.tmp"), "<dom"); // a write a crash cut short
        AtomicFiles.openOwnerOnlyDirectory(store);
        try (var files = Files.list(store)) {
            assertEquals(List.of("a.xml"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals("<domain/>", Files.readString(store.resolve("a.xml")));

        Path fresh = AtomicFiles.openOwnerOnlyDirectory(dir.resolve("next-boot"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }
}
