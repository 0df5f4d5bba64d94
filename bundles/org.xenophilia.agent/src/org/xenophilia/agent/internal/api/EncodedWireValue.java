package org.xenophilia.agent.internal.api;

import org.xenophilia.xenapi.WireValues;

/**
 * A method result in wire form that is sent many times unchanged (a VM record between two changes of its domain):
 * the XML-RPC response writer encodes it the first time and keeps the bytes here, later responses copy them. The
 * bytes are exactly those the writer produces for {@link #wire()}.
 * <p>
 * The {@link Dispatcher} puts it into the success envelope as it is (it is already in wire form).
 */
public final class EncodedWireValue {

    /** Dropped once encoded: the bytes are what is sent, and they are half its size. */
    private volatile Object wire;
    private volatile byte[] encoded;

    /** @param value the result, converted with {@link WireValues#toWire(Object)} now; not to be changed after */
    public EncodedWireValue(Object value) {
        this.wire = WireValues.toWire(value);
    }

    /** @return the value in wire form, or {@code null} once {@linkplain #encoded() encoded} */
    public Object wire() {
        return wire;
    }

    /** @return the XML-RPC {@code <value>} bytes once encoded, else {@code null}; never to be changed */
    public byte[] encoded() {
        return encoded;
    }

    /** @param bytes the XML-RPC {@code <value>} encoding of {@link #wire()}; the first one given is kept */
    public void encoded(byte[] bytes) {
        if (encoded == null) {
            encoded = bytes;
            wire = null;
        }
    }
}
