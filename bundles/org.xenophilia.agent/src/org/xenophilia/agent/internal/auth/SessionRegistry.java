package org.xenophilia.agent.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The live sessions. Bounded: beyond {@code maxSessions} the least recently used session is ended (as xapi does),
 * so a client that never logs out cannot exhaust memory. A session unused for longer than {@code idleTimeout}
 * expires; using it then gives {@code SESSION_INVALID}.
 */
public final class SessionRegistry {

    /** One session. */
    public static final class Session {
        private final Ref ref;
        private final String uuid = UUID.randomUUID().toString();
        private final String user;
        private final Role role;
        private final String originator;
        private final Instant created;
        private Instant lastActive;

        Session(Ref ref, String user, Role role, String originator, Instant now) {
            this.ref = ref;
            this.user = user;
            this.role = role;
            this.originator = originator;
            this.created = now;
            this.lastActive = now;
        }

        /** @return the session reference */
        public Ref ref() {
            return ref;
        }

        /** @return the session's uuid */
        public String uuid() {
            return uuid;
        }

        /** @return the user name */
        public String user() {
            return user;
        }

        /** @return the user's role at login */
        public Role role() {
            return role;
        }

        /** @return the client's self-description at login, or "" */
        public String originator() {
            return originator;
        }

        /** @return when the session was created */
        public Instant created() {
            return created;
        }

        /** @return when the session was last used */
        public synchronized Instant lastActive() {
            return lastActive;
        }
    }

    private final Clock clock;
    private final Duration idleTimeout;
    private final int maxSessions;
    private final Map<Ref, Session> sessions = new LinkedHashMap<>(64, 0.75f, true);

    /**
     * @param clock the time source
     * @param idleTimeout how long an unused session lives
     * @param maxSessions the most sessions kept at once
     */
    public SessionRegistry(Clock clock, Duration idleTimeout, int maxSessions) {
        if (maxSessions < 1 || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("need at least one session and a positive idle timeout");
        }
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.maxSessions = maxSessions;
    }

    /**
     * @param user the authenticated user
     * @param role the user's role
     * @param originator the client's self-description
     * @return the new session
     */
    public synchronized Session create(String user, Role role, String originator) {
        expireIdle();
        while (sessions.size() >= maxSessions) {
            Iterator<Session> lru = sessions.values().iterator();
            lru.next();
            lru.remove();
        }
        Session s = new Session(Ref.random(), user, role, originator, clock.instant());
        sessions.put(s.ref(), s);
        return s;
    }

    /**
     * Finds a live session and marks it used.
     *
     * @param ref the reference the client sent
     * @return the session
     * @throws XenApiException {@code SESSION_INVALID} if it is unknown, logged out or expired
     */
    public synchronized Session use(String ref) throws XenApiException {
        Session s = ref == null || ref.isEmpty() ? null : sessions.get(Ref.of(ref));
        Instant now = clock.instant();
        if (s != null && isIdle(s, now)) {
            sessions.remove(s.ref());
            s = null;
        }
        if (s == null) {
            throw ErrorCode.SESSION_INVALID.exception(ref == null ? "" : ref);
        }
        synchronized (s) {
            s.lastActive = now;
        }
        return s;
    }

    /**
     * Ends a session.
     *
     * @param ref the session
     */
    public synchronized void end(Ref ref) {
        sessions.remove(ref);
    }

    /** @return the number of live sessions */
    public synchronized int size() {
        expireIdle();
        return sessions.size();
    }

    /**
     * Looks without touching: unlike {@link #size()} and {@link #use}, this ends no expired session and marks none
     * used, so what it shows is what the next call will find.
     *
     * @return the references of the sessions live now (not ended, not expired)
     */
    public synchronized Set<Ref> live() {
        Instant now = clock.instant();
        return sessions.values().stream().filter(s -> !isIdle(s, now)).map(Session::ref)
                .collect(Collectors.toUnmodifiableSet());
    }

    private boolean isIdle(Session s, Instant now) {
        return s.lastActive().plus(idleTimeout).isBefore(now);
    }

    private void expireIdle() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> isIdle(s, now));
    }
}
