package org.xenophilia.e2e.tests;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test against the real Xen of the tier that owns some domain names: whatever a failed earlier run left under those
 * names is removed before each test (through the Agent, so dom0 and the Agent agree), and the test's domains after
 * it. Without a real Xen ({@link RealXen#get()}) the test is skipped.
 */
abstract class RealXenTest {

    /** The Agent under test and its dom0. */
    protected RealXen xen;
    private final List<String> owned;

    /** @param owned the domain names the test creates */
    protected RealXenTest(String... owned) {
        this.owned = List.of(owned);
    }

    @BeforeEach
    final void removeLeftovers() throws Exception {
        xen = RealXen.get();
        owned.forEach(xen::remove);
    }

    @AfterEach
    final void removeOwnDomains() {
        if (xen != null) {
            owned.forEach(xen::remove);
        }
    }
}
