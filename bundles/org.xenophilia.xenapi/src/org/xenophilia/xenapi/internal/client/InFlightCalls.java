package org.xenophilia.xenapi.internal.client;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls one client is making now, so that {@link #abortAll()} can fail them from any thread. A call spans
 * everything one {@code XenApiClient.call} does on its thread, on either wire and across a fallback from JSON-RPC to
 * XML-RPC: an abort marks it and closes its HTTP connection; the wires check the mark around connecting, writing and
 * reading, so a call aborted before its connection exists fails too instead of going on, and the socket factory
 * ({@link AbortAwareSocketFactory}) asks it before opening a socket, so the JDK cannot send an aborted call again.
 */
public final class InFlightCalls {

    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    /** The call each thread is making now: what {@link AbortAwareSocketFactory} asks about. */
    private final ThreadLocal<Call> current = new ThreadLocal<>();

    /**
     * Starts a call on the current thread; end it with {@link #end(Call)} in a {@code finally}.
     *
     * @return the call
     */
    public Call begin() {
        Call c = new Call();
        calls.add(c);
        current.set(c);
        return c;
    }

    /** @param call a call of the current thread that has ended, however */
    public void end(Call call) {
        current.remove();
        calls.remove(call);
    }

    /**
     * @return the call of the current thread
     * @throws IllegalStateException if this thread makes none
     */
    public Call current() {
        Call c = current.get();
        if (c == null) {
            throw new IllegalStateException("no XenAPI call on this thread");
        }
        return c;
    }

    /** @return whether the call of the current thread, if any, was aborted */
    boolean currentAborted() {
        Call c = current.get();
        return c != null && c.aborted;
    }

    /**
     * Aborts every call in progress: each fails at once with an {@link IOException}.
     *
     * @return how many calls were aborted
     */
    public int abortAll() {
        int n = 0;
        for (Call c : calls) {
            if (calls.remove(c)) {
                c.abort();
                n++;
            }
        }
        return n;
    }

    /** One call; its connection is the one it is waiting on now, if any. */
    public static final class Call {
        private volatile HttpURLConnection connection;
        private volatile boolean aborted;

        private Call() {
        }

        /**
         * Makes {@code c} the connection an abort closes.
         *
         * @param c the call's connection, not yet connected
         * @throws IOException if the call was aborted already (the connection is closed then)
         */
        public void attach(HttpURLConnection c) throws IOException {
            connection = c;
            checkAborted(); // after the assignment: an abort that came before it saw no connection to close
        }

        /** Forgets the connection, once its answer is read or it failed. */
        public void detach() {
            connection = null;
        }

        /** @throws IOException if the call was aborted (its connection is closed then) */
        public void checkAborted() throws IOException {
            if (aborted) {
                HttpURLConnection c = connection;
                if (c != null) {
                    c.disconnect();
                }
                throw new IOException("call aborted");
            }
        }

        /** @return whether the call was aborted */
        public boolean aborted() {
            return aborted;
        }

        private void abort() {
            aborted = true;
            HttpURLConnection c = connection;
            if (c != null) {
                c.disconnect();
            }
        }
    }
}
