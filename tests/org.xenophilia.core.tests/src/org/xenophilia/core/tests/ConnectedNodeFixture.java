package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.core.NodeCallJob;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * What the core's job tests start from: a real Agent (with the storage backends {@link #storagePlugins()} names), the
 * Workbench's connection to it, and another administrator's client of the test's own; and their jobs run to the end.
 */
abstract class ConnectedNodeFixture {

    @TempDir
    Path dir;
    NodeFixture f;
    NodeConnection c;
    XenApiClient other;

    /** @return storage backends' jars for the Agent's class path (with the storage SPI); none by default */
    List<Path> storagePlugins() throws Exception {
        return List.of();
    }

    @BeforeEach
    void start() throws Exception {
        f = new NodeFixture(dir, storagePlugins());
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

    /** Runs the job and checks that it succeeded; @return its answer */
    static <T> T done(NodeCallJob<T> job) throws InterruptedException {
        job.schedule();
        if (!job.join(60_000, null)) {
            job.cancel();
            throw new AssertionError(job.getName() + " did not finish within 60 s");
        }
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        return job.answer().orElse(null);
    }

    /** Runs the job and checks that it failed; @return its result */
    static IStatus failed(NodeCallJob<?> job) throws InterruptedException {
        job.schedule();
        job.join(60_000, null);
        assertEquals(IStatus.ERROR, job.getResult().getSeverity(), String.valueOf(job.getResult()));
        return job.getResult();
    }
}
