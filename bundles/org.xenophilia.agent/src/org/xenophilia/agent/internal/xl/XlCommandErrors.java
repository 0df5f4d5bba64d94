package org.xenophilia.agent.internal.xl;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xl.output.XlError;

/**
 * What xapi would answer for the errors of a command on an existing domain ({@code xl pause}, {@code xl destroy},
 * {@code xl mem-set} ...), as {@link org.xenophilia.xl.output.XlErrorClassifier} classifies them: the domain went
 * away meanwhile (a bad power state: it is halted now), {@code xl unpause} of a running domain, {@code xl mem-set}
 * above maxmem, not enough memory, {@code xl vcpu-set} refusing to overcommit, anything else with xl's message.
 */
final class XlCommandErrors {

    /**
     * {@code xl vcpu-set} refusing to bring more vCPUs online than the host has CPUs (without {@code --ignore-host};
     * the text of tools/xl/xl_vcpu.c in Xen 4.17, its spelling included): exit 1.
     */
    private static final Pattern VCPU_OVERCOMMIT = Pattern.compile(
            "You are overcomm+itting! You have (\\d+) physical CPUs and want (\\d+) vCPUs");

    private XlCommandErrors() {
    }

    /**
     * @param r what the command left
     * @param spec the domain it ran on
     * @param expected the power state the operation needs, for the error when the domain went away meanwhile
     * @throws BackendException if xl reported an error
     */
    static void check(XlCommandRunner.Result r, DomainSpec spec, VmPowerState expected) throws BackendException {
        Optional<XlError> error = r.error();
        if (error.isEmpty()) {
            return;
        }
        XlError e = error.get();
        String uuid = spec.uuid();
        java.util.List<String> argv = r.argv();
        switch (e.kind()) {
            // the domain went away between our look and the command: it is halted now
            case NO_SUCH_DOMAIN -> throw BackendException.badPowerState(uuid, expected, VmPowerState.HALTED);
            case NOT_PAUSED -> throw BackendException.badPowerState(uuid, VmPowerState.PAUSED, VmPowerState.RUNNING);
            case MEMORY_ABOVE_MAXMEM -> throw BackendException.invalidValue("memory", argv.get(argv.size() - 1));
            case NOT_ENOUGH_MEMORY -> throw BackendException.notEnoughMemory(0, 0);
            default -> {
                Matcher m = VCPU_OVERCOMMIT.matcher(e.stderr());
                if (m.find()) {
                    throw BackendException.notEnoughPcpus(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                }
                throw BackendException.failed("xl " + argv.get(1) + " " + spec.name() + " failed: " + e.message());
            }
        }
    }
}
