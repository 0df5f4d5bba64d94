package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The kinds of caller {@link RoleMatrixTest} calls every method as, and each one's session for a call: the role
 * users' sessions made once, the session-less ones made for each call. An expired session is let expire on the
 * Agent's stepping clock while every session the test keeps stays live, so the Agent's
 * {@code session-idle-timeout} must be {@link #IDLE}.
 */
final class MatrixCallers {

    /**
     * How long a session may be idle: short, so that expiring one for each call moves the stepping clock little (a
     * whole matrix stays well within the hour after which finished tasks are removed).
     */
    static final Duration IDLE = Duration.ofSeconds(4);

    /** A kind of caller. */
    enum Caller {
        /** An admin's session. */
        ADMIN(Role.ADMIN, AgentFixture.ADMIN),
        /** An operator's session. */
        OPERATOR(Role.OPERATOR, AgentFixture.OPERATOR),
        /** A read-only user's session. */
        READ_ONLY(Role.READ_ONLY, AgentFixture.VIEWER),
        /** No session: an empty reference. */
        EMPTY_SESSION(null, null),
        /** No session: a reference the Agent never made. */
        MADE_UP_SESSION(null, null),
        /** An admin's session that was idle longer than {@code session-idle-timeout}. */
        EXPIRED_SESSION(null, null),
        /** An admin's session after {@code session.logout}. */
        LOGGED_OUT_SESSION(null, null);

        /** The role of the caller's session, null without a live one. */
        final Role role;
        /** The user of the caller's session, if it has one. */
        final String user;

        Caller(Role role, String user) {
            this.role = role;
            this.user = user;
        }
    }

    private final AgentFixture f;
    private final Map<Caller, XenApiClient> roleClients = new EnumMap<>(Caller.class);
    private final List<XenApiClient> kept = new ArrayList<>();
    private final String loggedOut;

    /**
     * Logs the role users in, and an admin in and out.
     *
     * @param f the Agent, its {@code session-idle-timeout} {@link #IDLE}
     * @param alsoKept the test's other clients, whose sessions must stay live too
     */
    MatrixCallers(AgentFixture f, XenApiClient... alsoKept) throws Exception {
        this.f = f;
        for (Caller c : List.of(Caller.ADMIN, Caller.OPERATOR, Caller.READ_ONLY)) {
            roleClients.put(c, f.loggedIn(c.user));
        }
        kept.addAll(roleClients.values());
        kept.addAll(List.of(alsoKept));
        XenApiClient gone = f.loggedIn(AgentFixture.ADMIN);
        loggedOut = gone.session().orElseThrow().value();
        gone.logout();
    }

    /**
     * @param method the method to be called
     * @return each caller's session for a call of it; made before the host is looked at, since making them changes
     *         the sessions
     */
    Map<Caller, String> sessionsFor(String method) throws Exception {
        List<Caller> order = new ArrayList<>(List.of(Caller.values()));
        // first, as it moves the clock: the sessions made after it are not idle
        order.remove(Caller.EXPIRED_SESSION);
        order.add(0, Caller.EXPIRED_SESSION);
        Map<Caller, String> sessions = new EnumMap<>(Caller.class);
        for (Caller c : order) {
            sessions.put(c, sessionOf(c, method));
        }
        return sessions;
    }

    private String sessionOf(Caller c, String method) throws Exception {
        return switch (c) {
            // a session of its own for the logout to end, as a login makes it
            case ADMIN, OPERATOR, READ_ONLY -> method.equals("session.logout")
                    ? f.agent.sessions().create(c.user, c.role, "role-matrix").ref().value()
                    : roleClients.get(c).session().orElseThrow().value();
            case EMPTY_SESSION -> "";
            case MADE_UP_SESSION -> Ref.PREFIX + UUID.randomUUID();
            case EXPIRED_SESSION -> expiredSession();
            case LOGGED_OUT_SESSION -> loggedOut;
        };
    }

    /**
     * Lets a new admin session (made by the registry as a login makes it, without the password's hashing time)
     * expire while every kept session stays live: the clock moves past the idle timeout in two steps, the kept
     * sessions used after each.
     */
    private String expiredSession() throws Exception {
        String expiring = f.agent.sessions().create(AgentFixture.ADMIN, Role.ADMIN, "role-matrix").ref().value();
        Duration first = IDLE.minusSeconds(1);
        f.clock.advance(first);
        keepLive();
        f.clock.advance(IDLE.minus(first).plusSeconds(1));
        keepLive();
        assertFalse(f.agent.sessions().live().contains(Ref.of(expiring)), "the session has not expired");
        return expiring;
    }

    private void keepLive() throws Exception {
        for (XenApiClient c : kept) {
            f.agent.sessions().use(c.session().orElseThrow().value());
        }
    }
}
