package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.core.CredentialStore;
import org.xenophilia.core.InMemoryCredentialStore;
import org.xenophilia.core.SecureStorageCredentialStore;

/**
 * Passwords in a real Eclipse secure-storage file, opened with a fixed master password so no dialog can appear (as
 * {@code -eclipse.password} does for the Workbench under test).
 */
class SecureStorageCredentialStoreTest {

    @TempDir
    Path dir;

    private ISecurePreferences open(Path file) throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master-password".toCharArray()));
        return SecurePreferencesFactory.open(file.toUri().toURL(), options);
    }

    @Test
    void passwordsAreStoredEncryptedAndReadBack() throws Exception {
        Path file = dir.resolve("secure_storage");
        CredentialStore store = new SecureStorageCredentialStore(open(file));
        assertEquals(Optional.empty(), store.password("node-1"));
        store.setPassword("node-1", "s3cret-Passw0rd");
        store.setPassword("node-2", "other");

        String onDisk = Files.readString(file);
        assertFalse(onDisk.contains("s3cret-Passw0rd"), "encrypted on disk");
        assertTrue(onDisk.contains("org.xenophilia.core"), onDisk);

        CredentialStore reopened = new SecureStorageCredentialStore(open(file));
        assertEquals(Optional.of("s3cret-Passw0rd"), reopened.password("node-1"));
        reopened.remove("node-1");
        reopened.remove("node-unknown");
        assertEquals(Optional.empty(), new SecureStorageCredentialStore(open(file)).password("node-1"));
        assertEquals(Optional.of("other"), new SecureStorageCredentialStore(open(file)).password("node-2"));
    }

    @Test
    void theInMemoryStoreForgetsOnRemove() {
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        store.setPassword("n", "p");
        assertEquals(Optional.of("p"), store.password("n"));
        store.remove("n");
        assertEquals(Optional.empty(), store.password("n"));
    }
}
