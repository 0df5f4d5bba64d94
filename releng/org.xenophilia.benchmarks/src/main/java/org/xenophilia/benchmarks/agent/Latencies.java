package org.xenophilia.benchmarks.agent;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds, and their percentiles. Not thread-safe: one per thread, then {@link #add}. */
public final class Latencies {

    private long[] samples = new long[1024];
    private int size;

    /** @param nanos one sample */
    public void record(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    /** @param other samples to add to these */
    public void add(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            record(other.samples[i]);
        }
    }

    /** @return how many samples */
    public int count() {
        return size;
    }

    /**
     * @param p between 0 and 100
     * @return the nearest-rank percentile in milliseconds
     */
    public double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    /** @return "p50 x ms, p99 y ms, max z ms (n samples)" */
    public String summary() {
        return String.format(Locale.ROOT, "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)",
                percentileMillis(50), percentileMillis(90), percentileMillis(99), percentileMillis(100), size);
    }
}
