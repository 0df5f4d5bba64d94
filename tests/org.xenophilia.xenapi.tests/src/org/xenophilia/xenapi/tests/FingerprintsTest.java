package org.xenophilia.xenapi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.client.Fingerprints;

class FingerprintsTest {

    private static final String CANONICAL =
            "BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD";

    @Test
    void sha256IsColonSeparatedUpperCaseHex() {
        // SHA-256("abc"), the FIPS 180-2 test vector
        assertEquals(CANONICAL, Fingerprints.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void normalizeAcceptsWhatPeoplePaste() {
        String plain = CANONICAL.replace(":", "").toLowerCase();
        assertEquals(CANONICAL, Fingerprints.normalize(plain));
        assertEquals(CANONICAL, Fingerprints.normalize("sha256 Fingerprint=" + CANONICAL));
        assertEquals(CANONICAL, Fingerprints.normalize("SHA256:" + CANONICAL.replace(':', ' ')));
        assertEquals(CANONICAL, Fingerprints.normalize("  " + CANONICAL.toLowerCase() + "\n"));
        assertThrows(IllegalArgumentException.class, () -> Fingerprints.normalize("BA:78"));
        assertThrows(IllegalArgumentException.class, () -> Fingerprints.normalize(plain.replace('a', 'g')));
    }
}
