package org.xenophilia.xenapi;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A XenAPI error code and the names of its parameters, as declared in xapi's datamodel
 * ({@code ocaml/idl/datamodel_errors.ml}).
 * <p>
 * A failure travels as {@code {Status: "Failure", ErrorDescription: [code, param1, param2, ...]}}; the parameter
 * names here say what each position means. The constants are the codes this project raises or handles; a server
 * may send any other code, which {@link XenApiException} carries just as well ({@link #lookup(String)} is then
 * empty).
 */
public final class ErrorCode {

    private static final Map<String, ErrorCode> KNOWN = new ConcurrentHashMap<>();

    /** The credentials are incorrect; no session was issued. No parameters. */
    public static final ErrorCode SESSION_AUTHENTICATION_FAILED = define("SESSION_AUTHENTICATION_FAILED");
    /** The credentials are correct but the user may not log in. */
    public static final ErrorCode SESSION_AUTHORIZATION_FAILED =
            define("SESSION_AUTHORIZATION_FAILED", "username", "msg");
    /** The session reference is unknown, logged out or expired. */
    public static final ErrorCode SESSION_INVALID = define("SESSION_INVALID", "handle");
    /** An object reference is unknown; {@code class} is the XenAPI class expected. */
    public static final ErrorCode HANDLE_INVALID = define("HANDLE_INVALID", "class", "handle");
    /** A UUID names no object of the class. */
    public static final ErrorCode UUID_INVALID = define("UUID_INVALID", "type", "uuid");
    /** The VM is in the wrong power state for the operation. */
    public static final ErrorCode VM_BAD_POWER_STATE = define("VM_BAD_POWER_STATE", "vm", "expected", "actual");
    /** No such method. */
    public static final ErrorCode MESSAGE_METHOD_UNKNOWN = define("MESSAGE_METHOD_UNKNOWN", "method");
    /** The method exists but was called with the wrong number of parameters. */
    public static final ErrorCode MESSAGE_PARAMETER_COUNT_MISMATCH =
            define("MESSAGE_PARAMETER_COUNT_MISMATCH", "method", "expected", "received");
    /** The caller's role does not allow the call; {@code message} is the method name. */
    public static final ErrorCode PERMISSION_DENIED = define("PERMISSION_DENIED", "message");
    /** The host lacks the free memory the operation needs (both in bytes). */
    public static final ErrorCode HOST_NOT_ENOUGH_FREE_MEMORY =
            define("HOST_NOT_ENOUGH_FREE_MEMORY", "needed", "available");
    /** The host has fewer physical CPUs than the VM has vCPUs. */
    public static final ErrorCode HOST_NOT_ENOUGH_PCPUS = define("HOST_NOT_ENOUGH_PCPUS", "vcpus", "pcpus");
    /** The operation is not allowed for the stated reason. */
    public static final ErrorCode OPERATION_NOT_ALLOWED = define("OPERATION_NOT_ALLOWED", "reason");
    /** An {@code event.from} token could not be parsed. */
    public static final ErrorCode EVENT_FROM_TOKEN_PARSE_FAILURE = define("EVENT_FROM_TOKEN_PARSE_FAILURE", "token");
    /** A parameter has the wrong type. */
    public static final ErrorCode FIELD_TYPE_ERROR = define("FIELD_TYPE_ERROR", "field");
    /** A parameter has a value outside its domain. */
    public static final ErrorCode INVALID_VALUE = define("INVALID_VALUE", "field", "value");
    /** Another object already has this name or identity. */
    public static final ErrorCode MAP_DUPLICATE_KEY = define("MAP_DUPLICATE_KEY", "type", "param_name", "uuid", "key");
    /** The memory settings violate a constraint (e.g. static_min &lt;= dynamic_min &lt;= ...). */
    public static final ErrorCode MEMORY_CONSTRAINT_VIOLATION = define("MEMORY_CONSTRAINT_VIOLATION", "constraint");
    /** The server failed internally; {@code message} gives details. */
    public static final ErrorCode INTERNAL_ERROR = define("INTERNAL_ERROR", "message");
    /** The function exists in XenAPI but this server does not implement it. */
    public static final ErrorCode NOT_IMPLEMENTED = define("NOT_IMPLEMENTED", "function");

    private final String code;
    private final List<String> parameterNames;

    private ErrorCode(String code, List<String> parameterNames) {
        this.code = code;
        this.parameterNames = parameterNames;
    }

    private static ErrorCode define(String code, String... parameterNames) {
        ErrorCode e = new ErrorCode(code, List.of(parameterNames));
        KNOWN.put(code, e);
        return e;
    }

    /**
     * @param code an error code as sent on the wire
     * @return the declared code, or empty for a code this bundle does not declare
     */
    public static Optional<ErrorCode> lookup(String code) {
        return Optional.ofNullable(KNOWN.get(code));
    }

    /** @return every code declared here, by name */
    public static Map<String, ErrorCode> known() {
        return Collections.unmodifiableMap(KNOWN);
    }

    /** @return the code as sent on the wire, e.g. {@code VM_BAD_POWER_STATE} */
    public String code() {
        return code;
    }

    /** @return the names of the parameters following the code in {@code ErrorDescription}, in order */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /**
     * Creates the exception for this code.
     *
     * @param params one value per {@linkplain #parameterNames() parameter}
     * @return the exception, ready to throw
     * @throws IllegalArgumentException if the number of values does not match the declaration
     */
    public XenApiException exception(String... params) {
        if (params.length != parameterNames.size()) {
            throw new IllegalArgumentException(code + " takes " + parameterNames.size() + " parameters "
                    + parameterNames + ", got " + params.length);
        }
        return new XenApiException(code, List.of(params));
    }

    @Override
    public String toString() {
        return code + parameterNames;
    }
}
