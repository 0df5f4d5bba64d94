package org.xenophilia.benchmarks.agent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Wire;

/**
 * What the load's clients met, from all their threads: latencies by call kind and wire (each client keeps its own and
 * adds them at its end), the errors by category with the first examples, and the refusals a real concurrent admin also
 * gets, by kind. An error is what a user would call a failure; a refusal is an answer the API documents for the
 * situation (a {@code 503} with {@code Retry-After}, {@code VM_BAD_POWER_STATE} on a VM another admin just changed).
 */
final class LoadTally {

    /** What counts as an error. */
    enum Error {
        TRANSPORT("transport failure"),
        UNEXPECTED("unexpected XenAPI error"),
        INTERNAL("INTERNAL_ERROR"),
        WRONG_ANSWER("wrong answer"),
        HANG("hang");

        final String label;

        Error(String label) {
            this.label = label;
        }
    }

    /** The examples of errors kept for the report. */
    private static final int EXAMPLES = 20;

    private final Map<String, Latencies> latencies = new TreeMap<>();
    private final Map<Error, AtomicLong> errors = new EnumMap<>(Error.class);
    private final List<String> examples = new ArrayList<>();
    private final Map<String, AtomicLong> refusals = new TreeMap<>();

    LoadTally() {
        for (Error e : Error.values()) {
            errors.put(e, new AtomicLong());
        }
    }

    /** @return the key of a call kind on a wire in {@link #latencies()} */
    static String key(String kind, Wire wire) {
        return kind + "\t" + wire.label;
    }

    /** Adds one client's latencies, keyed by {@link #key}. */
    synchronized void add(Map<String, Latencies> clientLatencies) {
        clientLatencies.forEach((k, l) -> latencies.computeIfAbsent(k, x -> new Latencies()).add(l));
    }

    /** Counts an error, keeping the first examples. */
    void error(Error kind, String what) {
        errors.get(kind).incrementAndGet();
        synchronized (examples) {
            if (examples.size() < EXAMPLES) {
                examples.add(kind.label + ": " + what);
            }
        }
    }

    /** Counts a refusal of a kind, e.g. {@code VM_BAD_POWER_STATE}. */
    void refusal(String kind) {
        synchronized (refusals) {
            refusals.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }
    }

    /** @return latencies by {@link #key} */
    synchronized Map<String, Latencies> latencies() {
        return new TreeMap<>(latencies);
    }

    /** @return all errors */
    long errors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** @return errors by category */
    Map<Error, Long> errorsByKind() {
        Map<Error, Long> m = new EnumMap<>(Error.class);
        errors.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    /** @return the first errors, described */
    List<String> examples() {
        synchronized (examples) {
            return List.copyOf(examples);
        }
    }

    /** @return refusals by kind */
    Map<String, Long> refusals() {
        synchronized (refusals) {
            Map<String, Long> m = new TreeMap<>();
            refusals.forEach((k, v) -> m.put(k, v.get()));
            return m;
        }
    }
}
