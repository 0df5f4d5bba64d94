package org.xenophilia.xenapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The XenAPI result envelope. Every API call answers with an ordinary XML-RPC response holding a struct:
 * {@code {Status: "Success", Value: v}} or {@code {Status: "Failure", ErrorDescription: [code, params...]}}. XML-RPC
 * faults are reserved for requests that are not XML-RPC at all.
 */
public final class Envelope {

    /** Member name of the status. */
    public static final String STATUS = "Status";
    /** Member name of the value of a success. */
    public static final String VALUE = "Value";
    /** Member name of the error array of a failure. */
    public static final String ERROR_DESCRIPTION = "ErrorDescription";
    /** Status of a success. */
    public static final String SUCCESS = "Success";
    /** Status of a failure. */
    public static final String FAILURE = "Failure";

    private Envelope() {
    }

    /**
     * @param value a Java value, converted with {@link WireValues#toWire(Object)}; {@code null} for {@code void}
     * @return the success struct
     */
    public static Map<String, Object> success(Object value) {
        Map<String, Object> m = new LinkedHashMap<>(2);
        m.put(STATUS, SUCCESS);
        m.put(VALUE, WireValues.toWire(value));
        return m;
    }

    /**
     * @param failure the error
     * @return the failure struct
     */
    public static Map<String, Object> failure(XenApiException failure) {
        Map<String, Object> m = new LinkedHashMap<>(2);
        m.put(STATUS, FAILURE);
        m.put(ERROR_DESCRIPTION, failure.errorDescription().toArray());
        return m;
    }

    /**
     * Opens a response envelope.
     *
     * @param response the value of an XML-RPC response
     * @return the {@code Value} of a success, in wire form (read it with {@link WireValues})
     * @throws XenApiException for a failure
     * @throws XenApiProtocolException if {@code response} is not an envelope
     */
    public static Object unwrap(Object response) throws XenApiException, XenApiProtocolException {
        if (!(response instanceof Map)) {
            throw new XenApiProtocolException("not a XenAPI response (no Status struct): "
                    + (response == null ? "null" : response.getClass().getSimpleName()));
        }
        Map<?, ?> m = (Map<?, ?>) response;
        Object status = m.get(STATUS);
        if (SUCCESS.equals(status)) {
            if (!m.containsKey(VALUE)) {
                throw new XenApiProtocolException("XenAPI success without a Value");
            }
            return m.get(VALUE);
        }
        if (FAILURE.equals(status)) {
            List<Object> description;
            try {
                description = WireValues.asList(m.get(ERROR_DESCRIPTION));
            } catch (IllegalArgumentException e) {
                throw new XenApiProtocolException("XenAPI failure with a malformed ErrorDescription", e);
            }
            if (description.isEmpty()) {
                throw new XenApiProtocolException("XenAPI failure with an empty ErrorDescription");
            }
            String code = String.valueOf(description.get(0));
            List<String> params = description.subList(1, description.size()).stream().map(String::valueOf).toList();
            throw new XenApiException(code, params);
        }
        throw new XenApiProtocolException("XenAPI response with Status " + status);
    }
}
