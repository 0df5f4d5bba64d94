package org.xenophilia.core.tests;

import java.nio.file.Path;
import java.util.List;

import org.xenophilia.agent.testing.AgentNode;

/**
 * What the storage tests of the core start from: a real Agent with the {@code file} storage backend, the
 * Workbench's connection to it, and another administrator's client of the test's own.
 */
abstract class StorageNodeFixture extends ConnectedNodeFixture {

    static final long MIB = 1L << 20;

    @Override
    List<Path> storagePlugins() throws Exception {
        return List.of(AgentNode.fileBackendJar());
    }
}
