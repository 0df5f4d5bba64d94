package org.xenophilia.fuzz;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;

/**
 * The "no allocation out of proportion to the input" property of a fuzz target: what the current thread allocates
 * while it reads one input (garbage included) must stay under a fixed part plus a part per input byte.
 * <p>
 * Garbage counts because a parser's work is what the Agent pays for, in its 64 MiB heap and in GC time, for a request
 * of up to 1 MiB; a parser whose allocation grows faster than its input (a copy per token, a table per nesting level)
 * exceeds the budget on the fuzzer's small inputs long before it would run a heap out of memory. A call that loaded
 * classes is measured again: loading (and Jazzer instrumenting) a class allocates far more than any parse, and an
 * input that takes a new path loads some. The fixed part and the factor are several times what the real seeds need,
 * so that only a real blow-up fails. While fuzzing, Jazzer's instrumentation allocates too (it reports the operands of
 * comparisons and regular expressions to the fuzzer), some 50 times what the parse itself does: the budget is then
 * {@value #INSTRUMENTED} times larger, still far below a parse that grows faster than its input.
 */
public final class AllocationBudget {

    /** One parse of one input; it handles the documented refusals itself, anything else it throws is a finding. */
    @FunctionalInterface
    public interface Parse<T> {
        /**
         * @return what was read, or null if the input was refused
         * @throws Exception only what the target does not document: a finding
         */
        T run() throws Exception;
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();
    /** A path that still loads classes after this many runs keeps doing so (e.g. a proxy per call): measure it. */
    private static final int RUNS = 3;
    /** How much larger the budget is in Jazzer's fuzzing mode, for its instrumentation's allocations. */
    private static final int INSTRUMENTED = 64;
    /** Jazzer's fuzzing mode: the build's fuzz execution sets the variable, its standalone driver the property. */
    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null
            || System.getProperty("JAZZER_FUZZ") != null;

    private final String what;
    private final long fixedBytes;
    private final long bytesPerInputByte;

    /**
     * @param what the parser, for the failure message
     * @param fixedBytes what a call may allocate whatever its input
     * @param bytesPerInputByte what it may allocate in addition per byte of input
     */
    public AllocationBudget(String what, long fixedBytes, long bytesPerInputByte) {
        if (!THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not count allocated bytes per thread");
        }
        THREADS.setThreadAllocatedMemoryEnabled(true);
        this.what = what;
        this.fixedBytes = fixedBytes;
        this.bytesPerInputByte = bytesPerInputByte;
    }

    /**
     * Runs a parse and checks what it allocated.
     *
     * @param inputLength the input's length in bytes
     * @param parse the parse (without side effects: it may run more than once)
     * @return what the parse returned
     * @throws Exception what the parse threw
     * @throws AssertionError if a run that loaded no class allocated more than the budget
     */
    public <T> T run(int inputLength, Parse<T> parse) throws Exception {
        for (int run = 1;; run++) {
            long classes = CLASSES.getTotalLoadedClassCount();
            long start = THREADS.getCurrentThreadAllocatedBytes();
            T result = parse.run();
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - start;
            if (CLASSES.getTotalLoadedClassCount() == classes || run == RUNS) {
                check(allocated, inputLength);
                return result;
            }
        }
    }

    private void check(long allocated, int inputLength) {
        long budget = (fixedBytes + bytesPerInputByte * inputLength) * (FUZZING ? INSTRUMENTED : 1);
        if (Boolean.getBoolean("xenophilia.fuzz.allocations")) {
            System.err.printf("%s: %d bytes allocated for %d input bytes (%.0f per byte)%n", what, allocated,
                    inputLength, inputLength == 0 ? 0.0 : (double) allocated / inputLength);
        }
        if (allocated > budget) {
            throw new AssertionError(what + " allocated " + allocated + " bytes for an input of " + inputLength
                    + " bytes; the budget is " + fixedBytes + " + " + bytesPerInputByte + " per input byte"
                    + (FUZZING ? ", times " + INSTRUMENTED + " for the fuzzer's instrumentation" : "")
                    + " = " + budget);
        }
    }
}
