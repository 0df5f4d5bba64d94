package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.internal.auth.LoginThrottle;
import org.xenophilia.agent.internal.auth.PasswordHash;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/** Logins, rate limiting, sessions and roles, over TLS against a real Agent. */
class AuthenticationTest {

    @TempDir
    Path dir;
    AgentFixture f;

    @BeforeEach
    void start() throws IOException {
        f = new AgentFixture(dir, c -> c.set("session-idle-timeout", "600").set("max-sessions", "4"));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static void assertFailure(ErrorCode expected, XenApiException e) {
        assertEquals(expected.code(), e.code(), e.getMessage());
    }

    @Test
    void goodLoginGivesASessionAndBadOnesAuthenticationFailed() throws Exception {
        XenApiClient c = f.client();
        Ref s = c.login(AgentFixture.VIEWER, AgentFixture.PASSWORD);
        assertTrue(s.value().startsWith("OpaqueRef:"), s.value());
        Object host = c.call("session.get_this_host", s, s);
        assertEquals(List.of(host), WireValues.asList(c.call("host.get_all", s)));

        XenApiException wrong = assertThrows(XenApiException.class,
                () -> f.client().login(AgentFixture.VIEWER, "not the password"));
        assertFailure(ErrorCode.SESSION_AUTHENTICATION_FAILED, wrong);
        assertEquals(List.of(), wrong.params());
        XenApiException unknown = assertThrows(XenApiException.class,
                () -> f.client().login("nobody", AgentFixture.PASSWORD));
        assertFailure(ErrorCode.SESSION_AUTHENTICATION_FAILED, unknown);
    }

    @Test
    void repeatedFailuresLockTheUserOutEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertFailure(ErrorCode.SESSION_AUTHENTICATION_FAILED, assertThrows(XenApiException.class,
                    () -> f.client().login(AgentFixture.OPERATOR, "guess")));
        }
        assertFailure(ErrorCode.SESSION_AUTHENTICATION_FAILED, assertThrows(XenApiException.class,
                () -> f.client().login(AgentFixture.OPERATOR, AgentFixture.PASSWORD)));
        // the address is locked out too: another user from here must wait as well
        assertFailure(ErrorCode.SESSION_AUTHENTICATION_FAILED, assertThrows(XenApiException.class,
                () -> f.client().login(AgentFixture.ADMIN, AgentFixture.PASSWORD)));

        f.clock.advance(Duration.ofSeconds(2));
        f.client().login(AgentFixture.OPERATOR, AgentFixture.PASSWORD);
    }

    @Test
    void sessionIsInvalidAfterLogout() throws Exception {
        XenApiClient c = f.loggedIn(AgentFixture.ADMIN);
        Ref s = c.session().orElseThrow();
        c.callWithSession("host.get_all");
        c.logout();
        XenApiException e = assertThrows(XenApiException.class, () -> c.call("host.get_all", s));
        assertFailure(ErrorCode.SESSION_INVALID, e);
        assertEquals(List.of(s.value()), e.params());
        assertFailure(ErrorCode.SESSION_INVALID, assertThrows(XenApiException.class,
                () -> c.call("host.get_all", "OpaqueRef:made-up")));
    }

    @Test
    void sessionExpiresWhenIdle() throws Exception {
        XenApiClient c = f.loggedIn(AgentFixture.ADMIN);
        f.clock.advance(Duration.ofSeconds(500));
        c.callWithSession("host.get_all"); // used: the idle time starts again
        f.clock.advance(Duration.ofSeconds(500));
        c.callWithSession("host.get_all");
        f.clock.advance(Duration.ofSeconds(601));
        assertFailure(ErrorCode.SESSION_INVALID, assertThrows(XenApiException.class,
                () -> c.callWithSession("host.get_all")));
    }

    @Test
    void sessionsAreBoundedDroppingTheLeastRecentlyUsed() throws Exception {
        XenApiClient first = f.loggedIn(AgentFixture.VIEWER);
        for (int i = 0; i < 4; i++) {
            f.loggedIn(AgentFixture.VIEWER);
        }
        assertEquals(4, f.agent.sessions().size());
        assertFailure(ErrorCode.SESSION_INVALID, assertThrows(XenApiException.class,
                () -> first.callWithSession("host.get_all")));
    }

    @Test
    void readOnlyUserIsDeniedMutatingCalls() throws Exception {
        XenApiClient viewer = f.loggedIn(AgentFixture.VIEWER);
        viewer.callWithSession("VM.get_all");
        XenApiException e = assertThrows(XenApiException.class,
                () -> viewer.callWithSession("VM.start", "OpaqueRef:any", false, false));
        assertFailure(ErrorCode.PERMISSION_DENIED, e);
        assertEquals(List.of("VM.start"), e.params());
        // the operator passes the role check and reaches the handle check
        XenApiClient operator = f.loggedIn(AgentFixture.OPERATOR);
        assertFailure(ErrorCode.HANDLE_INVALID, assertThrows(XenApiException.class,
                () -> operator.callWithSession("VM.start", "OpaqueRef:any", false, false)));
    }

    @Test
    void usersAddedWhileRunningCanLogInAndRemovedOnesCannot() throws Exception {
        f.users.add("late", Role.READ_ONLY, "late-comer-password".toCharArray(), PasswordHash.MIN_ITERATIONS);
        XenApiClient c = f.client();
        c.login("late", "late-comer-password");
        assertEquals(1, WireValues.asList(c.callWithSession("pool.get_all")).size());
        f.users.remove("late");
        assertFailure(ErrorCode.SESSION_AUTHENTICATION_FAILED, assertThrows(XenApiException.class,
                () -> f.client().login("late", "late-comer-password")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f.users.file())));
        String content = Files.readString(f.users.file());
        assertTrue(content.contains("admin:admin:pbkdf2-sha256$"), content);
        assertTrue(!content.contains(AgentFixture.PASSWORD), "no clear-text password in the users file");
    }
}
