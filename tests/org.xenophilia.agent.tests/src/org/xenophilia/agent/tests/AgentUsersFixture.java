package org.xenophilia.agent.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the API tests of an Agent on loopback start from: its {@code agent.conf} under the test's directory with the
 * administrator {@code adm} and, unless {@link #withViewer} says not, the read-only {@code viewer} (both
 * {@code a-long-password}) and no setting; the Agent the test starts in {@link #agent} is stopped after it.
 */
abstract class AgentUsersFixture {

    @TempDir
    Path dir;
    AgentProcess agent;

    /** @return whether the read-only user {@code viewer} is configured too */
    boolean withViewer() {
        return true;
    }

    @BeforeEach
    void users() throws Exception {
        AgentProcess.addUser(conf(), "adm", "admin", "a-long-password");
        if (withViewer()) {
            AgentProcess.addUser(conf(), "viewer", "read-only", "a-long-password");
        }
        Files.writeString(conf(), "");
    }

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
        }
    }

    /** @return the Agent's {@code agent.conf} */
    Path conf() {
        return dir.resolve("etc/agent.conf");
    }
}
