package org.xenophilia.xenapi.internal.client;

import java.io.IOException;

import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;

/** One encoding of XenAPI calls over HTTP: XML-RPC ({@link XmlRpcWire}) or JSON-RPC ({@link JsonRpcWire}). */
public interface XenApiWire {

    /**
     * Makes one call, as the current call of the client's {@link InFlightCalls} (begun by the caller).
     *
     * @param method e.g. {@code VM.get_record}
     * @param params the parameters, as Java values ({@code WireValues} converts them)
     * @return the value of the result, in wire form; {@code system.*} methods' bare value
     * @throws XenApiException the API failure
     * @throws WireUnsupportedException the server does not speak this encoding (nothing was done)
     * @throws XenApiProtocolException an answer that is not XenAPI in this encoding
     * @throws IOException a transport failure, or the call was aborted
     */
    Object call(String method, Object[] params) throws XenApiException, IOException;
}
