package org.xenophilia.agent.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rate-limits failed logins, per user name and per client address: after {@link #FREE_FAILURES} consecutive failures
 * a key is locked out for a delay that doubles with each further failure (1 s, 2 s, 4 s ... up to
 * {@link #MAX_LOCKOUT}). While locked out, login attempts are refused without checking the password, which also
 * spares the CPU the slow hash. A success clears the user's and the address's records. The table is bounded: the
 * oldest records are dropped first; and so is what a record costs: every name no user can have ({@link UserStore#NAME})
 * shares one record, so that failed logins with names of a megabyte cannot fill the heap.
 */
public final class LoginThrottle {

    /** Failures allowed before the first lockout. */
    public static final int FREE_FAILURES = 5;
    /** The longest lockout. */
    public static final Duration MAX_LOCKOUT = Duration.ofMinutes(5);
    private static final Duration FIRST_LOCKOUT = Duration.ofSeconds(1);
    private static final int MAX_ENTRIES = 10_000;

    private static final class Record {
        int failures;
        Instant lockedUntil = Instant.MIN;
    }

    private final Clock clock;
    private final Map<String, Record> records = new LinkedHashMap<>(256, 0.75f, true);

    /** @param clock the time source */
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param user the user name tried
     * @param address the client address
     * @return how long the caller must still wait, or empty if it may try now
     */
    public synchronized Optional<Duration> lockout(String user, String address) {
        Instant now = clock.instant();
        Instant until = max(lockedUntil(userKey(user)), lockedUntil("addr:" + address));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /**
     * Records a failed attempt.
     *
     * @param user the user name tried
     * @param address the client address
     */
    public synchronized void failed(String user, String address) {
        fail(userKey(user));
        fail("addr:" + address);
    }

    /**
     * Records a successful login.
     *
     * @param user the user
     * @param address the client address
     */
    public synchronized void succeeded(String user, String address) {
        records.remove(userKey(user));
        records.remove("addr:" + address);
    }

    /** @return the key of a user name's record: one for all names no user can have */
    private static String userKey(String user) {
        return UserStore.NAME.matcher(user).matches() ? "user:" + user : "user!";
    }

    private Instant lockedUntil(String key) {
        Record r = records.get(key);
        return r == null ? Instant.MIN : r.lockedUntil;
    }

    private void fail(String key) {
        Record r = records.computeIfAbsent(key, k -> new Record());
        r.failures++;
        if (r.failures >= FREE_FAILURES) {
            int doublings = Math.min(r.failures - FREE_FAILURES, 20);
            Duration delay = FIRST_LOCKOUT.multipliedBy(1L << doublings);
            if (delay.compareTo(MAX_LOCKOUT) > 0) {
                delay = MAX_LOCKOUT;
            }
            r.lockedUntil = clock.instant().plus(delay);
        }
        if (records.size() > MAX_ENTRIES) {
            Iterator<String> it = records.keySet().iterator();
            it.next();
            it.remove();
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
