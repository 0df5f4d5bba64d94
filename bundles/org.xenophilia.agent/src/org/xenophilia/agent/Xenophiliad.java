package org.xenophilia.agent;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.agent.internal.auth.PasswordHash;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.auth.UserStore;
import org.xenophilia.agent.internal.plugin.PluginRegistry;
import org.xenophilia.agent.internal.server.AgentServer;
import org.xenophilia.agent.internal.server.IdleHeapTrimmer;
import org.xenophilia.agent.internal.tls.AgentIdentity;
import org.xenophilia.files.HaltPoints;

/**
 * The {@code xenophiliad} command: {@code serve}, {@code fingerprint} and {@code user add|passwd|del|list}. Run as
 * {@code java -cp <agent jars> org.xenophilia.agent.Xenophiliad ...}; no OSGi runtime is needed. Exit status 0 on
 * success, 1 when the command failed, 2 for a usage error.
 */
public final class Xenophiliad {

    /** Exit status of a command that failed. */
    public static final int EXIT_FAILURE = 1;
    /** Exit status of a usage error. */
    public static final int EXIT_USAGE = 2;

    private static final String USAGE = """
            Usage: xenophiliad <command> [options]

            The Xenophilia Agent: serves a XenAPI-compatible XML-RPC API over TLS for this Xen host.

            Commands:
              serve                   run the Agent until stopped (SIGTERM / Ctrl-C). On first start it generates
                                      a TLS key pair and self-signed certificate in the configuration directory and
                                      prints the certificate's SHA-256 fingerprint for clients to pin.
              fingerprint             print the SHA-256 fingerprint of the Agent's certificate
              user add NAME --role ROLE
                                      add a user; ROLE is read-only, operator or admin. The password is read from
                                      the terminal (twice), or as one line from standard input.
              user passwd NAME [--role ROLE]
                                      set a user's password (and role)
              user del NAME           remove a user
              user list               list users and their roles

            Options:
              --config FILE           configuration file (default /etc/xenophilia/agent.conf); its directory also
                                      holds the users file and tls/
              --state-dir DIR         state directory (default /var/lib/xenophilia)
              --backend NAME          the hypervisor backend: simulated (no Xen needed), xl, or one a plug-in on
                                      the class path adds (default simulated; those found are listed below)
              --listen ADDR:PORT      where to listen: 0.0.0.0:8443, [::1]:8443, :8443 (default :8443)
              --plain-http            serve plain HTTP instead of HTTPS; refused unless ADDR is a loopback address
              --demo-domains          define three demo domains in an empty simulated host
              --xl-path FILE          the xl executable for --backend xl (default /usr/sbin/xl; xl.path in the
                                      configuration file, with xl.command-timeout, xl.shutdown-timeout and
                                      xl.poll-interval)
              --role ROLE             for 'user add' and 'user passwd'
              --iterations N          PBKDF2 iterations for a new password hash (default 600000, at least 10000)
              --help                  show this help

            Settings in the configuration file use the option names without dashes, e.g. "listen = :8443";
            command-line options override them. A backend's own settings are prefixed with its name, e.g.
            "xl.path = /usr/sbin/xl". Users changed with 'user' take effect at the next login, without a restart.
            """;

    private Xenophiliad() {
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
        }
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            // a client gets 30 s to send its request: slow-loris connections do not hold threads forever
            System.setProperty("sun.net.httpserver.maxReqTime", "30");
        }
        int status = run(args, System.in, System.out, System.err);
        if (status != 0 || args.length == 0 || !"serve".equals(args[0])) {
            System.exit(status);
        }
    }

    /**
     * Runs a command. {@code serve} returns only when the JVM shuts down.
     *
     * @param args the command line
     * @param in standard input (for passwords)
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        try {
            parse(args, words, options);
        } catch (IllegalArgumentException e) {
            err.println("xenophiliad: " + e.getMessage());
            err.println("Try 'xenophiliad --help'.");
            return EXIT_USAGE;
        }
        if (options.containsKey("help") || words.isEmpty() || "help".equals(words.get(0))) {
            out.print(USAGE);
            out.print(backendsFound());
            return words.isEmpty() && !options.containsKey("help") ? EXIT_USAGE : 0;
        }
        try {
            AgentConfig config = config(options);
            String command = words.get(0);
            switch (command) {
                case "serve":
                    expectWords(words, 1);
                    return serve(config, out, err);
                case "fingerprint":
                    expectWords(words, 1);
                    if (!AgentIdentity.exists(config.configDir())) {
                        err.println("xenophiliad: no certificate in " + config.configDir().resolve(
                                AgentIdentity.KEYSTORE) + " yet; 'xenophiliad serve' creates it on first start");
                        return EXIT_FAILURE;
                    }
                    out.println(AgentIdentity.load(config.configDir()).fingerprint());
                    return 0;
                case "user":
                    return user(words, options, config, in, out, err);
                default:
                    throw new IllegalArgumentException("unknown command '" + command + "'");
            }
        } catch (IllegalArgumentException e) {
            err.println("xenophiliad: " + e.getMessage());
            err.println("Try 'xenophiliad --help'.");
            return EXIT_USAGE;
        } catch (AgentServer.InsecureListenException e) {
            err.println("xenophiliad: " + e.getMessage());
            return EXIT_FAILURE;
        } catch (IOException e) {
            err.println("xenophiliad: " + e.getMessage());
            return EXIT_FAILURE;
        }
    }

    /**
     * @return the hypervisor backends, storage backend types, host networking types and image deployers on the class
     *         path and their settings, for the help
     */
    private static String backendsFound() {
        StringBuilder sb = new StringBuilder(String.format("%nBackends found (--backend NAME):%n"));
        appendPlugins(sb, PluginRegistry.installed().hypervisorBackends());
        List<AgentPlugin> storage = PluginRegistry.installed().storageBackends();
        if (!storage.isEmpty()) {
            sb.append(String.format("%nStorage backends found (SR types):%n"));
            appendPlugins(sb, storage);
        }
        sb.append(String.format("%nHost networking found (networking = NAME; also simulated, none):%n"));
        appendPlugins(sb, PluginRegistry.installed().networkingTypes());
        List<AgentPlugin> images = PluginRegistry.installed().imageDeployers();
        if (!images.isEmpty()) {
            sb.append(String.format("%nImage deployers found (the first that runs is used):%n"));
            appendPlugins(sb, images);
        }
        return sb.toString();
    }

    private static void appendPlugins(StringBuilder sb, List<? extends AgentPlugin> plugins) {
        for (AgentPlugin f : plugins) {
            sb.append(String.format("  %-22s  %s%n", f.name(), f.description()));
            // the settings, wrapped as the options above are
            StringBuilder line = new StringBuilder("settings:");
            for (String key : f.settingKeys().stream().sorted().toList()) {
                if (line.length() + key.length() + f.name().length() + 3 > HELP_TEXT_WIDTH) {
                    sb.append(String.format("  %-22s  %s%n", "", line));
                    line = new StringBuilder(" ");
                }
                line.append(' ').append(f.name()).append('.').append(key);
            }
            if (!f.settingKeys().isEmpty()) {
                sb.append(String.format("  %-22s  %s%n", "", line));
            }
        }
    }

    /** How wide the text after the help's name column may be. */
    private static final int HELP_TEXT_WIDTH = 86;

    private static final List<String> VALUED = List.of("config", "state-dir", "backend", "listen", "role",
            "iterations", "xl-path");
    private static final List<String> FLAGS = List.of("plain-http", "demo-domains", "help");

    private static void parse(String[] args, List<String> words, Map<String, String> options) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h")) {
                options.put("help", "true");
            } else if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (FLAGS.contains(name)) {
                    if (value != null) {
                        throw new IllegalArgumentException("--" + name + " takes no value");
                    }
                    options.put(name, "true");
                } else if (VALUED.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("--" + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    options.put(name, value);
                } else {
                    throw new IllegalArgumentException("unknown option --" + name);
                }
            } else {
                words.add(a);
            }
        }
    }

    private static AgentConfig config(Map<String, String> options) throws IOException {
        AgentConfig c = AgentConfig.load(Path.of(options.getOrDefault("config", AgentConfig.DEFAULT_CONFIG
                .toString())));
        for (String key : List.of("state-dir", "backend", "listen")) {
            if (options.containsKey(key)) {
                c.set(key, options.get(key));
            }
        }
        if (options.containsKey("xl-path")) {
            c.set("xl.path", options.get("xl-path"));
        }
        if (options.containsKey("plain-http")) {
            c.plainHttp(true);
        }
        if (options.containsKey("demo-domains")) {
            c.set("simulated.demo-domains", "true");
        }
        return c;
    }

    private static void expectWords(List<String> words, int n) {
        if (words.size() != n) {
            throw new IllegalArgumentException("unexpected argument '" + words.get(n) + "'");
        }
    }

    /** How long without a request before the heap is trimmed ({@link IdleHeapTrimmer}). */
    private static final java.time.Duration IDLE_BEFORE_TRIM = java.time.Duration.ofSeconds(2);

    /**
     * The kinds of step the test seam knows ({@link HaltPoints}): the files', the xl backend's and the file storage
     * backend's.
     */
    /** The steps the code reaches: its files', xl's, the storage backends' and the host networking's tools'. */
    private static final List<String> HALT_STEPS = List.of("renaming ", "renamed ", "deleted ", "running xl ",
            "ran xl ", "publishing ", "published ", "resizing ", "resized ", "copied ", "running ip ", "ran ip ",
            "running nft ", "ran nft ", "running sysctl ", "ran sysctl ", "running dnsmasq ", "ran dnsmasq ");

    private static int serve(AgentConfig config, PrintStream out, PrintStream err) throws IOException {
        checkTestSeam(err);
        Agent agent = Agent.start(config, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.close();
            stopped.countDown();
        }, "xenophiliad-shutdown"));
        out.println("xenophiliad: serving XenAPI on " + agent.uri() + " (backend " + config.backend() + ")");
        if (agent.fingerprint() != null) {
            out.println("xenophiliad: certificate SHA-256 fingerprint " + agent.fingerprint());
        } else {
            out.println("xenophiliad: WARNING: plain HTTP, loopback only");
        }
        if (UserStore.open(config.usersFile()).list().isEmpty()) {
            out.println("xenophiliad: no users yet, so nobody can log in; add one with"
                    + " 'xenophiliad user add NAME --role admin'");
        }
        out.flush();
        IdleHeapTrimmer trimmer = new IdleHeapTrimmer(agent::requests, IDLE_BEFORE_TRIM, System::gc,
                System.nanoTime());
        try {
            while (!stopped.await(500, TimeUnit.MILLISECONDS)) {
                trimmer.tick(System.nanoTime());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * The test seam is for tests only: when it is set, the Agent says so loudly, and a step that no code reaches (a
     * typo) is refused rather than silently never halting.
     */
    private static void checkTestSeam(PrintStream err) {
        Optional<String> step = HaltPoints.configured();
        if (step.isEmpty()) {
            return;
        }
        if (HALT_STEPS.stream().noneMatch(step.get()::startsWith)) {
            throw new IllegalArgumentException("-D" + HaltPoints.PROPERTY + "=" + step.get()
                    + ": not a step of the test seam; a step starts with one of: "
                    + String.join(", ", HALT_STEPS.stream().map(String::strip).toList()));
        }
        err.println("xenophiliad: WARNING: test seam -D" + HaltPoints.PROPERTY + "=" + step.get() + " is set: this"
                + " Agent halts, as kill -9 would, when it reaches that step. Never set it outside tests.");
        err.flush();
    }

    private static int user(List<String> words, Map<String, String> options, AgentConfig config, InputStream in,
            PrintStream out, PrintStream err) throws IOException {
        if (words.size() < 2) {
            throw new IllegalArgumentException("'user' needs a subcommand: add, passwd, del or list");
        }
        UserStore users = UserStore.open(config.usersFile());
        int iterations = PasswordHash.DEFAULT_ITERATIONS;
        if (options.containsKey("iterations")) {
            try {
                iterations = Integer.parseInt(options.get("iterations"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--iterations: not a number", e);
            }
        }
        String sub = words.get(1);
        if ("list".equals(sub)) {
            expectWords(words, 2);
            for (UserStore.User u : users.list()) {
                out.println(u.name() + " " + u.role().id());
            }
            return 0;
        }
        if (words.size() != 3) {
            throw new IllegalArgumentException("'user " + sub + "' needs exactly one user name");
        }
        String name = words.get(2);
        switch (sub) {
            case "add": {
                if (!options.containsKey("role")) {
                    throw new IllegalArgumentException("'user add' needs --role read-only|operator|admin");
                }
                Role role = Role.parse(options.get("role"));
                char[] pw = readPassword(in, err);
                try {
                    users.add(name, role, pw, iterations);
                } finally {
                    Arrays.fill(pw, '\0');
                }
                out.println("xenophiliad: added user '" + name + "' (" + role.id() + ")");
                return 0;
            }
            case "passwd": {
                Role role = options.containsKey("role") ? Role.parse(options.get("role")) : null;
                char[] pw = readPassword(in, err);
                try {
                    users.update(name, role, pw, iterations);
                } finally {
                    Arrays.fill(pw, '\0');
                }
                out.println("xenophiliad: changed user '" + name + "'");
                return 0;
            }
            case "del":
                users.remove(name);
                out.println("xenophiliad: removed user '" + name + "'");
                return 0;
            default:
                throw new IllegalArgumentException("unknown subcommand 'user " + sub + "'");
        }
    }

    private static char[] readPassword(InputStream in, PrintStream err) throws IOException {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] a = console.readPassword("Password: ");
            char[] b = console.readPassword("Again: ");
            if (a == null || b == null || !Arrays.equals(a, b)) {
                throw new IllegalArgumentException("the passwords differ");
            }
            Arrays.fill(b, '\0');
            return a;
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new IllegalArgumentException("no password on standard input");
        }
        return line.toCharArray();
    }
}
