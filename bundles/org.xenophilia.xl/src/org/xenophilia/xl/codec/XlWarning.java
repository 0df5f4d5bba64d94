package org.xenophilia.xl.codec;

import java.util.Objects;

import org.xenophilia.xl.cfg.XlPosition;

/**
 * Something the codec noticed while reading xl.cfg into a domain model: a key the model does not represent (kept
 * verbatim), a value it cannot hold, a setting that xl overrides or ignores.
 *
 * @param kind       what kind of remark this is
 * @param sourceName the name of the xl.cfg source
 * @param key        the xl.cfg key concerned
 * @param position   where (the key's position; for a spec inside a list, the spec string's position)
 * @param message    what happened, in one sentence
 */
public record XlWarning(Kind kind, String sourceName, String key, XlPosition position, String message) {

    /** Kinds of codec warnings. */
    public enum Kind {
        /**
         * A key the domain model does not represent; it is kept verbatim as an {@code xlKey} and written back
         * unchanged.
         */
        UNKNOWN_KEY,
        /**
         * A key the model represents, but whose value it cannot hold (e.g. a non-numeric memory, a list where xl
         * expects a string, a disk spec xl rejects); kept verbatim as an {@code xlKey}.
         */
        VALUE_KEPT_VERBATIM,
        /** A keyword of a disk or vif spec the model does not represent; kept as an {@code xlParam}. */
        SPEC_PARAM_KEPT,
        /** A key assigned more than once: xl uses the last assignment, so the earlier ones are not kept. */
        OVERRIDDEN,
        /** A deprecated form that was read as its modern equivalent (e.g. {@code builder="hvm"}, {@code phy:}). */
        DEPRECATED,
        /**
         * A value was tidied in a way xl does not notice (e.g. the blank in {@code ip=10.0.0.1 ,mac=...}, which
         * xl ignores).
         */
        NORMALIZED,
        /** A number xl reads differently from what it looks like (a leading zero makes it octal). */
        NUMBER_FORM,
        /** A remark of the xl.cfg parser (e.g. a final comment without newline, an ignored octal escape). */
        SYNTAX,
        /** A {@code #xenophilia:} annotation comment that could not be applied. */
        ANNOTATION
    }

    /**
     * Validates the components.
     *
     * @param kind see {@link #kind()}
     * @param sourceName see {@link #sourceName()}
     * @param key see {@link #key()}
     * @param position see {@link #position()}
     * @param message see {@link #message()}
     */
    public XlWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    /** @return the 1-based line, or 0 if unknown */
    public int line() {
        return position.line();
    }

    /** @return {@code source:line:column: warning: message} */
    @Override
    public String toString() {
        String where = position.isKnown() ? sourceName + ":" + position.line() + ":" + position.column() : sourceName;
        return where + ": warning: " + message;
    }
}
