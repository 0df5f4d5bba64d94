package org.xenophilia.agent.internal.sim;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.OperationProgress;
import org.xenophilia.agent.backend.VmOperation;

/**
 * How long the simulated lifecycle operations take (instantaneous by default), and the wait that stands for their
 * work: with the {@linkplain OperationProgress.Step steps} and the cancel the xl backend offers. Operations are named
 * as in {@code simulated.<op>-duration}: XenAPI's names with dashes ({@code clean-shutdown}).
 */
final class OperationDurations {

    /** The operations whose duration can be set. */
    static final List<VmOperation> TIMED = List.of(VmOperation.START, VmOperation.CLEAN_SHUTDOWN,
            VmOperation.HARD_SHUTDOWN, VmOperation.CLEAN_REBOOT, VmOperation.HARD_REBOOT, VmOperation.PAUSE,
            VmOperation.UNPAUSE);
    /** The longest duration an operation may be given. */
    static final Duration MAX = Duration.ofMinutes(10);

    /** A check of the power state, made before the wait so that a refused operation is refused at once. */
    @FunctionalInterface
    interface Check {
        void run() throws BackendException;
    }

    private final Map<VmOperation, Duration> durations = new ConcurrentHashMap<>();

    /** @return the name of an operation in {@code simulated.<name>-duration}: {@code clean-shutdown} */
    static String settingName(VmOperation op) {
        return op.xenApiName().replace('_', '-');
    }

    /**
     * @param operation an operation as named in its setting ({@code clean-shutdown})
     * @param duration how long it takes, 0 to {@link #MAX}
     * @throws IllegalArgumentException for another operation or duration
     */
    void set(String operation, Duration duration) {
        VmOperation op = TIMED.stream().filter(o -> settingName(o).equals(operation)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown operation '" + operation + "' ("
                        + TIMED.stream().map(OperationDurations::settingName).toList() + ")"));
        if (duration.isNegative() || duration.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("duration of " + operation + " must be 0 to " + MAX + ": " + duration);
        }
        durations.put(op, duration);
    }

    /** @return the durations set, by operation as named in its setting */
    Map<String, Duration> all() {
        Map<String, Duration> out = new java.util.TreeMap<>();
        durations.forEach((op, d) -> out.put(settingName(op), d));
        return Map.copyOf(out);
    }

    /**
     * The part of an operation before its change: the state is checked ({@code CHECKED}), then the operation waits
     * out its duration ({@code STARTED} rising to {@code DONE}), cancellable all along since nothing has changed yet;
     * then it stops being cancellable and the caller makes the change in one step. An instantaneous operation is
     * cancellable only until it begins.
     *
     * @param op the operation
     * @param check the power-state check, run under {@code lock}
     * @param lock the backend's lock
     * @throws BackendException if the check refuses the operation
     * @throws CancellationException if the task running it was cancelled meanwhile
     */
    void await(VmOperation op, Check check, Object lock) throws BackendException {
        OperationProgress progress = OperationProgress.current();
        Duration d = durations.getOrDefault(op, Duration.ZERO);
        if (d.isZero()) {
            progress.cancellable(false);
            OperationProgress.checkCancelled();
            return;
        }
        synchronized (lock) {
            check.run();
        }
        progress.report(OperationProgress.Step.CHECKED);
        OperationProgress.checkCancelled();
        progress.report(OperationProgress.Step.STARTED);
        double from = OperationProgress.Step.STARTED.fraction;
        double to = OperationProgress.Step.DONE.fraction;
        long total = d.toNanos();
        long begin = System.nanoTime();
        for (long elapsed = 0; elapsed < total; elapsed = System.nanoTime() - begin) {
            OperationProgress.checkCancelled();
            progress.report(from + (to - from) * elapsed / total);
            try {
                // the simulated work: woken often enough to report progress and notice a cancel
                Thread.sleep(Math.max(1, Math.min(50, (total - elapsed) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
        }
        // in this order: a cancel accepted before the task stops offering it is honoured here
        progress.cancellable(false);
        OperationProgress.checkCancelled();
        progress.report(OperationProgress.Step.DONE);
    }
}
