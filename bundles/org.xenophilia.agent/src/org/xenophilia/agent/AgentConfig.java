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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.agent.backend.HypervisorBackendFactory;
import org.xenophilia.agent.internal.plugin.PluginRegistry;

/**
 * The Agent's settings, read from {@code agent.conf} (Java properties syntax) and overridden by command-line options
 * of the same names. The file's directory is the configuration directory: it also holds the users file
 * ({@code users}) and the TLS identity ({@code tls/}).
 *
 * <pre>
 * listen = 0.0.0.0:8443           # address:port, [v6]:port or :port (all addresses)
 * state-dir = /var/lib/xenophilia
 * backend = simulated             # a hypervisor backend found on the class path: simulated | xl | a plug-in's
 * plain-http = false              # true only with a loopback listen address
 * max-request-bytes = 1048576
 * session-idle-timeout = 3600     # seconds
 * max-sessions = 500
 * threads = 16                    # calls answered at once
 * max-event-waits = 32            # event.from calls waiting at once, on threads of their own
 * max-connections = 1024          # connections open at once, in all
 * max-connections-per-source = 64 # connections open at once from one address
 * handshake-timeout = 10          # seconds a TLS handshake may take
 * request-header-timeout = 20     # seconds from connecting until a request's headers are in
 * request-body-timeout = 60       # seconds from a request's headers until its body is in
 * idle-timeout = 3600             # seconds a connection may stay idle after an answer
 * min-response-rate = 4096        # bytes per second a client must read a large answer at
 * max-domains = 20000             # domains defined at once (each costs the Agent about 1 KB of its heap)
 * max-definition-bytes = 65536    # the largest definition a call may send (XML or xl.cfg text)
 * xl.path = /usr/sbin/xl          # NAME.key: a setting of the plug-in NAME (here the xl backend)
 * </pre>
 *
 * A key with a dot belongs to the plug-in named before the dot ({@link AgentPlugin}): it must be one of that plug-in's
 * {@linkplain AgentPlugin#settingKeys() declared keys}, and the plug-in checks its value here, so a typo is a usage
 * error at start. Plug-ins are those found on the class path ({@link PluginRegistry}), whichever backend is chosen.
 * {@code simulated-demo-domains} is the earlier name of {@code simulated.demo-domains} and still read.
 */
public final class AgentConfig {

    /** The default configuration file. */
    public static final Path DEFAULT_CONFIG = Path.of("/etc/xenophilia/agent.conf");
    /** The default state directory. */
    public static final Path DEFAULT_STATE_DIR = Path.of("/var/lib/xenophilia");
    /** The default listen address. */
    public static final String DEFAULT_LISTEN = ":8443";
    /** The default hypervisor backend. */
    public static final String DEFAULT_BACKEND = "simulated";
    /** The Agent's own keys; plug-ins add theirs, prefixed with their names. */
    public static final Set<String> KEYS;
    /** The front door's and the API's limits (see {@code docs/agent-api.md}, "Limits") and their defaults. */
    private static final Map<String, Long> LIMIT_DEFAULTS;

    static {
        Map<String, Long> limits = new java.util.LinkedHashMap<>();
        limits.put("max-event-waits", 32L);
        limits.put("max-connections", 1024L);
        limits.put("max-connections-per-source", 64L);
        limits.put("handshake-timeout", 10L);
        limits.put("request-header-timeout", 20L);
        limits.put("request-body-timeout", 60L);
        // long, as xapi's: Python's XML-RPC client fails its next call on a TLS connection closed while it was
        // idle (it retries only plain-HTTP ones), and scripts pause; idle connections make room when it is needed
        limits.put("idle-timeout", 3600L);
        limits.put("min-response-rate", 4096L);
        // what keeps the Agent's memory bounded however it is used: with these, its 64 MB heap is never exhausted
        limits.put("max-domains", 20_000L);
        limits.put("max-definition-bytes", 65_536L);
        LIMIT_DEFAULTS = java.util.Collections.unmodifiableMap(limits);
        Set<String> keys = new TreeSet<>(Set.of("listen", "state-dir", "backend", "networking", "plain-http", "max-request-bytes",
                "session-idle-timeout", "max-sessions", "threads"));
        keys.addAll(LIMIT_DEFAULTS.keySet());
        KEYS = java.util.Collections.unmodifiableSet(keys);
    }
    /** The earlier name of {@code simulated.demo-domains} (from before backends were plug-ins), still read. */
    private static final String LEGACY_DEMO_DOMAINS = "simulated-demo-domains";

    private final PluginRegistry plugins;
    private Path configDir = DEFAULT_CONFIG.getParent();
    private Path stateDir = DEFAULT_STATE_DIR;
    private String backend = DEFAULT_BACKEND;
    /** The host networking chosen, or {@code null} for the backend's default. */
    private String networking;
    private InetSocketAddress listen = parseListen(DEFAULT_LISTEN);
    private boolean plainHttp;
    private int maxRequestBytes = 1 << 20;
    private Duration sessionIdleTimeout = Duration.ofHours(1);
    private int maxSessions = 500;
    private int threads = 16;
    private final Map<String, Long> limits = new TreeMap<>(LIMIT_DEFAULTS);
    /** Plug-ins' settings by full key ({@code xl.path}), each checked by its plug-in. */
    private final Map<String, String> pluginSettings = new TreeMap<>();
    private Clock clock = Clock.systemUTC();

    private AgentConfig(PluginRegistry plugins) {
        this.plugins = plugins;
    }

    /**
     * Reads a configuration file. A missing file gives the defaults, with its directory as configuration directory.
     *
     * @param file the file
     * @return the settings
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException for an unknown key or a bad value
     */
    public static AgentConfig load(Path file) throws IOException {
        AgentConfig c = new AgentConfig(PluginRegistry.installed());
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
     * @param key a name from {@link #KEYS}, or {@code NAME.key} for a key a plug-in named NAME declares
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
                case "networking" -> networking(value);
                case "plain-http" -> plainHttp = parseBoolean(value);
                case "max-request-bytes" -> maxRequestBytes = positive(Integer.parseInt(value));
                case "session-idle-timeout" -> sessionIdleTimeout = Duration.ofSeconds(positive(Long.parseLong(value)));
                case "max-sessions" -> maxSessions = positive(Integer.parseInt(value));
                case "threads" -> threads = positive(Integer.parseInt(value));
                case LEGACY_DEMO_DOMAINS -> setPluginSetting("simulated.demo-domains", value);
                default -> {
                    if (LIMIT_DEFAULTS.containsKey(key)) {
                        limits.put(key, positive(Long.parseLong(value)));
                    } else {
                        setPluginSetting(key, value);
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: " + value, e);
        }
        return this;
    }

    /** {@code NAME.key}: checked against the plug-in NAME's declared keys, its value by the plug-in. */
    private void setPluginSetting(String key, String value) {
        int dot = key.indexOf('.');
        Optional<AgentPlugin> plugin = dot > 0 ? plugins.plugin(key.substring(0, dot)) : Optional.empty();
        if (plugin.isEmpty()) {
            throw new IllegalArgumentException("unknown setting '" + key + "'");
        }
        AgentPlugin p = plugin.get();
        String own = key.substring(dot + 1);
        if (!p.settingKeys().contains(own)) {
            List<String> known = new TreeSet<>(p.settingKeys()).stream().map(k -> p.name() + "." + k).toList();
            throw new IllegalArgumentException("unknown setting '" + key + "' (" + p.name() + " has "
                    + (known.isEmpty() ? "no settings" : String.join(", ", known)) + ")");
        }
        try {
            p.checkSetting(own, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
        pluginSettings.put(key, value);
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
     * @param name the name of a hypervisor backend found on the class path
     * @return this
     * @throws IllegalArgumentException if there is none of that name (the message lists those found)
     */
    public AgentConfig backend(String name) {
        if (plugins.hypervisorBackend(name).isEmpty()) {
            throw new IllegalArgumentException("unknown backend '" + name + "' (found: " + String.join(", ",
                    plugins.hypervisorBackends().stream().map(AgentPlugin::name).toList()) + ")");
        }
        this.backend = name;
        return this;
    }

    /** The built-in host networking of the simulated backend, which never touches the host. */
    public static final String SIMULATED_NETWORKING = "simulated";
    /** No host networking: no networks of the node's own. */
    public static final String NO_NETWORKING = "none";
    /** The host networking of a real host, when the {@code networking} key does not say. */
    public static final String DEFAULT_HOST_NETWORKING = "linux";

    /**
     * @return the host networking chosen: {@code networking}, else {@value #SIMULATED_NETWORKING} with the simulated
     *         backend and {@value #DEFAULT_HOST_NETWORKING} with any other
     */
    public String networking() {
        if (networking != null) {
            return networking;
        }
        return DEFAULT_BACKEND.equals(backend) ? SIMULATED_NETWORKING : DEFAULT_HOST_NETWORKING;
    }

    /**
     * @param name {@value #SIMULATED_NETWORKING}, {@value #NO_NETWORKING} or a host networking type found on the class
     *            path
     * @return this
     * @throws IllegalArgumentException for another name (the message lists those found)
     */
    public AgentConfig networking(String name) {
        if (!SIMULATED_NETWORKING.equals(name) && !NO_NETWORKING.equals(name) && networkingPlugin(name).isEmpty()) {
            List<String> found = new java.util.ArrayList<>(List.of(SIMULATED_NETWORKING, NO_NETWORKING));
            plugins.networkingTypes().forEach(p -> found.add(p.name()));
            throw new IllegalArgumentException("unknown networking '" + name + "' (found: " + String.join(", ",
                    new TreeSet<>(found)) + ")");
        }
        this.networking = name;
        return this;
    }

    /**
     * @param name a host networking type's name
     * @return the type of that name found on the class path
     */
    public Optional<AgentPlugin> networkingPlugin(String name) {
        return plugins.networkingTypes().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** @return the factory of the chosen backend */
    public HypervisorBackendFactory backendFactory() {
        return plugins.hypervisorBackend(backend).orElseThrow();
    }

    /**
     * @param plugin a plug-in's name
     * @return its settings that were set, by key without the namespace ({@code path} for {@code xl.path})
     */
    public Map<String, String> pluginSettings(String plugin) {
        Map<String, String> out = new TreeMap<>();
        String prefix = plugin + ".";
        pluginSettings.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
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
     * @param key one of the front door's limits: {@code max-event-waits}, {@code max-connections},
     *            {@code max-connections-per-source}, {@code handshake-timeout}, {@code request-header-timeout},
     *            {@code request-body-timeout}, {@code idle-timeout} (seconds), {@code min-response-rate} (bytes/s)
     * @return its value
     * @throws IllegalArgumentException for another key
     */
    public long limit(String key) {
        Long v = limits.get(key);
        if (v == null) {
            throw new IllegalArgumentException("not a limit: " + key);
        }
        return v;
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
}
