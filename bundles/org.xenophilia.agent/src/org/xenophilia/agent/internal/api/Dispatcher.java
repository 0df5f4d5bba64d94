package org.xenophilia.agent.internal.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.agent.internal.auth.SessionRegistry;
import org.xenophilia.agent.internal.auth.SessionRegistry.Session;
import org.xenophilia.xenapi.Envelope;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;

/**
 * Turns one XML-RPC call into one XenAPI envelope, checking in xapi's order: the method exists
 * ({@code MESSAGE_METHOD_UNKNOWN}), the parameter count ({@code MESSAGE_PARAMETER_COUNT_MISMATCH}, counts
 * including the session), the session ({@code SESSION_INVALID}), the caller's role ({@code PERMISSION_DENIED}).
 * Whatever goes wrong after that is an envelope too: nothing an API caller does produces an XML-RPC fault.
 */
public final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    private final ApiRegistry registry;
    private final SessionRegistry sessions;

    /**
     * @param registry the methods
     * @param sessions the live sessions
     */
    public Dispatcher(ApiRegistry registry, SessionRegistry sessions) {
        this.registry = registry;
        this.sessions = sessions;
    }

    /** @return the methods served */
    public ApiRegistry registry() {
        return registry;
    }

    /**
     * @param methodName the name as called
     * @param params the parameters in wire form
     * @param clientAddress the client's IP address
     * @return the envelope
     */
    public Map<String, Object> dispatch(String methodName, List<Object> params, String clientAddress) {
        try {
            Object result = invoke(methodName, params, clientAddress);
            if (result instanceof EncodedWireValue) {
                // already in wire form: the response writer sends its bytes
                Map<String, Object> m = new java.util.LinkedHashMap<>(2);
                m.put(Envelope.STATUS, Envelope.SUCCESS);
                m.put(Envelope.VALUE, result);
                return m;
            }
            return Envelope.success(result);
        } catch (XenApiException e) {
            return Envelope.failure(e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "internal error in " + methodName, e);
            return Envelope.failure(ErrorCode.INTERNAL_ERROR.exception(String.valueOf(e.getMessage())));
        }
    }

    private Object invoke(String methodName, List<Object> params, String clientAddress) throws XenApiException {
        Optional<ApiMethod> found = registry.lookup(methodName);
        if (found.isEmpty()) {
            throw ErrorCode.MESSAGE_METHOD_UNKNOWN.exception(methodName);
        }
        ApiMethod m = found.get();
        int max = m.parameterNames().size();
        if (params.size() < m.requiredParameters() || params.size() > max) {
            throw ErrorCode.MESSAGE_PARAMETER_COUNT_MISMATCH.exception(m.name(),
                    Integer.toString(m.requiredParameters() == max ? max : m.requiredParameters()),
                    Integer.toString(params.size()));
        }
        Session session = null;
        if (m.takesSession()) {
            Object ref = params.get(0);
            session = sessions.use(ref instanceof String ? (String) ref : String.valueOf(ref));
            if (!session.role().includes(m.role())) {
                throw ErrorCode.PERMISSION_DENIED.exception(m.name());
            }
        }
        Object result = m.implementation().invoke(new Call(m, session, clientAddress, params));
        return result == null ? WireValues.VOID : result;
    }
}
