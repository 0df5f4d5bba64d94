package org.xenophilia.agent.tests;

import java.util.List;

import org.xenophilia.xenapi.XenApiException;

/**
 * A call's answer, kept whichever it was: a value, or the XenAPI error it failed with.
 *
 * @param <T> the value's type: the XML-RPC client's Java value, or a JSON-RPC {@code JsonElement}
 * @param value the value, or {@code null} on failure
 * @param error the error, or {@code null} on success
 */
record Answer<T>(T value, XenApiException error) {

    /** A call that answers a value or throws the XenAPI error it was answered with. */
    @FunctionalInterface
    interface Call<T> {
        /** @return the value */
        T call() throws Exception;
    }

    /** @return the call's answer; any failure other than a XenAPI error is the test's and is thrown */
    static <T> Answer<T> of(Call<T> call) throws Exception {
        try {
            return new Answer<>(call.call(), null);
        } catch (XenApiException e) {
            return new Answer<>(null, e);
        }
    }

    /** @return the error's code and parameters, or the value, for messages */
    String describe() {
        return error != null ? error.code() + error.params() : String.valueOf(value instanceof Object[] a
                ? List.of(a) : value);
    }
}
