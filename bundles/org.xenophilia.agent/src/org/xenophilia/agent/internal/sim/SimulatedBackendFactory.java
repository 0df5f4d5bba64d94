package org.xenophilia.agent.internal.sim;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.backend.HypervisorBackendFactory;
import org.xenophilia.agent.backend.PluginContext;
import org.xenophilia.agent.backend.VmOperation;

/**
 * The {@code simulated} backend as a plug-in (named in the Agent's {@code META-INF/services}). Settings:
 * {@code simulated.demo-domains} ({@code true}: define three demo domains in an empty host) and
 * {@code simulated.<op>-duration} for {@code start}, {@code clean-shutdown}, {@code hard-shutdown},
 * {@code clean-reboot}, {@code hard-reboot}, {@code pause}, {@code unpause} (milliseconds, 0 to 600000; 0, the
 * default, is instantaneous).
 */
public final class SimulatedBackendFactory implements HypervisorBackendFactory {

    /** The backend's name. */
    public static final String NAME = "simulated";
    private static final String DEMO_DOMAINS = "demo-domains";
    private static final String DURATION = "-duration";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "no Xen needed: a simulated 16 GiB, 8-CPU host with xl's state machine";
    }

    @Override
    public Set<String> settingKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(DEMO_DOMAINS);
        for (VmOperation op : OperationDurations.TIMED) {
            keys.add(OperationDurations.settingName(op) + DURATION);
        }
        return keys;
    }

    @Override
    public void checkSetting(String key, String value) {
        if (key.equals(DEMO_DOMAINS)) {
            parseBoolean(value);
        } else {
            duration(value);
        }
    }

    private static boolean parseBoolean(String v) {
        if ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("expected true or false, got '" + v + "'");
    }

    private static Duration duration(String value) {
        long ms;
        try {
            ms = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + value, e);
        }
        if (ms < 0 || ms > OperationDurations.MAX.toMillis()) {
            throw new IllegalArgumentException("must be 0 to " + OperationDurations.MAX.toMillis()
                    + " milliseconds: " + value);
        }
        return Duration.ofMillis(ms);
    }

    @Override
    public HypervisorBackend open(PluginContext context) throws IOException {
        SimulatedBackend sim = SimulatedBackend.open(SimulatedBackend.Machine.standard(context.hostName()),
                context.stateDir(), context.volumes(), context.networks());
        for (Map.Entry<String, String> e : context.settings().entrySet()) {
            if (e.getKey().endsWith(DURATION)) {
                sim.duration(e.getKey().substring(0, e.getKey().length() - DURATION.length()),
                        duration(e.getValue()));
            }
        }
        if (parseBoolean(context.setting(DEMO_DOMAINS, "false"))) {
            try {
                DemoDomains.seed(sim);
            } catch (BackendException e) {
                sim.close();
                throw new IOException("cannot define the demo domains: " + e.getMessage(), e);
            }
        }
        return sim;
    }
}
