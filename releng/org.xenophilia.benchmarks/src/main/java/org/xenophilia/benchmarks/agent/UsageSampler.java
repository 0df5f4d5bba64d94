package org.xenophilia.benchmarks.agent;

import java.io.IOException;

/**
 * Samples a process's use of the machine ({@link AgentUsage}) every {@value #PERIOD_MILLIS} ms on a thread of its
 * own, as {@code top} does, and keeps the peak of each figure.
 */
final class UsageSampler extends Thread {

    /** The sampling period. */
    static final long PERIOD_MILLIS = 200;

    private final long pid;
    private volatile AgentUsage peak;
    private volatile int samples;

    /** @param pid the process */
    UsageSampler(long pid) throws IOException {
        super("agent-usage-sampler");
        setDaemon(true);
        this.pid = pid;
        this.peak = AgentUsage.of(pid);
    }

    @Override
    public void run() {
        try {
            while (!isInterrupted()) {
                peak = peak.max(AgentUsage.of(pid));
                samples++;
                Thread.sleep(PERIOD_MILLIS); // the sampling period, not a wait for a condition
            }
        } catch (InterruptedException e) {
            // stopped
        } catch (IOException e) {
            // the process is gone: the peak is what was seen before
        }
    }

    /**
     * Stops sampling.
     *
     * @return the peak of each figure while it sampled (until the process went away, if it did)
     */
    AgentUsage finish() throws InterruptedException {
        interrupt();
        join();
        return peak;
    }

    /** @return how many samples were taken */
    int samples() {
        return samples;
    }
}
