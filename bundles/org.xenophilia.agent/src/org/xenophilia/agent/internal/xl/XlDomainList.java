package org.xenophilia.agent.internal.xl;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xl.output.XlListEntry;
import org.xenophilia.xl.output.XlListOutput;
import org.xenophilia.xl.output.XlOutputFormatException;
import org.xenophilia.xl.output.XlUptimeOutput;

/**
 * The domains of the host as xl lists them now: one look is one {@code xl list -v}, which gives each domain's uuid
 * (which ties it to a definition), domid, state flags, memory and vCPUs. ({@code xl list -l} reads every domain's
 * whole configuration, has no run state and cannot read a domain that is being built, so it is not used.)
 * <p>
 * Start times come from {@code xl uptime}, asked once for each new domid (not on every look) and kept, so that they
 * do not move with the clock: the watcher's comparisons and {@code VM_metrics.start_time} stay put.
 */
final class XlDomainList {

    private static final System.Logger LOG = System.getLogger(XlDomainList.class.getName());
    private static final long MIB = 1L << 20;
    /** How long start times stay unknown after {@code xl uptime} failed, before it is asked again. */
    private static final long UPTIME_RETRY_MILLIS = 60_000;

    private final XlCommandRunner xl;
    /** dom0's vCPUs as the last look listed them; 0 before the first look. */
    private volatile int dom0Vcpus;
    /** When each domain was created, by domid. */
    private final Map<Integer, Instant> startedByDomid = new HashMap<>();
    private long uptimeFailedAt;

    XlDomainList(XlCommandRunner xl) {
        this.xl = xl;
    }

    /** @return dom0's vCPUs as the last look listed them; 0 before the first look */
    int dom0Vcpus() {
        return dom0Vcpus;
    }

    /**
     * One look at {@code xl list -v}.
     *
     * @return the domains of the host but dom0, by uuid, whether defined here or not
     * @throws BackendException if xl fails or its output cannot be read
     */
    Map<String, LiveDomain> look() throws BackendException {
        XlCommandRunner.Result list = xl.run("list", "-v").succeeded();
        Map<String, LiveDomain> out = new HashMap<>();
        try {
            for (XlListEntry e : XlListOutput.parse(list.stdout())) {
                if (e.domid() == 0) {
                    dom0Vcpus = e.vcpus();
                    continue;
                }
                if (e.uuid().isEmpty()) {
                    continue;
                }
                String uuid = e.uuid().get().toLowerCase(Locale.ROOT);
                VmPowerState s = e.state().shutdown() || e.state().dying() ? VmPowerState.HALTED
                        : e.state().paused() ? VmPowerState.PAUSED : VmPowerState.RUNNING;
                out.put(uuid, new LiveDomain(e.domid(), e.name(), s, e.memoryMiB() * MIB, e.vcpus(), null));
            }
        } catch (XlOutputFormatException e) {
            throw BackendException.failed("cannot read the output of xl list: " + e.getMessage());
        }
        Map<Integer, Instant> started = startTimes(out.values().stream().map(LiveDomain::domid).toList());
        out.replaceAll((uuid, l) -> l.startedAt(started.get(l.domid())));
        return out;
    }

    /**
     * @param domids the domains listed now
     * @return their creation times, where known: kept, or from one {@code xl uptime} for the new ones. A failing
     *         {@code xl uptime} leaves them unknown (asked again a minute later), never fails the look.
     */
    private Map<Integer, Instant> startTimes(List<Integer> domids) {
        synchronized (startedByDomid) {
            startedByDomid.keySet().retainAll(domids);
            boolean missing = domids.stream().anyMatch(d -> !startedByDomid.containsKey(d));
            if (missing && System.currentTimeMillis() - uptimeFailedAt > UPTIME_RETRY_MILLIS) {
                try {
                    XlCommandRunner.Result r = xl.run("uptime");
                    if (r.exitCode() != 0) {
                        throw new XlOutputFormatException(0, "xl uptime exited with " + r.exitCode() + ": "
                                + r.stderr().strip());
                    }
                    Instant now = Instant.now();
                    for (Map.Entry<Integer, Duration> e : XlUptimeOutput.parse(r.stdout()).entrySet()) {
                        if (domids.contains(e.getKey())) {
                            startedByDomid.putIfAbsent(e.getKey(), now.minus(e.getValue()).truncatedTo(
                                    ChronoUnit.SECONDS));
                        }
                    }
                } catch (BackendException | XlOutputFormatException e) {
                    uptimeFailedAt = System.currentTimeMillis();
                    LOG.log(System.Logger.Level.WARNING, "start times unknown: " + e.getMessage());
                }
            }
            return new HashMap<>(startedByDomid);
        }
    }
}
