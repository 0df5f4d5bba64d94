package org.xenophilia.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xenophilia.network.BridgeNames;
import org.xenophilia.network.definition.Network;

/** A network without a bridge setting gets one derived from its name, as network.xsd documents it. */
class BridgeNamesTest {

    @ParameterizedTest
    @CsvSource({ "lab, xnlab", "a, xna", "thirteen-char, xnthirteen-char", "fourteen-chars, xnfourtee-ecfc2",
        "production-frontend, xnproduct-ea752", "production-backend, xnproduct-4cb50" })
    void theDerivedNameIsStableAndFitsLinux(String network, String bridge) {
        String derived = BridgeNames.derive(network);

        assertEquals(bridge, derived);
        assertTrue(derived.length() <= BridgeNames.MAX_LENGTH, derived);
        assertTrue(derived.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,14}"), "an InterfaceName of network.xsd");
    }

    @Test
    void twoLongNamesWithACommonStartGetTwoBridges() {
        assertNotEquals(BridgeNames.derive("production-frontend"), BridgeNames.derive("production-backend"));
    }

    @Test
    void anExplicitBridgeWins() throws Exception {
        Network network = TestData.network("lab", "private", "<bridge>br-lab</bridge>");
        assertEquals("br-lab", BridgeNames.of(network));
        network.setBridge(null);
        assertEquals("xnlab", BridgeNames.of(network));
    }
}
