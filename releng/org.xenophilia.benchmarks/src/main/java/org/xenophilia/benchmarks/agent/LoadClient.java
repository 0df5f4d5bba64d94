package org.xenophilia.benchmarks.agent;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Wire;
import org.xenophilia.benchmarks.agent.LoadConnection.Failed;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;

/**
 * One client of the load: an admin's script or Workbench on a keep-alive connection of its own, with a session of its
 * own, calling back to back a realistic mix ({@link Action}) until it has made its number of calls. Every answer is
 * checked: records of its own VM (which only it changes) must show what its calls did ({@link VmState}), listings
 * must hold every VM, the host must list its VM as resident exactly while it runs. A Workbench client also follows
 * events ({@link EventFollower}) and waits for each change it makes to show up there before it makes the next.
 * After an error the client reads its VM's state again and goes on.
 */
final class LoadClient {

    /** What a client does next, with its weight (per thousand steps); some steps make several calls. */
    enum Action {
        OWN_RECORD(200), OTHER_RECORD(120), POWER_STATE(100), ALL_REFS(30), ALL_RECORDS(4), HOST_RECORD(60),
        HOST_METRICS(30), VM_METRICS(40), BY_UUID(30), BY_NAME(20), POOL(20), DEVICES(30), THIS_HOST(20),
        DEFINITION_XML(30), LIFECYCLE(170), CHANGE_DEFINITION(60), CONTESTED(20), LOGIN_LOGOUT(10),
        EVENT_WAIT(6);

        final int weight;

        Action(int weight) {
            this.weight = weight;
        }

        static final int TOTAL = java.util.Arrays.stream(values()).mapToInt(a -> a.weight).sum();

        static Action pick(Random rnd) {
            int r = rnd.nextInt(TOTAL);
            for (Action a : values()) {
                r -= a.weight;
                if (r < 0) {
                    return a;
                }
            }
            throw new IllegalStateException();
        }
    }

    /** How often a script polls a task's status: its own pacing. */
    private static final long TASK_POLL_MILLIS = 20;
    /** Memory figures a client gives its VM, in MiB. */
    private static final int[] MEMORY_MIB = {16, 20, 24, 28, 32};
    /** The least memory it defines: a live VM's balloon target then always has another figure to go to (16). */
    private static final long MIN_DEFINED = 20L << 20;
    /** The least balloon target it sets. */
    private static final long MIN_TARGET = 16L << 20;

    private final int index;
    private final LoadFleet fleet;
    private final List<String> vms;
    private final String vm;
    private final long calls;
    private final Random rnd;
    private final LoadConnection ops;
    private final LoadConnection events;
    private final Duration eventTimeout;
    private String session;
    private String vif;
    private String vbd;
    private String metrics;
    private VmState state;
    private EventFollower follower;
    private int descriptions;
    private int changesMade;
    private int changesSeen;
    private boolean finished;

    /**
     * @param index the client's number: its VM is {@code fleet.own().get(index)}
     * @param wire the encoding it speaks
     * @param from the local address it connects from
     * @param calls how many calls it makes
     * @param eventTimeout the timeout of its event loop's calls, or {@code null} for a client without one
     */
    LoadClient(int index, Wire wire, InetAddress from, URI uri, String fingerprint, LoadFleet fleet, long calls,
            Duration eventTimeout, LoadTally tally) {
        this.index = index;
        this.fleet = fleet;
        this.vms = fleet.all();
        this.vm = fleet.own().get(index);
        this.calls = calls;
        this.rnd = new Random(index);
        String who = "client " + index;
        this.ops = new LoadConnection(uri, fingerprint, wire, from, tally, who);
        this.eventTimeout = eventTimeout;
        this.events = eventTimeout == null ? null
                : new LoadConnection(uri, fingerprint, wire, from, tally, who + "'s event loop");
    }

    /** Connects, logs in, reads its VM, and starts its event loop: what precedes the measured calls. */
    void connect() throws Exception {
        session = login(ops);
        Map<String, Object> r = WireValues.asMap(ops.call("VM.get_record", "VM.get_record", session, vm));
        vif = WireValues.asString(WireValues.asList(r.get("VIFs")).get(0));
        vbd = WireValues.asString(WireValues.asList(r.get("VBDs")).get(0));
        metrics = WireValues.asString(r.get("metrics"));
        state = stateOf(r);
        if (events != null) {
            follower = new EventFollower(events, login(events), vm, eventTimeout, state);
            follower.start();
            events.latencies().clear();
            events.resetCalls();
            Thread loop = new Thread(follower, "load-events-" + index);
            loop.setDaemon(true);
            loop.start();
        }
        ops.latencies().clear();
        ops.resetCalls();
    }

    private static String login(LoadConnection c) throws XenApiException, Failed {
        return WireValues.asString(c.call("session.login_with_password", "session.login_with_password",
                BenchHome.USER, BenchHome.PASSWORD, "1.0", "xenophilia-load"));
    }

    /** Makes the client's calls, then ends its event loop and logs out. */
    void run() throws InterruptedException {
        while (ops.calls() < calls) {
            try {
                step(Action.pick(rnd));
            } catch (XenApiException e) {
                ops.failed(LoadTally.Error.UNEXPECTED, e.errorDescription().toString());
                resync();
            } catch (Failed e) {
                resync();
            } catch (IllegalArgumentException | IndexOutOfBoundsException | XenApiProtocolException e) {
                ops.failed(LoadTally.Error.WRONG_ANSWER, e.toString());
                resync();
            }
        }
        finished = true;
        try {
            if (follower != null) {
                follower.stop();
                ops.call("event.inject", "event.inject", session, "vm", vm); // its long poll returns
                if (!follower.awaitEnd()) {
                    ops.failed(LoadTally.Error.HANG, "the event loop did not end");
                }
            }
            ops.call("session.logout", "session.logout", session);
        } catch (XenApiException e) {
            ops.failed(LoadTally.Error.UNEXPECTED, e.errorDescription().toString());
        } catch (Failed e) {
            // counted
        } finally {
            ops.close();
            if (events != null) {
                events.close();
            }
        }
    }

    /** After an error: the client's VM as the Agent has it now (the change may have happened or not). */
    private void resync() {
        try {
            state = stateOf(WireValues.asMap(ops.call("VM.get_record", "VM.get_record", session, vm)));
            if (follower != null) {
                follower.reset(state);
            }
        } catch (XenApiException | Failed | RuntimeException e) {
            // counted, or the next step fails as well
        }
    }

    private static VmState stateOf(Map<String, Object> r) {
        return new VmState(WireValues.asString(r.get("power_state")), WireValues.asLong(r.get("domid")), -1,
                WireValues.asLong(r.get("memory_dynamic_max")), WireValues.asLong(r.get("memory_static_max")),
                WireValues.asLong(r.get("memory_target")), WireValues.asString(r.get("name_description")));
    }

    private void step(Action a) throws XenApiException, Failed, XenApiProtocolException, InterruptedException {
        switch (a) {
            case OWN_RECORD -> ownRecord(WireValues.asMap(call("VM.get_record", vm)), "VM.get_record");
            case OTHER_RECORD -> {
                String other = vms.get(rnd.nextInt(vms.size()));
                Map<String, Object> r = WireValues.asMap(call("VM.get_record", other));
                expect(fleet.uuids().get(other).equals(r.get("uuid")), "VM.get_record of " + other, r.get("uuid"));
            }
            case POWER_STATE -> {
                Object p = call("VM.get_power_state", vm);
                expect(state.power().equals(p), "VM.get_power_state", p);
            }
            case ALL_REFS -> {
                List<Object> all = WireValues.asList(call("VM.get_all"));
                expect(all.size() == fleet.vmCount() && all.contains(vm), "VM.get_all", all.size() + " VMs");
            }
            case ALL_RECORDS -> {
                Map<String, Object> all = WireValues.asMap(call("VM.get_all_records"));
                expect(all.size() == fleet.vmCount(), "VM.get_all_records", all.size() + " VMs");
                ownRecord(WireValues.asMap(all.get(vm)), "VM.get_all_records");
            }
            case HOST_RECORD -> {
                Map<String, Object> r = WireValues.asMap(call("host.get_record", fleet.host()));
                boolean resident = WireValues.asList(r.get("resident_VMs")).contains(vm);
                expect(resident == state.live(), "host.get_record: resident_VMs holding the client's "
                        + state.power() + " VM", resident);
            }
            case HOST_METRICS -> {
                Map<String, Object> r = WireValues.asMap(call("host_metrics.get_record", fleet.hostMetrics()));
                expect(WireValues.asLong(r.get("memory_total")) > 0, "host_metrics.get_record", r.get("memory_total"));
            }
            case VM_METRICS -> {
                Map<String, Object> r = WireValues.asMap(call("VM_metrics.get_record", metrics));
                expect(r.containsKey("memory_actual"), "VM_metrics.get_record", r.keySet());
            }
            case BY_UUID -> {
                Object ref = call("VM.get_by_uuid", fleet.uuids().get(vm));
                expect(vm.equals(ref), "VM.get_by_uuid", ref);
            }
            case BY_NAME -> {
                Object refs = WireValues.asList(call("VM.get_by_name_label", LoadFleet.name(index)));
                expect(List.of(vm).equals(refs), "VM.get_by_name_label", refs);
            }
            case POOL -> {
                Map<String, Object> pools = WireValues.asMap(call("pool.get_all_records"));
                expect(pools.size() == 1, "pool.get_all_records", pools.size() + " pools");
            }
            case DEVICES -> {
                boolean vifNow = rnd.nextBoolean();
                Map<String, Object> r = WireValues.asMap(call(vifNow ? "VIF.get_record" : "VBD.get_record",
                        vifNow ? vif : vbd));
                expect(vm.equals(r.get("VM")) && Boolean.valueOf(state.live()).equals(r.get("currently_attached")),
                        (vifNow ? "VIF" : "VBD") + ".get_record of a " + state.power() + " VM's device",
                        r.get("VM") + " attached " + r.get("currently_attached"));
            }
            case THIS_HOST -> {
                Object host = call("session.get_this_host", session);
                expect(fleet.host().equals(host), "session.get_this_host", host);
            }
            case DEFINITION_XML -> {
                String xml = WireValues.asString(call("Xenophilia.VM.get_xml", vm));
                expect(xml.contains("<description>" + state.description() + "</description>")
                        && xml.contains("<memory>" + (state.memory() >> 20) + "</memory>"),
                        "Xenophilia.VM.get_xml of a VM described '" + state.description() + "' with "
                                + (state.memory() >> 20) + " MiB", xml);
            }
            case LIFECYCLE -> lifecycle();
            case CHANGE_DEFINITION -> changeDefinition();
            case CONTESTED -> contested();
            case LOGIN_LOGOUT -> {
                String other = login(ops);
                Object host = ops.call("session.get_this_host", "session.get_this_host", other, other);
                expect(fleet.host().equals(host), "session.get_this_host", host);
                ops.call("session.logout", "session.logout", other);
            }
            case EVENT_WAIT -> eventWait();
        }
    }

    /** A call with the client's session, filed under its method. */
    private Object call(String method, Object... params) throws XenApiException, Failed {
        Object[] all = new Object[params.length + 1];
        all[0] = session;
        System.arraycopy(params, 0, all, 1, params.length);
        return ops.call(method, method, all);
    }

    private void expect(boolean right, String what, Object shown) throws Failed {
        if (!right) {
            throw ops.failed(LoadTally.Error.WRONG_ANSWER, what + ": " + shown);
        }
    }

    private void ownRecord(Map<String, Object> r, String what) throws Failed {
        String wrong = state.mismatch(r);
        if (wrong != null) {
            throw ops.failed(LoadTally.Error.WRONG_ANSWER, what + " of the client's VM: " + wrong);
        }
        state = state.learnt(r);
    }

    /** A lifecycle operation that applies in its VM's state, a third of them as {@code Async.} with a task. */
    private void lifecycle() throws XenApiException, Failed, XenApiProtocolException, InterruptedException {
        boolean async = rnd.nextInt(3) == 0;
        switch (state.power()) {
            case VmState.HALTED -> {
                boolean paused = rnd.nextInt(4) == 0;
                change("VM.start", state.started(paused), async, vm, paused, false);
            }
            case VmState.RUNNING -> {
                switch (rnd.nextInt(5)) {
                    case 0 -> change("VM.clean_shutdown", state.halted(), async, vm);
                    case 1 -> change("VM.hard_shutdown", state.halted(), async, vm);
                    case 2 -> change("VM.clean_reboot", state.rebooted(), async, vm);
                    case 3 -> change("VM.hard_reboot", state.rebooted(), async, vm);
                    default -> change("VM.pause", state.withPower(VmState.PAUSED), async, vm);
                }
            }
            default -> {
                switch (rnd.nextInt(4)) {
                    case 0 -> change("VM.hard_shutdown", state.halted(), async, vm);
                    case 1 -> change("VM.hard_reboot", state.rebooted(), async, vm);
                    default -> change("VM.unpause", state.withPower(VmState.RUNNING), async, vm);
                }
            }
        }
    }

    /** A halted VM's definition ({@code set_xml} or {@code set_memory}), or a live VM's balloon target. */
    private void changeDefinition() throws XenApiException, Failed, XenApiProtocolException, InterruptedException {
        if (state.live()) {
            long target = mib(state.target(), MIN_TARGET, state.maxMemory());
            change("VM.set_memory_target_live", state.withTarget(target), false, vm, target);
        } else if (rnd.nextBoolean()) {
            long memory = mib(state.memory(), MIN_DEFINED, LoadFleet.MAX_MEMORY_MIB << 20);
            String description = LoadFleet.description(index) + ", change " + ++descriptions;
            String xml = BenchDomains.xml(LoadFleet.name(index), fleet.uuids().get(vm), description,
                    (int) (memory >> 20), LoadFleet.MAX_MEMORY_MIB);
            change("Xenophilia.VM.set_xml", state.redefined(memory, LoadFleet.MAX_MEMORY_MIB << 20, description),
                    false, vm, xml);
        } else {
            long memory = mib(state.memory(), MIN_DEFINED, LoadFleet.MAX_MEMORY_MIB << 20);
            change("VM.set_memory", state.redefined(memory, memory, state.description()), false, vm, memory);
        }
    }

    /** @return one of {@link #MEMORY_MIB} other than {@code now}, from {@code min} to {@code max}, in bytes */
    private long mib(long now, long min, long max) {
        List<Long> choices = java.util.Arrays.stream(MEMORY_MIB).mapToObj(m -> (long) m << 20)
                .filter(m -> m != now && m >= min && m <= max).toList();
        return choices.get(rnd.nextInt(choices.size()));
    }

    /**
     * Changes the client's VM: the call (or its {@code Async.} variant and the task), then, for a Workbench client,
     * the wait until its event loop shows the change.
     */
    private void change(String method, VmState next, boolean async, Object... params)
            throws XenApiException, Failed, XenApiProtocolException, InterruptedException {
        if (follower != null) {
            follower.expect(next);
        }
        long t0 = System.nanoTime();
        try {
            if (async) {
                new TaskWait(ops, session, rnd.nextBoolean(), TASK_POLL_MILLIS).await(WireValues.asString(call(
                        "Async." + method, params)));
            } else {
                call(method, params);
            }
        } catch (XenApiException e) {
            if (follower != null) {
                follower.cancelled();
            }
            throw e;
        }
        state = next;
        changesMade++;
        if (follower != null) {
            state = state.learnt(follower.awaitShown());
            ops.record("change until its event (Workbench)", System.nanoTime() - t0);
            changesSeen++;
        }
    }

    /** A lifecycle operation on a demo domain other clients operate too: refusals are expected. */
    private void contested() throws XenApiException, Failed {
        String demo = fleet.contested().get(rnd.nextInt(fleet.contested().size()));
        try {
            switch (rnd.nextInt(5)) {
                case 0 -> call("VM.start", demo, false, false);
                case 1 -> call("VM.hard_shutdown", demo);
                case 2 -> call("VM.pause", demo);
                case 3 -> call("VM.unpause", demo);
                default -> call("VM.clean_reboot", demo);
            }
        } catch (XenApiException e) {
            if (!e.is(ErrorCode.VM_BAD_POWER_STATE) && !e.is(ErrorCode.HOST_NOT_ENOUGH_FREE_MEMORY)) {
                throw e;
            }
            ops.refusal(e.code() + " on a demo domain other clients operate too");
        }
    }

    /**
     * A script waiting a second for its VM to change, as it would for a state: nobody changes it, so the wait ends
     * with its timeout and nothing.
     */
    private void eventWait() throws XenApiException, Failed, XenApiProtocolException {
        List<String> only = List.of("vm/" + vm);
        EventBatch now = EventBatch.fromWire(ops.call("event.from (one VM, token \"\")", "event.from", session, only,
                "", 0.0));
        expect(now.events().size() == 1, "event.from of the client's VM, token \"\"", now.events());
        ownRecord(now.events().get(0).snapshot().orElseThrow(), "event.from");
        long t0 = System.nanoTime();
        EventBatch later = EventBatch.fromWire(ops.call("event.from (one VM, 1 s)", Duration.ofSeconds(16),
                "event.from", session, only, now.token(), 1.0));
        expect(later.events().isEmpty(), "event.from of the client's VM, which nobody changed", later.events());
        if (System.nanoTime() - t0 < 500_000_000L) {
            ops.refusal(EventFollower.NOT_WAITING);
        }
    }

    /** @return whether it made all its calls */
    boolean finished() {
        return finished;
    }

    /** @return whether it follows events as the Workbench does */
    boolean followsEvents() {
        return follower != null;
    }

    /** @return the changes of its VM it made */
    int changesMade() {
        return changesMade;
    }

    /** @return the changes of its VM its event loop showed (none without one) */
    int changesSeen() {
        return changesSeen;
    }

    /** @return the connections whose latencies and calls to report */
    List<LoadConnection> connections() {
        return events == null ? List.of(ops) : List.of(ops, events);
    }
}
