package org.xenophilia.xenapi;

import java.util.List;
import java.util.Optional;

/**
 * A XenAPI failure: the {@code ErrorDescription} of a {@code {Status: "Failure"}} result, i.e. an error code and its
 * string parameters. Thrown by the client when a call fails, and by server-side implementations to make the server
 * answer with that failure.
 */
public class XenApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> params;

    /**
     * @param code the error code, e.g. {@code SESSION_INVALID}
     * @param params the parameters after the code, in order
     */
    public XenApiException(String code, List<String> params) {
        super(describe(code, params));
        this.code = code;
        this.params = List.copyOf(params);
    }

    private static String describe(String code, List<String> params) {
        return params.isEmpty() ? code : code + " " + params;
    }

    /** @return the error code as sent on the wire */
    public String code() {
        return code;
    }

    /** @return the parameters following the code */
    public List<String> params() {
        return params;
    }

    /** @return the declared code, if this bundle knows it */
    public Optional<ErrorCode> errorCode() {
        return ErrorCode.lookup(code);
    }

    /**
     * @param expected a code
     * @return whether this failure has that code
     */
    public boolean is(ErrorCode expected) {
        return expected.code().equals(code);
    }

    /**
     * Looks a parameter up by its declared name.
     *
     * @param name a name from {@link ErrorCode#parameterNames()}
     * @return the value, or empty if the code is unknown, declares no such name or the server sent fewer values
     */
    public Optional<String> param(String name) {
        return errorCode().map(e -> e.parameterNames().indexOf(name))
                .filter(i -> i >= 0 && i < params.size())
                .map(params::get);
    }

    /** @return the {@code ErrorDescription} array: the code followed by the parameters */
    public List<String> errorDescription() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(params.size() + 1);
        all.add(code);
        all.addAll(params);
        return all;
    }
}
