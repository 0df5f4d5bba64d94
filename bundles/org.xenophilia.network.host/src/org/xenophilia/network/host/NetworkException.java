package org.xenophilia.network.host;

import java.util.Objects;

/**
 * Host networking refused or failed. Its {@link Kind} tells the Agent how to answer; its message says what, in words
 * for the admin, with the tool's own words where a tool failed ({@link #toolOutput()}). An {@code apply} that fails
 * has rolled the host back before throwing; its message says so, and names anything it could not put back.
 */
public class NetworkException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure. */
    public enum Kind {
        /** A plan or name broke a rule; nothing ran. */
        INVALID,
        /** Something on the host that is not ours is in the way (a bridge of that name, an uplink enslaved to
         *  another bridge, a port bound by another process); nothing of it was changed. */
        CONFLICT,
        /** No network of ours by that name. */
        NOT_FOUND,
        /** A tool this needs is missing or cannot run here. */
        UNAVAILABLE,
        /** A tool failed or the host refused a change. */
        FAILED
    }

    private final Kind kind;
    private final String toolOutput;

    /**
     * @param kind the kind
     * @param message what, for the admin
     * @param toolOutput what the tool said (its standard error), or {@code ""}
     * @param cause what failed underneath, or {@code null}
     */
    public NetworkException(Kind kind, String message, String toolOutput, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.toolOutput = toolOutput == null ? "" : toolOutput.strip();
    }

    /**
     * @param kind the kind
     * @param message what, for the admin
     */
    public NetworkException(Kind kind, String message) {
        this(kind, message, "", null);
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return what the tool said, or {@code ""} */
    public String toolOutput() {
        return toolOutput;
    }
}
