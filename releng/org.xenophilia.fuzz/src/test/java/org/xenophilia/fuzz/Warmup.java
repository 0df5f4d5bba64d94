package org.xenophilia.fuzz;

/**
 * Runs one input through a target when its test class is initialised: the first input otherwise pays for loading the
 * parser's classes and for Jazzer instrumenting each of them, which on a busy machine takes longer than an input may
 * (the per-input timeout of junit-platform.properties) and would be reported as a hang.
 */
public final class Warmup {

    /** A fuzz test's body on one input. */
    @FunctionalInterface
    public interface Input {
        /** @throws Exception whatever the target throws: a warm-up input must not find anything */
        void run() throws Exception;
    }

    private Warmup() {
    }

    /**
     * @param input a valid input through the whole target
     * @throws ExceptionInInitializerError if the input fails: the target is broken before fuzzing starts
     */
    public static void run(Input input) {
        try {
            input.run();
        } catch (Exception | AssertionError e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
