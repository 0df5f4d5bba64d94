package org.xenophilia.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.Vif;
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.MacAddresses;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainEdits;

/** Generated MAC addresses: Xen OUI, unicast, valid for the schema, unique within the definition. */
public class MacAddressesTest {

    @Test
    public void generatedAddressesAreXenUnicastAndSchemaValid() {
        Domain domain = new DomainDocument(Fixtures.HAND_WRITTEN).model();
        RandomGenerator random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            String mac = MacAddresses.generate(domain, random);
            assertTrue(mac.matches("00:16:3e:[0-7][0-9a-f]:[0-9a-f]{2}:[0-9a-f]{2}"), mac);
            assertTrue(MacAddresses.isGenerated(mac));
            assertEquals(0, Integer.parseInt(mac.substring(0, 2), 16) & 1, "unicast");
        }
        DomainDocument document = new DomainDocument(Fixtures.HAND_WRITTEN);
        document.execute(DomainEdits.addVif(document, DomainEdits.newVif(document, "xenbr0", random)));
        assertTrue(DomainDefinitionValidator.validate(document.model()).isEmpty(),
                DomainDefinitionValidator.validate(document.model()).toString());
    }

    @Test
    public void anAddressInUseIsNeverGivenAgain() {
        Domain domain = DomainFactory.eINSTANCE.createDomain();
        // a generator that repeats itself: the first two candidates are taken (one in upper case)
        RandomGenerator repeating = new RandomGenerator() {
            private final int[] values = { 0x12, 0x34, 0x56, 0x12, 0x34, 0x56, 0x12, 0x34, 0x57 };
            private int next;

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int bound) {
                return values[next++ % values.length];
            }
        };
        Vif used = DomainFactory.eINSTANCE.createVif();
        used.setMac("00:16:3E:12:34:56");
        domain.getVifs().add(used);
        assertEquals("00:16:3e:12:34:57", MacAddresses.generate(domain, repeating));
    }

    @Test
    public void manyAddressesInOneDefinitionAreAllDifferent() {
        Domain domain = DomainFactory.eINSTANCE.createDomain();
        RandomGenerator random = new java.util.SplittableRandom(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            Vif vif = DomainFactory.eINSTANCE.createVif();
            vif.setMac(MacAddresses.generate(domain, random));
            domain.getVifs().add(vif);
            assertTrue(seen.add(vif.getMac()), vif.getMac());
        }
        assertNotEquals(MacAddresses.generate(domain, new SecureRandom()), null);
    }
}
