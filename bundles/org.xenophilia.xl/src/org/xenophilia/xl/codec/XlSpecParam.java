package org.xenophilia.xl.codec;

import java.util.Objects;

/**
 * One keyword of a disk, vif or vfb spec string: {@code key=value}, or a bare flag such as {@code discard} or
 * {@code trusted} (then {@link #value()} is {@code null}).
 *
 * @param key   the keyword
 * @param value the text after {@code =}, or {@code null} for a flag
 */
public record XlSpecParam(String key, String value) {

    /**
     * Validates the components.
     *
     * @param key see {@link #key()}
     * @param value see {@link #value()}
     */
    public XlSpecParam {
        Objects.requireNonNull(key, "key");
    }

    /** @return whether this is a bare flag without {@code =} */
    public boolean isFlag() {
        return value == null;
    }

    /** @return the parameter as written in a spec: {@code key=value} or {@code key} */
    @Override
    public String toString() {
        return value == null ? key : key + "=" + value;
    }
}
