package org.xenophilia.agent.internal.api;

import java.util.List;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.xenapi.XenApiException;

/**
 * A served XenAPI method: its name ({@code Class.message}), its parameters, and the role a caller needs.
 *
 * @param name e.g. {@code VM.start}
 * @param parameterNames the parameters as the datamodel names them, {@code session_id} first for methods that take
 *            a session
 * @param requiredParameters how many of them must be sent; the rest are optional (only the login has any)
 * @param role the least role allowed to call it, or {@code null} for a method that takes no session (the login)
 * @param implementation the code
 */
public record ApiMethod(String name, List<String> parameterNames, int requiredParameters, Role role,
        Implementation implementation) {

    /** The code behind a method. */
    @FunctionalInterface
    public interface Implementation {
        /**
         * @param call the call, its session already checked against {@link ApiMethod#role()}
         * @return the result as a Java value (see {@code WireValues.toWire}); {@code null} for void
         * @throws XenApiException the failure to answer with
         */
        Object invoke(Call call) throws XenApiException;
    }

    /** @return whether the first parameter is a session */
    public boolean takesSession() {
        return role != null;
    }
}
