package org.xenophilia.benchmarks.agent;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * State change to {@code event.from} return, on loopback: a real {@code xenophiliad} (simulated backend, the .deb
 * launcher's JVM flags), one client waiting in {@code event.from(["vm"], token, 30)} in a loop, another pausing and
 * unpausing a running VM. The latency of a change runs from just before the changing call is sent to the moment the
 * waiting client holds the event carrying the new power state (so it includes the change itself). Changes are made
 * one at a time, each after the previous one's event arrived. Target: p99 at most 20 ms.
 * <p>
 * Usage: {@code EventLatencyBenchmark [changes=1000]}.
 */
public final class EventLatencyBenchmark {

    /** The target p99, in milliseconds. */
    public static final double TARGET_P99_MS = 20;

    private final int changes;
    private final Latencies changeToEvent = new Latencies();
    private final Latencies changeCall = new Latencies();

    EventLatencyBenchmark(int changes) {
        this.changes = changes;
    }

    public static void main(String[] args) throws Exception {
        EventLatencyBenchmark b = new EventLatencyBenchmark(args.length > 0 ? Integer.parseInt(args[0]) : 1000);
        b.run();
        System.out.print(b.report());
    }

    private record Seen(String powerState, long nanos) {
    }

    void run() throws Exception {
        try (BenchHome home = new BenchHome();
                AgentChild agent = AgentChild.xenophiliad(home.serve("--demo-domains"))) {
            String[] at = agent.awaitServing(180);
            try (XenApiClient actor = BenchHome.login(at[0], at[1], Duration.ofSeconds(60));
                    XenApiClient watcher = BenchHome.login(at[0], at[1], Duration.ofSeconds(60))) {
                Ref vm = null;
                for (Object ref : WireValues.asList(actor.callWithSession("VM.get_by_name_label", "demo-web"))) {
                    vm = Ref.of(WireValues.asString(ref));
                }
                if (vm == null) {
                    throw new IllegalStateException("no demo-web domain:\n" + agent.output());
                }
                BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
                AtomicReference<Throwable> failure = new AtomicReference<>();
                String token = watcher.eventFrom(List.of("vm"), "", Duration.ZERO).token();
                Ref watched = vm;
                Thread waiting = new Thread(() -> {
                    String t = token;
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            EventBatch batch = watcher.eventFrom(List.of("vm"), t, Duration.ofSeconds(30));
                            long now = System.nanoTime();
                            for (EventBatch.Event e : batch.events()) {
                                if (e.ref().equals(watched) && e.snapshot().isPresent()) {
                                    Map<String, Object> r = e.snapshot().get();
                                    seen.add(new Seen(WireValues.asString(r.get("power_state")), now));
                                }
                            }
                            t = batch.token();
                        }
                    } catch (Exception e) {
                        if (!Thread.currentThread().isInterrupted()) {
                            failure.set(e);
                        }
                    }
                }, "event-from");
                waiting.setDaemon(true);
                waiting.start();
                try {
                    actor.callWithSession("VM.start", vm.value(), false, false);
                    awaitState(seen, "Running", failure);
                    for (int i = 0; i < changes; i++) {
                        boolean pause = i % 2 == 0;
                        long t0 = System.nanoTime();
                        actor.callWithSession(pause ? "VM.pause" : "VM.unpause", vm.value());
                        changeCall.record(System.nanoTime() - t0);
                        Seen s = awaitState(seen, pause ? "Paused" : "Running", failure);
                        changeToEvent.record(s.nanos - t0);
                    }
                    actor.callWithSession("VM.hard_shutdown", vm.value());
                } finally {
                    waiting.interrupt();
                    watcher.abort();
                }
            }
        }
    }

    private static Seen awaitState(BlockingQueue<Seen> seen, String state, AtomicReference<Throwable> failure)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            Seen s = seen.poll(100, TimeUnit.MILLISECONDS);
            if (s != null && s.powerState.equals(state)) {
                return s;
            }
            if (failure.get() != null) {
                throw new IllegalStateException("event.from failed", failure.get());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no event with power_state " + state + " within 10 s");
            }
        }
    }

    /** @return change-to-event latencies */
    Latencies changeToEvent() {
        return changeToEvent;
    }

    String report() {
        double p99 = changeToEvent.percentileMillis(99);
        return String.format(Locale.ROOT, """
                Agent state change -> event.from return, loopback, TLS (VM.pause/VM.unpause, %d changes)
                  server JVM: %s
                  change -> event:  %s
                  the change call:  %s
                  target p99 <= %.0f ms: %s
                """, changes, String.join(" ", RpcThroughputBenchmark.launcherFlags()), changeToEvent.summary(),
                changeCall.summary(), TARGET_P99_MS,
                p99 <= TARGET_P99_MS ? "met" : "MISSED");
    }
}
