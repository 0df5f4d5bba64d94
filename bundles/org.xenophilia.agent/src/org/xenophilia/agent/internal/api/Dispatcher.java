package org.xenophilia.agent.internal.api;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Turns one call, whichever its wire encoding, into one {@link Outcome}, checking in xapi's order: the method exists
 * ({@code MESSAGE_METHOD_UNKNOWN}), the parameter count ({@code MESSAGE_PARAMETER_COUNT_MISMATCH}, counts including
 * the session), the session ({@code SESSION_INVALID}), the caller's role ({@code PERMISSION_DENIED}). Whatever goes
 * wrong after that is a XenAPI error too: nothing an API caller does produces a transport-level fault. The XML-RPC
 * and JSON-RPC endpoints both call here, so the same API tables, sessions, roles, login throttle, tasks and events
 * serve both: only the encoding differs.
 */
public final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    /** The introspection method every XenAPI server answers with a bare array of method names. */
    public static final String LIST_METHODS = "system.listMethods";

    /**
     * What a call gave: a value, or a XenAPI error.
     *
     * @param value the result as a Java value ({@link WireValues#VOID} for void), or {@code null} on failure
     * @param failure the error, or {@code null} on success
     */
    public record Outcome(Object value, XenApiException failure) {

        /** @return whether the call succeeded */
        public boolean succeeded() {
            return failure == null;
        }

        /**
         * @return the XML-RPC envelope: {@code {Status: Success, Value: v}} or
         *         {@code {Status: Failure, ErrorDescription: [code, params...]}}
         */
        public Map<String, Object> envelope() {
            Map<String, Object> m = new LinkedHashMap<>(2);
            if (failure == null) {
                m.put(Envelope.STATUS, Envelope.SUCCESS);
                m.put(Envelope.VALUE, value);
            } else {
                m.put(Envelope.STATUS, Envelope.FAILURE);
                m.put(Envelope.ERROR_DESCRIPTION, failure.errorDescription());
            }
            return m;
        }
    }

    /**
     * What an upload gave, to be sent as JSON: its value, or {@code {"error": [code, params...]}}.
     *
     * @param status the HTTP status: 200; 401 for a session that is not valid, 403 for a role that may not,
     *        409 for a conflict, 507 for a full disk, 500 for an internal error, 400 for any other refusal
     * @param value the answer's value
     */
    public record UploadOutcome(int status, Object value) {
    }

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

    /** @return the answer to {@code system.listMethods}: every method served, that one included */
    public List<String> listMethods() {
        List<String> names = new ArrayList<>(registry.names());
        names.add(LIST_METHODS);
        return names;
    }

    /**
     * Whether a call may wait before it answers: {@code event.from} with a timeout (its long poll). The server answers
     * such calls on threads of their own, so that waiting clients never take the threads of ordinary calls.
     *
     * @param methodName the name as called (an alias too)
     * @param params the parameters as the wire encoding decoded them
     * @return whether the call may wait
     */
    public boolean mayWait(String methodName, List<Object> params) {
        Optional<ApiMethod> m = registry.lookup(methodName);
        if (m.isEmpty() || !EventApi.FROM.equals(m.get().name()) || params.size() != m.get().parameterNames().size()) {
            return false;
        }
        try {
            return WireValues.asDouble(params.get(params.size() - 1)) > 0;
        } catch (IllegalArgumentException e) {
            return false; // refused as FIELD_TYPE_ERROR, at once
        }
    }

    /**
     * Whether a call's answer holds every object of a class: {@code *.get_all_records}, and {@code event.from} with
     * the token {@code ""} (a client's first sync). Such an answer is built whole in memory before it is written, so
     * the server makes only a few at once: a crowd of them (every Workbench resyncing after a restart of the Agent)
     * would otherwise take more than the Agent's heap.
     *
     * @param methodName the name as called (an alias too)
     * @param params the parameters as the wire encoding decoded them
     * @return whether it answers every object of a class
     */
    public boolean answersEveryObject(String methodName, List<Object> params) {
        Optional<ApiMethod> m = registry.lookup(methodName);
        if (m.isEmpty()) {
            return false;
        }
        String name = m.get().name();
        return name.endsWith(".get_all_records") || EventApi.FROM.equals(name)
                && params.size() == m.get().parameterNames().size() && "".equals(params.get(2));
    }

    /**
     * @param methodName the name as called
     * @param params the parameters as the wire encoding decoded them
     * @param clientAddress the client's IP address
     * @return the result or the error
     */
    public Outcome call(String methodName, List<Object> params, String clientAddress) {
        try {
            return new Outcome(invoke(methodName, params, clientAddress), null);
        } catch (XenApiException e) {
            return new Outcome(null, e);
        } catch (RuntimeException e) {
            return internalError(methodName, e, String.valueOf(e.getMessage()));
        } catch (Error e) {
            // a StackOverflowError, a class that failed to load, an OutOfMemoryError of one large allocation: the
            // call fails, its client gets an answer (left unanswered, it would wait for ever), the thread serves on
            return internalError(methodName, e, e.toString());
        }
    }

    /**
     * @param path an HTTP path
     * @return whether it takes uploads
     */
    public boolean takesUploads(String path) {
        return registry.upload(path).isPresent();
    }

    /**
     * Receives an upload: the session its query names ({@code session_id}), the caller's role, then the handler.
     *
     * @param path the HTTP path, one that {@link #takesUploads}
     * @param query the request's query parameters
     * @param length the body's declared length
     * @param body the body as a stream
     * @return the answer
     */
    public UploadOutcome upload(String path, Map<String, String> query, long length, InputStream body) {
        ApiRegistry.Upload u = registry.upload(path).orElseThrow();
        try {
            Session session = sessions.use(query.getOrDefault("session_id", ""));
            if (!session.role().includes(u.role())) {
                throw ErrorCode.PERMISSION_DENIED.exception(path);
            }
            return new UploadOutcome(200, u.handler().receive(session, query, length, body));
        } catch (XenApiException e) {
            return new UploadOutcome(uploadStatus(e.code()), Map.of("error", e.errorDescription()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "internal error in " + path, e);
            return new UploadOutcome(500, Map.of("error", ErrorCode.INTERNAL_ERROR.exception(String.valueOf(
                    e.getMessage())).errorDescription()));
        }
    }

    private static int uploadStatus(String code) {
        if (code.equals(ErrorCode.SESSION_INVALID.code())) {
            return 401;
        } else if (code.equals(ErrorCode.PERMISSION_DENIED.code())) {
            return 403;
        } else if (code.endsWith("_CONFLICT")) {
            return 409;
        } else if (code.endsWith("DISK_FULL")) {
            return 507;
        } else if (code.equals(ErrorCode.INTERNAL_ERROR.code())) {
            return 500;
        }
        return 400;
    }

    private static Outcome internalError(String methodName, Throwable e, String why) {
        LOG.log(System.Logger.Level.ERROR, "internal error in " + methodName, e);
        return new Outcome(null, ErrorCode.INTERNAL_ERROR.exception(why));
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
