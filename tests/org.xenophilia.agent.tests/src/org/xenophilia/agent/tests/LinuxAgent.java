package org.xenophilia.agent.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.xenophilia.xenapi.client.XenApiClient;

/**
 * An Agent with the {@code linux} host networking in a namespace playing the node ({@link NodeNamespace}), as the
 * network tests run it ({@link LinuxNetworksTest}, {@link NetworkKillTest}): its configuration (the administrator
 * {@code adm}, {@code networking = linux}) and state under the test's directory; each {@link #start} a new Agent on
 * that state. Closing stops the Agent still running and clears the namespace.
 */
final class LinuxAgent implements AutoCloseable {

    /** The node. */
    final NodeNamespace node;
    private final Path dir;
    /** The Agent running, if any. */
    AgentProcess agent;

    /** @param dir the test's directory */
    LinuxAgent(Path dir) throws Exception {
        this.dir = dir;
        node = NodeNamespace.open();
        try {
            AgentProcess.addUser(conf(), "adm", "admin", "a-long-password");
            Files.writeString(conf(), "networking = linux\n");
        } catch (Exception e) {
            node.close();
            throw e;
        }
    }

    /** @return its {@code agent.conf} */
    Path conf() {
        return dir.resolve("etc/agent.conf");
    }

    /** @return its state directory */
    Path state() {
        return dir.resolve("state");
    }

    /**
     * @param jvmOptions the Agent JVM's options
     * @return a client of the Agent started, logged in as the administrator
     */
    XenApiClient start(List<String> jvmOptions) throws Exception {
        agent = node.startAgent(conf(), state(), jvmOptions);
        XenApiClient first = agent.client();
        XenApiClient c = XenApiClient.builder(first.uri()).pinnedFingerprint(first.pinnedFingerprint().orElseThrow())
                .build();
        c.login("adm", "a-long-password");
        return c;
    }

    @Override
    public void close() {
        if (agent != null) {
            agent.close();
        }
        node.close();
    }
}
