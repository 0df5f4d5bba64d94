package org.xenophilia.agent.internal.api;

import java.util.concurrent.Semaphore;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;

/**
 * {@code event.from} and {@code event.inject} over the {@link EventHub}. A waiting {@code event.from} holds a request
 * thread, so only so many may wait at once; beyond that a call returns at once (an empty batch with the current
 * token), which clients handle as an ordinary timeout and call again.
 */
public final class EventApi {

    /** The long poll: it waits up to its timeout for a change. */
    public static final String FROM = "event.from";

    private EventApi() {
    }

    /**
     * @param registry where to register
     * @param events the hub
     * @param maxWaiting how many {@code event.from} calls may block at once
     */
    public static void register(ApiRegistry registry, EventHub events, int maxWaiting) {
        Semaphore waiting = new Semaphore(Math.max(1, maxWaiting));
        registry.register(FROM, Role.READ_ONLY, c -> {
            var classes = c.strings(1);
            String token = c.string(2);
            double timeout = c.real(3);
            if (timeout <= 0 || !waiting.tryAcquire()) {
                return events.from(classes, token, 0);
            }
            try {
                return events.from(classes, token, timeout);
            } finally {
                waiting.release();
            }
        }, "classes", "token", "timeout");
        registry.register("event.inject", Role.READ_ONLY, c -> {
            String cls = c.string(1);
            String ref = c.string(2);
            EventHub.ClassSource source = events.source(cls)
                    .orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception(cls, ref));
            Ref r = ref.isEmpty() ? null : Ref.of(ref);
            if (r == null || source.record(r).isEmpty()) {
                throw ErrorCode.HANDLE_INVALID.exception(cls, ref);
            }
            return events.changed(cls, r);
        }, "class", "ref");
    }
}
