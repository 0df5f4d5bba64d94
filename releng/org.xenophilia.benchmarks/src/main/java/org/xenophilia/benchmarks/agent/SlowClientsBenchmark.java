package org.xenophilia.benchmarks.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Slow clients against an admin: an Agent (a separate JVM with the .deb launcher's flags, its default heap) is held by
 * {@code connections} slow connections from {@code connections / 50} source addresses (127.0.0.2 and up) while an
 * admin from 127.0.0.1 logs in and reads {@code VM.get_all_records} on a new connection each time. A third each:
 * TLS handshakes that stall after the first bytes of a ClientHello, requests whose headers stall midway ("slowloris",
 * a byte every second), requests whose body stalls after its headers. Reported: the admin's latency (p50, p99, max)
 * while they are held, and the Agent's threads, open files and RSS idle before, held, and a while after the slow
 * clients went away. Before the Jetty front door, 16 such connections kept every admin out for 25-30 s.
 * <p>
 * Usage: {@code SlowClientsBenchmark [connections=1000] [admin-calls=100]}.
 */
public final class SlowClientsBenchmark {

    /** Slow connections per source address: under the Agent's default of 64 per source. */
    static final int PER_SOURCE = 50;

    private final int connections;
    private final int adminCalls;
    private final Latencies admin = new Latencies();
    private int adminFailures;
    private int held;
    private int notOpened;
    private Throwable firstFailure;
    private int stillOpenAfterDeadlines;
    private AgentUsage idle;
    private AgentUsage underAttack;
    private AgentUsage after;

    SlowClientsBenchmark(int connections, int adminCalls) {
        this.connections = connections;
        this.adminCalls = adminCalls;
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        SlowClientsBenchmark b = new SlowClientsBenchmark(connections, calls);
        b.run();
        System.out.print(b.report());
    }

    void run() throws Exception {
        try (BenchHome home = new BenchHome();
                AgentChild agent = AgentChild.xenophiliad(home.serve("--demo-domains"))) {
            String[] serving = agent.awaitServing(180);
            String uri = serving[0];
            String fingerprint = serving[1];
            long pid = agent.pid();
            adminRound(uri, fingerprint, 5, new Latencies()); // warm up, and the first allocation of everything
            idle = AgentUsage.of(pid);
            URI u = URI.create(uri);
            List<Socket> slow = Collections.synchronizedList(new ArrayList<>());
            ExecutorService openers = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> opened = new ArrayList<>();
                for (int i = 0; i < connections; i++) {
                    int n = i;
                    opened.add(openers.submit(() -> {
                        slow.add(openSlow(u, n));
                        return null;
                    }));
                }
                for (Future<?> f : opened) {
                    try {
                        f.get(120, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        notOpened++;
                        firstFailure = firstFailure == null ? e.getCause() : firstFailure;
                    }
                }
                synchronized (slow) {
                    held = (int) slow.stream().filter(s -> !s.isClosed()).count();
                }
                Trickle trickle = new Trickle(slow);
                trickle.start();
                try {
                    underAttack = AgentUsage.of(pid);
                    adminRound(uri, fingerprint, adminCalls, admin);
                } finally {
                    trickle.interrupt();
                }
            } finally {
                openers.shutdownNow();
                openers.awaitTermination(60, TimeUnit.SECONDS);
                synchronized (slow) {
                    stillOpenAfterDeadlines = (int) slow.stream().filter(SlowClientsBenchmark::serverStillOpen)
                            .count();
                    for (Socket s : slow) {
                        s.close();
                    }
                }
            }
            // the Agent's request threads end after 3 s idle; its heap is trimmed after a quiet while
            after = settle(pid, Duration.ofSeconds(30));
        }
    }

    /** The admin: a new connection, a login, every VM record, a logout; each timed as one. */
    private void adminRound(String uri, String fingerprint, int calls, Latencies into) {
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            try (XenApiClient c = BenchHome.login(uri, fingerprint, Duration.ofSeconds(30))) {
                WireValues.asMap(c.callWithSession("VM.get_all_records"));
                c.logout();
                into.record(System.nanoTime() - t0);
            } catch (Exception e) {
                adminFailures++;
            }
        }
    }

    /** Opens the n-th slow connection: a stalled handshake, stalled headers or a stalled body, by turns. */
    private static Socket openSlow(URI agent, int n) throws IOException, GeneralSecurityException {
        Socket plain = new Socket();
        plain.bind(new InetSocketAddress("127.0.0." + (2 + n / PER_SOURCE), 0));
        plain.connect(new InetSocketAddress(agent.getHost(), agent.getPort()), 30_000);
        plain.setSoTimeout(30_000);
        switch (n % 3) {
            case 0 -> {
                // the first bytes of a TLS record (a ClientHello's header) and nothing more
                plain.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x02});
                plain.getOutputStream().flush();
                return plain;
            }
            case 1 -> {
                SSLSocket s = tls(plain, agent);
                write(s, "POST / HTTP/1.1\r\nHost: agent\r\nContent-Type: text/xml\r\nX-Slow: ");
                return s;
            }
            default -> {
                SSLSocket s = tls(plain, agent);
                write(s, "POST /jsonrpc HTTP/1.1\r\nHost: agent\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":");
                return s;
            }
        }
    }

    private static SSLSocket tls(Socket plain, URI agent) throws IOException, GeneralSecurityException {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // not a server
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // an attacker does not care whose certificate it is
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(plain, agent.getHost(), agent.getPort(), true);
        s.startHandshake();
        return s;
    }

    private static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Whether the Agent still holds a connection open: a read that neither sees its end nor fails. */
    private static boolean serverStillOpen(Socket s) {
        try {
            s.setSoTimeout(1);
            return s.getInputStream().read() >= 0;
        } catch (java.net.SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The slowloris proper: a byte every second on each stalled-headers connection, as long as it is open. */
    private static final class Trickle extends Thread {
        private final List<Socket> slow;

        Trickle(List<Socket> slow) {
            super("slowloris-trickle");
            setDaemon(true);
            this.slow = slow;
        }

        @Override
        public void run() {
            try {
                while (!isInterrupted()) {
                    synchronized (slow) {
                        for (Socket s : slow) {
                            if (s instanceof SSLSocket && !s.isClosed()) {
                                try {
                                    s.getOutputStream().write('x');
                                } catch (IOException e) {
                                    // the Agent closed it
                                }
                            }
                        }
                    }
                    Thread.sleep(1000); // the attacker's pace, not a wait for a condition
                }
            } catch (InterruptedException e) {
                // done
            }
        }
    }

    /** @return the process's use once it has had {@code quiet} to come back to rest */
    private static AgentUsage settle(long pid, Duration quiet) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + quiet.toNanos();
        AgentUsage u = AgentUsage.of(pid);
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000); // sampling the rest of a process, as `top` does
            u = AgentUsage.of(pid);
        }
        return u;
    }

    /** @return the admin's latencies while the slow clients were held */
    Latencies admin() {
        return admin;
    }

    /** @return admin calls that failed */
    int adminFailures() {
        return adminFailures;
    }

    /** @return slow connections that were open when the admin started */
    int held() {
        return held;
    }

    AgentUsage idle() {
        return idle;
    }

    AgentUsage underAttack() {
        return underAttack;
    }

    AgentUsage after() {
        return after;
    }

    String report() {
        return String.format(Locale.ROOT, "Slow clients: %d slow connections from %d addresses (a third each: stalled"
                + " TLS handshakes, headers trickled a byte a second, stalled bodies), %d held when the admin began%n"
                + "  admin (new connection, login, VM.get_all_records, logout) while held: %s, %d failed%n"
                + "  Agent idle before:  %s%n  Agent while held:   %s%n  Agent 30 s after:   %s%n"
                + "  slow connections the Agent still held at the end: %d%n"
                + "  slow connections that could not be opened: %d%s%n", connections,
                (connections + PER_SOURCE - 1) / PER_SOURCE, held, admin.summary(), adminFailures, idle, underAttack,
                after, stillOpenAfterDeadlines, notOpened, firstFailure == null ? "" : " (first: " + firstFailure
                        + ")");
    }
}
