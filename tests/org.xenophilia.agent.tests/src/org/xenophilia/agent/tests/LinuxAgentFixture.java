package org.xenophilia.agent.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * What the tests of the {@code linux} host networking through the Agent ({@link LinuxNetworksTest},
 * {@link NetworkKillTest}) start from: a namespace playing the node ({@link NodeNamespace}), the Agent's configuration
 * (the administrator {@code adm}, {@code networking = linux}) and state under the test's directory; each
 * {@link #startAgent} a new Agent on that state. After the test the Agent still running is stopped and the namespace
 * cleared.
 */
abstract class LinuxAgentFixture {

    @TempDir
    Path dir;
    NodeNamespace node;
    /** The Agent running, if any. */
    AgentProcess agent;

    @BeforeEach
    void node() throws Exception {
        node = NodeNamespace.open();
        AgentProcess.addUser(conf(), "adm", "admin", "a-long-password");
        Files.writeString(conf(), "networking = linux\n");
    }

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
        }
        node.close();
    }

    /** @return the Agent's {@code agent.conf} */
    Path conf() {
        return dir.resolve("etc/agent.conf");
    }

    /** @return the Agent's state directory */
    Path state() {
        return dir.resolve("state");
    }

    /**
     * @param jvmOptions the Agent JVM's options
     * @return a client of the Agent started, logged in as the administrator
     */
    XenApiClient startAgent(List<String> jvmOptions) throws Exception {
        agent = node.startAgent(conf(), state(), jvmOptions);
        XenApiClient first = agent.client();
        XenApiClient c = XenApiClient.builder(first.uri()).pinnedFingerprint(first.pinnedFingerprint().orElseThrow())
                .build();
        c.login("adm", "a-long-password");
        return c;
    }
}
