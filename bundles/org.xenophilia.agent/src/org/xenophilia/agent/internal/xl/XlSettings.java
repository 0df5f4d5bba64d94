package org.xenophilia.agent.internal.xl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the xl backend runs xl: the settings {@code xl.path}, {@code xl.command-timeout}, {@code xl.shutdown-timeout}
 * and {@code xl.poll-interval} ({@link XlBackendFactory}).
 *
 * @param xl the {@code xl} executable
 * @param commandTimeout how long one command may take
 * @param shutdownTimeout how long a clean shutdown may take
 * @param pollInterval how often {@code xl list} is polled for changes made behind the Agent's back
 */
public record XlSettings(Path xl, Duration commandTimeout, Duration shutdownTimeout, Duration pollInterval) {

    /** Checks the values. */
    public XlSettings {
        Objects.requireNonNull(xl, "xl");
        if (commandTimeout.isNegative() || commandTimeout.isZero() || shutdownTimeout.isNegative()
                || shutdownTimeout.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("timeouts and the poll interval must be positive");
        }
    }
}
