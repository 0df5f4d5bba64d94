package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.VmOperation;
import org.xenophilia.core.VmOperationJob;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;
import org.xenophilia.agent.testing.AgentNode;

/** {@link VmOperationJob}s against a real Agent: several VMs, errors in words, cancellation of a blocked call. */
class VmOperationJobTest {

    private static final List<String> DEMO = List.of("demo-build", "demo-db", "demo-web");

    @TempDir
    Path dir;
    NodeFixture f;
    NodeConnection c;

    @BeforeEach
    void start() throws Exception {
        f = new NodeFixture(dir);
        c = f.connected(null);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private List<VmOperationJob.Target> targets(String... names) {
        return Arrays.stream(names).map(n -> new VmOperationJob.Target(c, NodeFixture.vm(c, n))).toList();
    }

    private static IStatus run(VmOperationJob job) throws InterruptedException {
        job.schedule();
        if (!job.join(60_000, null)) {
            job.cancel();
            throw new AssertionError(job.getName() + " did not finish within 60 s");
        }
        return job.getResult();
    }

    private void awaitAll(VmPowerState state) throws InterruptedException {
        Await.until("all demo VMs " + state, () -> c.model().vms().stream().allMatch(v -> v.powerState() == state),
                () -> NodeFixture.names(c));
    }

    @Test
    void oneJobActsOnThreeVms() throws Exception {
        VmOperationJob start = new VmOperationJob(VmOperation.START, targets(DEMO.toArray(String[]::new)));
        assertEquals("Starting 3 VMs", start.getName());
        assertTrue(start.isUser());
        List<String> progress = new CopyOnWriteArrayList<>();
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return job != start ? new NullProgressMonitor() : new NullProgressMonitor() {
                    @Override
                    public void beginTask(String name, int totalWork) {
                        progress.add("begin " + name);
                    }

                    @Override
                    public void subTask(String name) {
                        progress.add(name);
                    }
                };
            }
        });
        IStatus result;
        try {
            result = run(start);
        } finally {
            Job.getJobManager().setProgressProvider(null);
        }
        assertTrue(result.isOK(), result.toString());
        assertEquals(List.of("begin Starting 3 VMs", "Starting demo-build on alpha", "Starting demo-db on alpha",
                "Starting demo-web on alpha"), progress.stream().filter(t -> !t.isEmpty()).toList());
        awaitAll(VmPowerState.RUNNING);

        assertTrue(run(new VmOperationJob(VmOperation.PAUSE, targets(DEMO.toArray(String[]::new)))).isOK());
        awaitAll(VmPowerState.PAUSED);
        assertTrue(run(new VmOperationJob(VmOperation.RESUME, targets(DEMO.toArray(String[]::new)))).isOK());
        awaitAll(VmPowerState.RUNNING);
        assertTrue(run(new VmOperationJob(VmOperation.REBOOT, targets("demo-web"))).isOK());
        assertTrue(run(new VmOperationJob(VmOperation.SHUTDOWN, targets("demo-web"))).isOK());
        assertTrue(run(new VmOperationJob(VmOperation.FORCE_OFF, targets("demo-db", "demo-build"))).isOK());
        awaitAll(VmPowerState.HALTED);
    }

    @Test
    void failuresReadAsWordsAndDoNotStopTheOtherVms() throws Exception {
        try (XenApiClient other = f.otherClient()) {
            other.callWithSession("Xenophilia.VM.import_xl_cfg", """
                    name = "big"
                    memory = 20480
                    kernel = "/boot/vmlinuz"
                    """);
            other.callWithSession("VM.start", NodeFixture.vmRef(other, "demo-web"), false, false);
        }
        Await.until("big in the model, demo-web running", () -> c.model().vmsNamed("big").size() == 1
                && NodeFixture.vm(c, "demo-web").powerState() == VmPowerState.RUNNING, () -> NodeFixture.names(c));

        long free;
        try (XenApiClient other = f.otherClient()) {
            String host = WireValues.asList(other.callWithSession("host.get_all")).get(0).toString();
            free = WireValues.asLong(other.callWithSession("host.compute_free_memory", host));
        }

        IStatus result = run(new VmOperationJob(VmOperation.START, targets("demo-web", "big", "demo-db")));
        assertEquals(IStatus.ERROR, result.getSeverity(), result.toString());
        assertTrue(result.isMultiStatus(), result.toString());
        assertEquals("Could not start 2 of 3 VMs", result.getMessage());
        IStatus[] children = result.getChildren();
        assertEquals(2, children.length);
        assertEquals("Cannot start demo-web: demo-web is Running, expected Halted", children[0].getMessage());
        assertEquals("Cannot start big: node alpha has " + (free >> 20) + " MiB free, big needs 20480 MiB",
                children[1].getMessage());
        Await.until("demo-db started nevertheless", () -> NodeFixture.vm(c, "demo-db").powerState()
                == VmPowerState.RUNNING, () -> NodeFixture.names(c));
    }

    @Test
    void cancellingAbortsTheBlockedCall() throws Exception {
        VmInfo web = NodeFixture.vm(c, "demo-web");
        f.agent.signal("STOP"); // the node accepts connections but never answers
        try {
            VmOperationJob job = new VmOperationJob(VmOperation.START, List.of(new VmOperationJob.Target(c, web)));
            long t0 = System.nanoTime();
            job.schedule();
            Await.until("the job blocked reading from the node", () -> AgentNode.isBlockedReading(job.getThread()),
                    () -> job.getThread() == null ? "not started" : Arrays.toString(job.getThread().getStackTrace()));
            job.cancel();
            assertTrue(job.join(20_000, null), "the cancelled job ended");
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
            assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
            // far below the client's 60 s read timeout: the call was aborted, not timed out
            assertTrue(seconds < 30, seconds + " s");
        } finally {
            f.agent.signal("CONT");
        }
        assertEquals(VmPowerState.HALTED, NodeFixture.vm(c, "demo-web").powerState());
    }

    @Test
    void jobsBelongToTheirFamily() {
        VmOperationJob job = new VmOperationJob(VmOperation.FORCE_OFF, targets("demo-web"));
        assertTrue(job.belongsTo(VmOperationJob.FAMILY));
        assertEquals("Forcing off demo-web", job.getName());
        assertTrue(job.operation().isForced());
        assertEquals(Job.NONE, job.getState());
    }
}
