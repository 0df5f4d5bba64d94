package org.xenophilia.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xenophilia.storage.ConfigKey;
import org.xenophilia.storage.ConfigKey.Type;
import org.xenophilia.storage.StorageException;

/** A repository's configuration as an admin types it: checked against the keys, in canonical form, defaults added. */
public class ConfigKeyTest {

    private static final List<ConfigKey> KEYS = List.of(
            ConfigKey.required("location", Type.PATH, "the directory"),
            ConfigKey.optional("size", Type.SIZE, "1G", "how large"),
            ConfigKey.optional("thin", Type.BOOLEAN, "yes", "thin volumes"),
            ConfigKey.optional("label", Type.STRING, null, "a label"));

    @Test
    public void valuesComeBackInCanonicalFormWithTheDefaults() throws StorageException {
        assertEquals(Map.of("location", "/srv/images", "size", "1073741824", "thin", "true"),
                ConfigKey.checkAll(KEYS, Map.of("location", "/srv//images/")));
        assertEquals(Map.of("location", "/srv", "size", String.valueOf(10L << 30), "thin", "false", "label", "x"),
                ConfigKey.checkAll(KEYS, Map.of("location", "/srv", "size", "10G", "thin", "off", "label", " x ")));
        assertEquals("512", KEYS.get(1).check("512"));
        assertEquals(String.valueOf(3L << 20), KEYS.get(1).check("3MiB"));
    }

    @Test
    public void eachProblemIsNamedWithTheKeyAndTheValue() {
        StorageException e = assertThrows(StorageException.class, () -> ConfigKey.checkAll(KEYS, Map.of()));
        assertEquals("INVALID_VALUE", e.code());
        assertEquals(List.of("location", ""), e.params());
        assertEquals("location: required (the directory)", e.getMessage());

        e = assertThrows(StorageException.class, () -> ConfigKey.checkAll(KEYS, Map.of("location", "/a",
                "loaction", "/b")));
        assertEquals("unknown key 'loaction' (known: label, location, size, thin)", e.getMessage());

        e = assertThrows(StorageException.class, () -> ConfigKey.checkAll(KEYS, Map.of("location", "images")));
        assertEquals("location: not an absolute path: images", e.getMessage());
        assertEquals(List.of("location", "images"), e.params());

        e = assertThrows(StorageException.class, () -> ConfigKey.checkAll(KEYS, Map.of("location", "/srv/../etc")));
        assertEquals("location: a path without . or .. elements: /srv/../etc", e.getMessage());

        e = assertThrows(StorageException.class, () -> ConfigKey.checkAll(KEYS, Map.of("location", "/a",
                "size", "lots")));
        assertEquals("size: not a size (bytes, or a number with K, M, G, T, P): lots", e.getMessage());
        e = assertThrows(StorageException.class, () -> ConfigKey.checkAll(KEYS, Map.of("location", "/a",
                "size", "99999999P")));
        assertEquals("size: too large: 99999999P", e.getMessage());
        e = assertThrows(StorageException.class, () -> ConfigKey.checkAll(KEYS, Map.of("location", "/a",
                "label", "two\nlines")));
        assertEquals("label: at most 1024 characters, no control characters", e.getMessage());
    }

    @Test
    public void aDeclarationIsCheckedToo() {
        assertThrows(IllegalArgumentException.class, () -> ConfigKey.required("Location", Type.PATH, "x"));
        assertThrows(IllegalArgumentException.class, () -> new ConfigKey("a", Type.PATH, true, "/x", "x"));
        assertThrows(IllegalArgumentException.class, () -> ConfigKey.optional("a", Type.SIZE, "big", "x"),
                "a default is checked like a value");
    }
}
