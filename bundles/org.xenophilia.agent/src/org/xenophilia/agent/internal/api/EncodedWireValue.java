package org.xenophilia.agent.internal.api;

/**
 * A method result that is sent many times unchanged (a VM record between two changes of its domain): the first
 * response writer to meet it encodes it in every wire encoding (XML-RPC and JSON-RPC) at once and keeps the bytes
 * here; later responses, in either encoding, copy them. Each encoding's bytes are exactly what its writer produces
 * for {@link #value()}.
 * <p>
 * The {@link Dispatcher} hands it to the endpoints as any other result; only the response writers look inside.
 */
public final class EncodedWireValue {

    /** Dropped once encoded: the bytes are what is sent, and together they are smaller than the value. */
    private volatile Object value;
    private volatile byte[][] encodings;

    /** @param value the result, a Java value as API methods return it; not to be changed after */
    public EncodedWireValue(Object value) {
        this.value = value;
    }

    /** @return the value, or {@code null} once {@linkplain #encodings() encoded} */
    public Object value() {
        return value;
    }

    /**
     * @return the value's bytes in each encoding, indexed by the response writers' encoding numbers, or {@code null}
     *         until encoded; never to be changed
     */
    public byte[][] encodings() {
        return encodings;
    }

    /**
     * Keeps the value's encodings and drops the value. The first encodings given are kept.
     *
     * @param all the {@code <value>} bytes of each encoding of {@link #value()}
     */
    public synchronized void keep(byte[][] all) {
        if (encodings == null) {
            encodings = all;
            value = null;
        }
    }
}
