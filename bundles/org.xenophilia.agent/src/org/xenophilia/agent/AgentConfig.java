package org.xenophilia.agent;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The Agent's settings, read from {@code agent.conf} (Java properties syntax) and overridden by command-line options
 * of the same names. The file's directory is the configuration directory: it also holds the users file
 * ({@code users}) and the TLS identity ({@code tls/}).
 *
 * <pre>
 * listen = 0.0.0.0:8443           # address:port, [v6]:port or :port (all addresses)
 * state-dir = /var/lib/xenophilia
 * backend = simulated             # simulated | xl
 * plain-http = false              # true only with a loopback listen address
 * max-request-bytes = 1048576
 * session-idle-timeout = 3600     # seconds
 * max-sessions = 500
 * threads = 16
 * simulated-demo-domains = false  # define three demo domains in an empty simulated host
 * xl.path = /usr/sbin/xl          # the xl backend's toolstack executable
 * xl.command-timeout = 60         # seconds one xl command may take
 * xl.shutdown-timeout = 120       # seconds a clean shutdown may take
 * xl.poll-interval = 1000         # milliseconds between two looks at xl list for changes
 * simulated.start-duration = 0    # milliseconds a simulated operation takes (0..600000; also clean-shutdown,
 *                                 # hard-shutdown, clean-reboot, hard-reboot, pause, unpause)
 * </pre>
 */
public final class AgentConfig {

    /** The default configuration file. */
    public static final Path DEFAULT_CONFIG = Path.of("/etc/xenophilia/agent.conf");
    /** The default state directory. */
    public static final Path DEFAULT_STATE_DIR = Path.of("/var/lib/xenophilia");
    /** The default listen address. */
    public static final String DEFAULT_LISTEN = ":8443";
    /** The keys understood in the file. */
    public static final Set<String> KEYS = Set.of("listen", "state-dir", "backend", "plain-http",
            "max-request-bytes", "session-idle-timeout", "max-sessions", "threads", "simulated-demo-domains", "xl.path",
            "xl.command-timeout", "xl.shutdown-timeout", "xl.poll-interval", "simulated.start-duration",
            "simulated.clean-shutdown-duration", "simulated.hard-shutdown-duration", "simulated.clean-reboot-duration",
            "simulated.hard-reboot-duration", "simulated.pause-duration", "simulated.unpause-duration");
    /** The default xl executable. */
    public static final Path DEFAULT_XL = Path.of("/usr/sbin/xl");

    private Path configDir = DEFAULT_CONFIG.getParent();
    private Path stateDir = DEFAULT_STATE_DIR;
    private String backend = "simulated";
    private InetSocketAddress listen = parseListen(DEFAULT_LISTEN);
    private boolean plainHttp;
    private int maxRequestBytes = 1 << 20;
    private Duration sessionIdleTimeout = Duration.ofHours(1);
    private int maxSessions = 500;
    private int threads = 16;
    private boolean simulatedDemoDomains;
    private final java.util.Map<String, Duration> simulatedDurations = new java.util.TreeMap<>();
    private Clock clock = Clock.systemUTC();
    private Path xlPath = DEFAULT_XL;
    private Duration xlCommandTimeout = Duration.ofSeconds(60);
    private Duration xlShutdownTimeout = Duration.ofSeconds(120);
    private Duration xlPollInterval = Duration.ofMillis(1000);

    /**
     * Reads a configuration file. A missing file gives the defaults, with its directory as configuration directory.
     *
     * @param file the file
     * @return the settings
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException for an unknown key or a bad value
     */
    public static AgentConfig load(Path file) throws IOException {
        AgentConfig c = new AgentConfig();
        Path abs = file.toAbsolutePath();
        c.configDir = abs.getParent();
        if (Files.isRegularFile(abs)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(abs, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String key : p.stringPropertyNames()) {
                c.set(key, p.getProperty(key).strip());
            }
        }
        return c;
    }

    /**
     * Sets one setting by its file/command-line name.
     *
     * @param key a name from {@link #KEYS}
     * @param value its value
     * @return this
     * @throws IllegalArgumentException for an unknown key or a bad value
     */
    public AgentConfig set(String key, String value) {
        try {
            switch (key) {
                case "listen" -> listen = parseListen(value);
                case "state-dir" -> stateDir = Path.of(value);
                case "backend" -> backend(value);
                case "plain-http" -> plainHttp = parseBoolean(value);
                case "max-request-bytes" -> maxRequestBytes = positive(Integer.parseInt(value));
                case "session-idle-timeout" -> sessionIdleTimeout = Duration.ofSeconds(positive(Long.parseLong(value)));
                case "max-sessions" -> maxSessions = positive(Integer.parseInt(value));
                case "threads" -> threads = positive(Integer.parseInt(value));
                case "simulated-demo-domains" -> simulatedDemoDomains = parseBoolean(value);
                case "xl.path" -> xlPath = Path.of(value);
                case "xl.command-timeout" -> xlCommandTimeout = Duration.ofSeconds(positive(Long.parseLong(value)));
                case "xl.shutdown-timeout" -> xlShutdownTimeout = Duration.ofSeconds(positive(Long.parseLong(value)));
                case "xl.poll-interval" -> xlPollInterval = Duration.ofMillis(positive(Long.parseLong(value)));
                default -> {
                    if (key.startsWith("simulated.") && key.endsWith("-duration") && KEYS.contains(key)) {
                        long ms = Long.parseLong(value);
                        if (ms < 0 || ms > 600_000) {
                            throw new IllegalArgumentException("must be 0 to 600000 milliseconds: " + value);
                        }
                        simulatedDurations.put(key.substring("simulated.".length(),
                                key.length() - "-duration".length()), Duration.ofMillis(ms));
                    } else {
                        throw new IllegalArgumentException("unknown setting '" + key + "'");
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: " + value, e);
        }
        return this;
    }

    private static boolean parseBoolean(String v) {
        if ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("expected true or false, got '" + v + "'");
    }

    private static <N extends Number> N positive(N n) {
        if (n.longValue() <= 0) {
            throw new IllegalArgumentException("must be positive: " + n);
        }
        return n;
    }

    /**
     * Parses {@code host:port}, {@code [v6]:port} or {@code :port} (all addresses). The host is resolved now.
     *
     * @param value the text
     * @return the address
     * @throws IllegalArgumentException if it is malformed or the host is unknown
     */
    public static InetSocketAddress parseListen(String value) {
        String v = value.strip();
        int colon = v.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("listen address must be host:port, [v6]:port or :port: " + value);
        }
        String host = v.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(v.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in listen address " + value, e);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range in " + value);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || "*".equals(host)) {
            return new InetSocketAddress(port);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in listen address " + value, e);
        }
    }

    /** @return the configuration directory (users, TLS identity) */
    public Path configDir() {
        return configDir;
    }

    /**
     * @param dir the configuration directory
     * @return this
     */
    public AgentConfig configDir(Path dir) {
        this.configDir = Objects.requireNonNull(dir);
        return this;
    }

    /** @return the users file */
    public Path usersFile() {
        return configDir.resolve("users");
    }

    /** @return the state directory */
    public Path stateDir() {
        return stateDir;
    }

    /**
     * @param dir the state directory
     * @return this
     */
    public AgentConfig stateDir(Path dir) {
        this.stateDir = Objects.requireNonNull(dir);
        return this;
    }

    /** @return the backend name */
    public String backend() {
        return backend;
    }

    /**
     * @param name {@code simulated} or {@code xl}
     * @return this
     */
    public AgentConfig backend(String name) {
        if (!"simulated".equals(name) && !"xl".equals(name)) {
            throw new IllegalArgumentException("unknown backend '" + name + "' (simulated or xl)");
        }
        this.backend = name;
        return this;
    }

    /** @return where to listen */
    public InetSocketAddress listen() {
        return listen;
    }

    /**
     * @param address where to listen
     * @return this
     */
    public AgentConfig listen(InetSocketAddress address) {
        this.listen = Objects.requireNonNull(address);
        return this;
    }

    /** @return whether to serve plain HTTP instead of HTTPS */
    public boolean plainHttp() {
        return plainHttp;
    }

    /**
     * @param plain serve plain HTTP (loopback only)
     * @return this
     */
    public AgentConfig plainHttp(boolean plain) {
        this.plainHttp = plain;
        return this;
    }

    /** @return the largest request body accepted */
    public int maxRequestBytes() {
        return maxRequestBytes;
    }

    /** @return how long an unused session lives */
    public Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    /**
     * @param timeout how long an unused session lives
     * @return this
     */
    public AgentConfig sessionIdleTimeout(Duration timeout) {
        this.sessionIdleTimeout = Objects.requireNonNull(timeout);
        return this;
    }

    /** @return the most sessions kept */
    public int maxSessions() {
        return maxSessions;
    }

    /** @return request threads */
    public int threads() {
        return threads;
    }

    /**
     * @return the simulated backend's operation durations by operation ({@code start}, {@code clean-shutdown} ...),
     *         from {@code simulated.<op>-duration} (milliseconds); operations not named are instantaneous
     */
    public java.util.Map<String, Duration> simulatedDurations() {
        return java.util.Map.copyOf(simulatedDurations);
    }

    /** @return whether to seed an empty simulated host with demo domains */
    public boolean simulatedDemoDomains() {
        return simulatedDemoDomains;
    }

    /** @return the time source for sessions and login throttling */
    public Clock clock() {
        return clock;
    }

    /**
     * @param clock the time source for sessions and login throttling
     * @return this
     */
    public AgentConfig clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /** @return the xl executable of the xl backend */
    public Path xlPath() {
        return xlPath;
    }

    /** @return how long one xl command may take */
    public Duration xlCommandTimeout() {
        return xlCommandTimeout;
    }

    /** @return how long a clean shutdown may take */
    public Duration xlShutdownTimeout() {
        return xlShutdownTimeout;
    }

    /** @return how often the xl backend looks at {@code xl list} for changes */
    public Duration xlPollInterval() {
        return xlPollInterval;
    }
}
