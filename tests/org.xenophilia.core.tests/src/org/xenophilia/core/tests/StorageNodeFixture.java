package org.xenophilia.core.tests;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * What the storage tests of the core start from: a real Agent with the {@code file} storage backend, the
 * Workbench's connection to it, and another administrator's client of the test's own.
 */
abstract class StorageNodeFixture {

    static final long MIB = 1L << 20;

    @TempDir
    Path dir;
    NodeFixture f;
    NodeConnection c;
    XenApiClient other;

    @BeforeEach
    void start() throws Exception {
        f = new NodeFixture(dir, List.of(AgentNode.fileBackendJar()));
        c = f.connected(null);
        other = f.otherClient();
    }

    @AfterEach
    void stop() {
        if (other != null) {
            other.close();
        }
        f.close();
    }
}
