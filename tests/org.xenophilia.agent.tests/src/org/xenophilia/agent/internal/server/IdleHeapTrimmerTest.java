package org.xenophilia.agent.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** {@link IdleHeapTrimmer} collects once after each burst of requests, once none has come for the idle time. */
class IdleHeapTrimmerTest {

    private static final long S = 1_000_000_000L;

    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();
    private final IdleHeapTrimmer trimmer = new IdleHeapTrimmer(requests::get, Duration.ofSeconds(2),
            collections::incrementAndGet, 100 * S);

    @Test
    void startupCountsAsABurst() {
        assertFalse(trimmer.tick(101 * S));
        assertTrue(trimmer.tick(102 * S));
        assertFalse(trimmer.tick(110 * S), "nothing new since");
        assertEquals(1, collections.get());
    }

    @Test
    void neverWhileRequestsComeThenOnceAfterTheyStop() {
        long t = 100 * S;
        for (int i = 0; i < 20; i++) {
            requests.incrementAndGet();
            t += S;
            assertFalse(trimmer.tick(t));
        }
        assertFalse(trimmer.tick(t + S));
        assertTrue(trimmer.tick(t + 2 * S));
        assertFalse(trimmer.tick(t + 3 * S));
        assertFalse(trimmer.tick(t + 60 * S));
        assertEquals(1, collections.get());

        requests.incrementAndGet();
        assertFalse(trimmer.tick(t + 61 * S));
        assertTrue(trimmer.tick(t + 63 * S));
        assertEquals(2, collections.get());
    }
}
