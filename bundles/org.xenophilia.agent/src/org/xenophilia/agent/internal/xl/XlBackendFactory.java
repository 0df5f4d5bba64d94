package org.xenophilia.agent.internal.xl;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.backend.HypervisorBackendFactory;
import org.xenophilia.agent.backend.PluginContext;

/**
 * The {@code xl} backend as a plug-in (named in the Agent's {@code META-INF/services}). Settings: {@code xl.path} (the
 * xl executable, default {@code /usr/sbin/xl}; also {@code --xl-path}), {@code xl.command-timeout} (seconds one
 * command may take, default 60), {@code xl.shutdown-timeout} (seconds a clean shutdown may take, default 120),
 * {@code xl.poll-interval} (milliseconds between two looks at {@code xl list} for changes, default 1000).
 */
public final class XlBackendFactory implements HypervisorBackendFactory {

    /** The backend's name. */
    public static final String NAME = "xl";
    /** The default xl executable. */
    public static final Path DEFAULT_XL = Path.of("/usr/sbin/xl");
    private static final String PATH = "path";
    private static final String COMMAND_TIMEOUT = "command-timeout";
    private static final String SHUTDOWN_TIMEOUT = "shutdown-timeout";
    private static final String POLL_INTERVAL = "poll-interval";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the Xen toolstack of this host, through xl (needs root and a running Xen)";
    }

    @Override
    public Set<String> settingKeys() {
        return Set.of(PATH, COMMAND_TIMEOUT, SHUTDOWN_TIMEOUT, POLL_INTERVAL);
    }

    @Override
    public void checkSetting(String key, String value) {
        if (!key.equals(PATH)) {
            positive(value);
        }
    }

    private static long positive(String value) {
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + value, e);
        }
        if (n <= 0) {
            throw new IllegalArgumentException("must be positive: " + n);
        }
        return n;
    }

    @Override
    public HypervisorBackend open(PluginContext context) throws IOException {
        XlSettings settings = new XlSettings(Path.of(context.setting(PATH, DEFAULT_XL.toString())),
                Duration.ofSeconds(positive(context.setting(COMMAND_TIMEOUT, "60"))),
                Duration.ofSeconds(positive(context.setting(SHUTDOWN_TIMEOUT, "120"))),
                Duration.ofMillis(positive(context.setting(POLL_INTERVAL, "1000"))));
        return XlBackend.open(settings, context.stateDir(), context.volumes(), context.networks());
    }
}
