package org.xenophilia.xl.codec;

/**
 * Thrown when a domain model cannot be written as xl.cfg, because a value cannot be expressed in xl.cfg syntax (for
 * example a comma inside a vif spec value, or an {@code xlKey} whose text is not a valid xl.cfg value).
 */
public final class XlEncodeException extends Exception {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The model path of the offending field. */
    private final String path;
    /** The offending value. */
    private final String value;

    /**
     * @param path    the model path of the offending field, e.g. {@code vifs[0].bridge} or {@code xlKeys[2]}
     * @param value   the offending value
     * @param message why it cannot be written
     */
    public XlEncodeException(String path, String value, String message) {
        super(path + " = \"" + value + "\": " + message);
        this.path = path;
        this.value = value;
    }

    /** @return the model path of the offending field, e.g. {@code vifs[0].bridge} */
    public String path() {
        return path;
    }

    /** @return the offending value */
    public String value() {
        return value;
    }
}
