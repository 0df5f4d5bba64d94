package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.AgentConfig;
import org.xenophilia.agent.internal.auth.LoginThrottle;
import org.xenophilia.agent.internal.auth.PasswordHash;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.auth.UserStore;

/** Password hashes, the users file, the login throttle and the configuration file, below the server. */
class CredentialsAndConfigTest {

    @TempDir
    Path dir;

    @Test
    void hashesAreSaltedSlowAndVerifiable() {
        String a = PasswordHash.hash("password-1".toCharArray(), PasswordHash.MIN_ITERATIONS);
        String b = PasswordHash.hash("password-1".toCharArray(), PasswordHash.MIN_ITERATIONS);
        assertNotEquals(a, b, "salted");
        assertTrue(a.startsWith("pbkdf2-sha256$10000$"), a);
        assertTrue(PasswordHash.verify("password-1".toCharArray(), a));
        assertFalse(PasswordHash.verify("password-2".toCharArray(), a));
        assertFalse(PasswordHash.verify("password-1".toCharArray(), "md5$whatever"));
        assertTrue(PasswordHash.DEFAULT_ITERATIONS >= 600_000);
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.hash("x".toCharArray(), 1000));
    }

    @Test
    void usersFileRejectsBadNamesShortPasswordsAndDamage() throws IOException {
        UserStore users = UserStore.open(dir.resolve("users"));
        assertThrows(IllegalArgumentException.class, () -> users.add("a b", Role.ADMIN, "long-enough".toCharArray(),
                PasswordHash.MIN_ITERATIONS));
        assertThrows(IllegalArgumentException.class, () -> users.add("$(reboot)", Role.ADMIN,
                "long-enough".toCharArray(), PasswordHash.MIN_ITERATIONS));
        assertThrows(IllegalArgumentException.class, () -> users.add("bob", Role.ADMIN, "short".toCharArray(),
                PasswordHash.MIN_ITERATIONS));
        users.add("bob", Role.OPERATOR, "long-enough".toCharArray(), PasswordHash.MIN_ITERATIONS);
        assertThrows(IllegalArgumentException.class, () -> users.add("bob", Role.ADMIN,
                "long-enough".toCharArray(), PasswordHash.MIN_ITERATIONS));
        users.update("bob", Role.READ_ONLY, "another-one".toCharArray(), PasswordHash.MIN_ITERATIONS);
        assertEquals(Role.READ_ONLY, users.authenticate("bob", "another-one".toCharArray()).orElseThrow().role());
        assertTrue(users.authenticate("bob", "long-enough".toCharArray()).isEmpty());

        Files.writeString(dir.resolve("broken"), "bob:superuser:pbkdf2-sha256$1$AA$AA\n");
        IOException e = assertThrows(IOException.class, () -> UserStore.open(dir.resolve("broken")));
        assertTrue(e.getMessage().contains("broken:1"), e.getMessage());
    }

    @Test
    void lockoutDoublesAndIsCapped() {
        SteppingClock clock = new SteppingClock();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
            t.failed("u", "10.0.0.1");
        }
        assertTrue(t.lockout("u", "10.0.0.1").isEmpty());
        t.failed("u", "10.0.0.1");
        assertEquals(Duration.ofSeconds(1), t.lockout("u", "10.0.0.2").orElseThrow(), "the user is locked out");
        assertEquals(Duration.ofSeconds(1), t.lockout("v", "10.0.0.1").orElseThrow(), "so is the address");
        clock.advance(Duration.ofSeconds(1));
        t.failed("u", "10.0.0.1");
        assertEquals(Duration.ofSeconds(2), t.lockout("u", "10.0.0.1").orElseThrow());
        for (int i = 0; i < 30; i++) {
            t.failed("u", "10.0.0.1");
        }
        assertEquals(LoginThrottle.MAX_LOCKOUT, t.lockout("u", "10.0.0.1").orElseThrow());
        t.succeeded("u", "10.0.0.1");
        assertTrue(t.lockout("u", "10.0.0.1").isEmpty());
    }

    @Test
    void configFileAndListenAddresses() throws IOException {
        Path conf = dir.resolve("etc/agent.conf");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "listen = 127.0.0.1:9443\nbackend = simulated\nsession-idle-timeout = 120\n");
        AgentConfig c = AgentConfig.load(conf);
        assertEquals(new InetSocketAddress("127.0.0.1", 9443), c.listen());
        assertEquals(Duration.ofMinutes(2), c.sessionIdleTimeout());
        assertEquals(dir.resolve("etc/users"), c.usersFile());
        assertTrue(AgentConfig.parseListen(":8443").getAddress().isAnyLocalAddress());
        assertEquals(8443, AgentConfig.parseListen("[::1]:8443").getPort());
        assertThrows(IllegalArgumentException.class, () -> AgentConfig.parseListen("8443"));
        assertThrows(IllegalArgumentException.class, () -> AgentConfig.parseListen("host:99999"));
        Files.writeString(conf, "lisen = :8443\n");
        assertThrows(IllegalArgumentException.class, () -> AgentConfig.load(conf));
    }
}
