package org.xenophilia.image.deploy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.DeployProgress;

/**
 * What a deployment reported, as the Agent's task would see it: the phases in order with their totals, the bytes
 * reported; and a cancel that an administrator presses at a chosen moment (in a phase, after some of its bytes, or
 * when a condition holds, such as a tool running).
 */
final class RecordedProgress implements DeployProgress {

    /** A phase as it began. */
    record Phase(DeployPhase phase, long total) {
    }

    private final List<Phase> phases = new ArrayList<>();
    private final List<Long> bytes = new ArrayList<>();
    private DeployPhase cancelIn;
    private long cancelAfter;
    private BooleanSupplier cancelWhen;
    private DeployPhase current;
    private long done;

    /** Cancels once {@code phase} has gone through {@code after} bytes (0: as soon as it is asked in it). */
    RecordedProgress cancelIn(DeployPhase phase, long after) {
        this.cancelIn = phase;
        this.cancelAfter = after;
        return this;
    }

    /** Cancels in {@code phase} once {@code condition} holds. */
    RecordedProgress cancelIn(DeployPhase phase, BooleanSupplier condition) {
        this.cancelIn = phase;
        this.cancelWhen = condition;
        return this;
    }

    @Override
    public synchronized void phase(DeployPhase phase, long totalBytes) {
        phases.add(new Phase(phase, totalBytes));
        current = phase;
        done = 0;
    }

    @Override
    public synchronized void bytes(long n) {
        bytes.add(n);
        done = n;
    }

    @Override
    public synchronized boolean cancelled() {
        if (cancelIn == null || current != cancelIn) {
            return false;
        }
        return cancelWhen != null ? cancelWhen.getAsBoolean() : done >= cancelAfter;
    }

    /** @return the phases, in order */
    synchronized List<DeployPhase> phases() {
        return phases.stream().map(Phase::phase).toList();
    }

    /** @return the phases with their totals, in order */
    synchronized List<Phase> phasesWithTotals() {
        return List.copyOf(phases);
    }

    /** @return every bytes report */
    synchronized List<Long> bytes() {
        return new ArrayList<>(bytes);
    }
}
