package org.xenophilia.agent.internal.api;

import java.util.List;
import java.util.Map;

import org.xenophilia.agent.internal.auth.SessionRegistry.Session;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;

/**
 * One API call being served: the method, the caller's session (if the method takes one), the client address, and
 * the parameters in wire form with typed readers that answer a wrongly typed parameter with
 * {@code FIELD_TYPE_ERROR [name]}.
 */
public final class Call {

    private final ApiMethod method;
    private final Session session;
    private final String clientAddress;
    private final List<Object> params;

    Call(ApiMethod method, Session session, String clientAddress, List<Object> params) {
        this.method = method;
        this.session = session;
        this.clientAddress = clientAddress;
        this.params = params;
    }

    /** @return the method called */
    public ApiMethod method() {
        return method;
    }

    /** @return the caller's session; {@code null} for {@code session.login_with_password} */
    public Session session() {
        return session;
    }

    /** @return the client's IP address */
    public String clientAddress() {
        return clientAddress;
    }

    /** @return how many parameters were sent (the session included) */
    public int size() {
        return params.size();
    }

    /**
     * @param i position, 0 being the session if any
     * @return the parameter as a string
     * @throws XenApiException {@code FIELD_TYPE_ERROR}
     */
    public String string(int i) throws XenApiException {
        try {
            return WireValues.asString(params.get(i));
        } catch (IllegalArgumentException e) {
            throw typeError(i);
        }
    }

    /**
     * @param i position
     * @return the parameter as an int
     * @throws XenApiException {@code FIELD_TYPE_ERROR}
     */
    public long integer(int i) throws XenApiException {
        try {
            return WireValues.asLong(params.get(i));
        } catch (IllegalArgumentException e) {
            throw typeError(i);
        }
    }

    /**
     * @param i position
     * @return the parameter as a bool
     * @throws XenApiException {@code FIELD_TYPE_ERROR}
     */
    public boolean bool(int i) throws XenApiException {
        try {
            return WireValues.asBoolean(params.get(i));
        } catch (IllegalArgumentException e) {
            throw typeError(i);
        }
    }

    /**
     * @param i position
     * @return the parameter as a float
     * @throws XenApiException {@code FIELD_TYPE_ERROR}
     */
    public double real(int i) throws XenApiException {
        try {
            return WireValues.asDouble(params.get(i));
        } catch (IllegalArgumentException e) {
            throw typeError(i);
        }
    }

    /**
     * @param i position
     * @return the parameter as a set of strings
     * @throws XenApiException {@code FIELD_TYPE_ERROR}
     */
    public List<String> strings(int i) throws XenApiException {
        try {
            List<String> out = new java.util.ArrayList<>();
            for (Object o : WireValues.asList(params.get(i))) {
                out.add(WireValues.asString(o));
            }
            return out;
        } catch (IllegalArgumentException e) {
            throw typeError(i);
        }
    }

    /**
     * @param i position
     * @return the parameter as a map
     * @throws XenApiException {@code FIELD_TYPE_ERROR}
     */
    public Map<String, Object> map(int i) throws XenApiException {
        try {
            return WireValues.asMap(params.get(i));
        } catch (IllegalArgumentException e) {
            throw typeError(i);
        }
    }

    private XenApiException typeError(int i) {
        List<String> names = method.parameterNames();
        return ErrorCode.FIELD_TYPE_ERROR.exception(i < names.size() ? names.get(i) : "#" + i);
    }
}
