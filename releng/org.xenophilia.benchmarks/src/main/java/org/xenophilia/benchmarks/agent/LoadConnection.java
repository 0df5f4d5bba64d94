package org.xenophilia.benchmarks.agent;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Reply;
import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Wire;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;

/**
 * A load client's keep-alive connection to the Agent, as a XenAPI client uses one: each call waits for its answer at
 * most its timeout (60 s, {@code XenApiClient}'s default, or an {@code event.from}'s own plus 15 s, as the Workbench
 * has it), a {@code 503} is retried after its {@code Retry-After}, and a broken connection is replaced at the next
 * call. Latencies are kept by call kind; whatever is an error whichever call it answers (a transport failure, a hang,
 * {@code INTERNAL_ERROR}, an answer that is not a XenAPI answer) is counted in the {@link LoadTally} and ends the call
 * with {@link Failed}. Other XenAPI errors are thrown for the caller to judge. One thread at a time.
 */
final class LoadConnection implements AutoCloseable {

    /** An ordinary call's timeout: {@code XenApiClient}'s default read timeout. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    /** How long a call may be refused with {@code 503} before it counts as a hang. */
    private static final Duration MAX_BUSY = Duration.ofSeconds(60);

    /** Thrown once an error has been counted: the client gives up what it was doing and goes on. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message, null, false, false);
        }
    }

    private final URI uri;
    private final String fingerprint;
    private final Wire wire;
    private final InetAddress from;
    private final LoadTally tally;
    private final String who;
    private final Map<String, Latencies> latencies = new HashMap<>();
    private KeepAliveRpcClient connection;
    /** Written by the client's thread only; read by the benchmark's progress reports. */
    private volatile long calls;

    /**
     * @param who the client, for error messages
     */
    LoadConnection(URI uri, String fingerprint, Wire wire, InetAddress from, LoadTally tally, String who) {
        this.uri = uri;
        this.fingerprint = fingerprint;
        this.wire = wire;
        this.from = from;
        this.tally = tally;
        this.who = who;
    }

    /** @return the wire */
    Wire wire() {
        return wire;
    }

    /** @return calls answered so far */
    long calls() {
        return calls;
    }

    /** Starts counting calls again (after a client's setup). */
    void resetCalls() {
        calls = 0;
    }

    /** @return the latencies by {@link LoadTally#key} */
    Map<String, Latencies> latencies() {
        return latencies;
    }

    /** Records a latency of something other than a call, e.g. a change until its event. */
    void record(String kind, long nanos) {
        latencies.computeIfAbsent(LoadTally.key(kind, wire), k -> new Latencies()).record(nanos);
    }

    /** An ordinary call: see {@link #call(String, Duration, String, Object...)}. */
    Object call(String kind, String method, Object... params) throws XenApiException, Failed {
        return call(kind, CALL_TIMEOUT, method, params);
    }

    /**
     * Makes a call.
     *
     * @param kind what the latency is filed under (the method, or e.g. {@code event.from (task)})
     * @param timeout how long to wait for the answer before it counts as a hang
     * @param method the XenAPI method
     * @param params its parameters, as {@link Wire#body}
     * @return the value of a success, in wire form
     * @throws XenApiException a XenAPI error other than {@code INTERNAL_ERROR}
     * @throws Failed after an error was counted
     */
    Object call(String kind, Duration timeout, String method, Object... params) throws XenApiException, Failed {
        byte[] body = wire.body(method, params);
        long busySince = System.nanoTime();
        while (true) {
            long t0 = System.nanoTime();
            Reply a = exchange(method, body, timeout);
            long t1 = System.nanoTime();
            if (a.status() == 503) {
                tally.refusal("HTTP 503 (too many calls at once), retried after Retry-After");
                if (t1 - busySince > MAX_BUSY.toNanos()) {
                    throw failed(LoadTally.Error.HANG, method + ": refused with 503 for " + MAX_BUSY.toSeconds()
                            + " s");
                }
                pace(Math.max(1, a.retryAfterSeconds()));
                continue;
            }
            if (a.status() != 200) {
                throw failed(LoadTally.Error.TRANSPORT, method + ": HTTP " + a.status() + " "
                        + new String(a.body(), StandardCharsets.UTF_8).strip());
            }
            calls++;
            record(kind, t1 - t0);
            try {
                return RpcAnswers.outcome(wire, a.body());
            } catch (XenApiProtocolException e) {
                throw failed(LoadTally.Error.WRONG_ANSWER, method + ": " + e.getMessage());
            } catch (XenApiException e) {
                if (e.is(ErrorCode.INTERNAL_ERROR)) {
                    throw failed(LoadTally.Error.INTERNAL, method + ": " + e.errorDescription());
                }
                throw e;
            }
        }
    }

    private Reply exchange(String method, byte[] body, Duration timeout) throws Failed {
        try {
            if (connection == null) {
                connection = new KeepAliveRpcClient(uri, fingerprint, wire, from);
            }
            return connection.exchange(body, timeout);
        } catch (SocketTimeoutException e) {
            drop();
            throw failed(LoadTally.Error.HANG, method + ": no answer within " + timeout.toSeconds() + " s");
        } catch (IOException | GeneralSecurityException e) {
            drop();
            throw failed(LoadTally.Error.TRANSPORT, method + ": " + e);
        }
    }

    /** Waits as the client was told to: its own pacing, not a wait for a condition. */
    private static void pace(int seconds) throws Failed {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted");
        }
    }

    /** Counts a refusal of a kind (an answer the API documents for the situation). */
    void refusal(String kind) {
        tally.refusal(kind);
    }

    /** Counts an error and makes the exception that ends the call. */
    Failed failed(LoadTally.Error kind, String what) {
        String message = who + " (" + wire.label + ") " + what;
        tally.error(kind, message);
        return new Failed(message);
    }

    private void drop() {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                // it is broken anyway
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        drop();
    }
}
