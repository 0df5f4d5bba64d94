package org.xenophilia.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.VolumeNames;

/** A name is never an option, a path, a hidden file or shell syntax. */
public class VolumeNamesTest {

    @Test
    public void ordinaryNamesPass() throws StorageException {
        for (String name : List.of("web01", "web01-root", "db_data.2", "x", "9", "debian-12+backports",
                "a".repeat(64))) {
            assertEquals(name, VolumeNames.check(name));
        }
    }

    @Test
    public void namesThatATouchOrAShellWouldReadOtherwiseAreRefused() {
        for (String name : List.of("", "-rf", ".hidden", "..", "a/b", "../etc/passwd", "a b", "x;rm -rf /",
                "$(reboot)", "`id`", "a\nb", "snap@x", "a".repeat(65), "naïve")) {
            StorageException e = assertThrows(StorageException.class, () -> VolumeNames.check(name), name);
            assertEquals("INVALID_VALUE", e.code());
            assertEquals(List.of("name", name), e.params());
        }
        StorageException e = assertThrows(StorageException.class, () -> VolumeNames.check("a\nb"));
        assertEquals("a volume's name is 1-64 of A-Z a-z 0-9 _ . + -, starting with a letter or a digit: 'a\\u000ab'",
                e.getMessage());
    }
}
