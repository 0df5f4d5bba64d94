package org.xenophilia.files;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A test seam for crash safety: halts the JVM at a named step, as {@code kill -9} would, so that a test reaches every
 * step of an operation without timing luck. {@link Runtime#halt} runs no shutdown hook and no {@code finally}: what
 * is on disk at that instant is what a restart finds.
 * <p>
 * Off unless the system property {@value #PROPERTY} is set when this class is loaded; nothing else (no configuration
 * file, no command-line option of a program) turns it on. Its value names the step, {@code *} standing for any
 * characters: {@code renaming /var/lib/xenophilia/domains/*.xml}. The steps are reached by the code they name, e.g.
 * {@link AtomicFiles}:
 * <ul>
 * <li>{@code renaming <file>}: the temporary file of a write is complete and flushed, not yet renamed;</li>
 * <li>{@code renamed <file>}: the new content is in place;</li>
 * <li>{@code deleted <file>}: a file was removed ({@link AtomicFiles#delete}).</li>
 * </ul>
 * Programs add their own (the Agent: {@code running xl <arguments>}, {@code ran xl <arguments>}). On halting, one line
 * goes to standard error, {@code halted at test seam step '<step>'}, and the exit status is {@value #EXIT_STATUS}, the
 * shell's status of a process killed by SIGKILL.
 */
public final class HaltPoints {

    /** The system property naming the step to halt at. */
    public static final String PROPERTY = "xenophilia.test.haltAt";
    /** The exit status of a halt: 128 + SIGKILL, as a shell reports {@code kill -9}. */
    public static final int EXIT_STATUS = 137;
    /** The start of the line printed on halting. */
    public static final String HALTED = "halted at test seam step '";

    private static final String CONFIGURED = System.getProperty(PROPERTY);
    private static final Pattern STEP = CONFIGURED == null || CONFIGURED.isBlank() ? null : pattern(CONFIGURED);

    private HaltPoints() {
    }

    private static Pattern pattern(String glob) {
        String[] parts = glob.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** @return the step this JVM halts at, if the seam is on */
    public static Optional<String> configured() {
        return STEP == null ? Optional.empty() : Optional.of(CONFIGURED);
    }

    /**
     * Halts the JVM if the seam names this step; does nothing otherwise (the usual case: one null check).
     *
     * @param step what has just been done, or is about to be
     */
    public static void reached(String step) {
        if (STEP != null && STEP.matcher(step).matches()) {
            System.err.println(HALTED + step + "'");
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_STATUS);
        }
    }
}
