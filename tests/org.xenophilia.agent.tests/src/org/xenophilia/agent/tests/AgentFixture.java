package org.xenophilia.agent.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.xenophilia.agent.Agent;
import org.xenophilia.agent.AgentConfig;
import org.xenophilia.agent.internal.auth.PasswordHash;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.auth.UserStore;
import org.xenophilia.xenapi.internal.client.PinningTrustManager;
import org.xenophilia.xenapi.client.WireEncoding;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * A real Agent on 127.0.0.1 (TLS, an ephemeral port, the simulated backend) in a temporary directory, with three
 * users: {@code admin}, {@code operator}, {@code viewer} (read-only). Passwords are hashed with the smallest
 * accepted iteration count to keep the suite fast; the code path is the production one.
 */
final class AgentFixture implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String OPERATOR = "operator";
    static final String VIEWER = "viewer";
    static final String PASSWORD = "correct horse battery";

    final Path configDir;
    final Path stateDir;
    final SteppingClock clock = new SteppingClock();
    final UserStore users;
    final AgentConfig config;
    final String startOutput;
    Agent agent;

    AgentFixture(Path dir) throws IOException {
        this(dir, c -> {
        });
    }

    /**
     * An Agent on the xl backend whose {@code xl} is the boundary double: its watcher looks once at start and then
     * only when asked (a poll interval of an hour), so tests see exactly the xl processes their calls spawn.
     *
     * @param dir the Agent's directory
     * @param xl the double
     * @param settings more settings, as name, value, name, value ...
     */
    static AgentFixture onFakeXl(Path dir, FakeXl xl, String... settings) throws IOException {
        return new AgentFixture(dir, c -> {
            c.set("backend", "xl");
            c.set("xl.path", xl.executable.toString());
            c.set("xl.poll-interval", "3600000");
            for (int i = 0; i < settings.length; i += 2) {
                c.set(settings[i], settings[i + 1]);
            }
        });
    }

    AgentFixture(Path dir, java.util.function.Consumer<AgentConfig> tweak) throws IOException {
        configDir = dir.resolve("etc");
        stateDir = dir.resolve("state");
        users = UserStore.open(configDir.resolve("users"));
        users.add(ADMIN, Role.ADMIN, PASSWORD.toCharArray(), PasswordHash.MIN_ITERATIONS);
        users.add(OPERATOR, Role.OPERATOR, PASSWORD.toCharArray(), PasswordHash.MIN_ITERATIONS);
        users.add(VIEWER, Role.READ_ONLY, PASSWORD.toCharArray(), PasswordHash.MIN_ITERATIONS);
        config = AgentConfig.load(configDir.resolve("agent.conf")).stateDir(stateDir)
                .listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).clock(clock);
        tweak.accept(config);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        agent = Agent.start(config, new PrintStream(out, true, StandardCharsets.UTF_8));
        startOutput = out.toString(StandardCharsets.UTF_8);
    }

    URI uri() {
        return agent.uri();
    }

    /** A client as the Workbench's: JSON-RPC. */
    XenApiClient client() {
        return XenApiClient.builder(uri()).pinnedFingerprint(agent.fingerprint()).build();
    }

    /** A client that speaks only XML-RPC, as the XenServer SDK and Python's XenAPI.py do. */
    XenApiClient xmlRpcClient() {
        return XenApiClient.builder(uri()).pinnedFingerprint(agent.fingerprint()).encoding(WireEncoding.XML_RPC)
                .build();
    }

    XenApiClient loggedIn(String user) throws Exception {
        return loggedIn(client(), user);
    }

    XenApiClient loggedInXmlRpc(String user) throws Exception {
        return loggedIn(xmlRpcClient(), user);
    }

    private static XenApiClient loggedIn(XenApiClient c, String user) throws Exception {
        c.login(user, PASSWORD);
        return c;
    }

    /** An HTTP client that trusts exactly this Agent's certificate, for looking at the raw XML. */
    HttpClient rawClient() throws GeneralSecurityException {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinningTrustManager(agent.fingerprint(), null)}, null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A JSON-RPC client of {@code /jsonrpc} that trusts exactly this Agent's certificate. */
    JsonRpcClient json() throws GeneralSecurityException {
        return new JsonRpcClient(rawClient(), uri());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return rawClient().send(HttpRequest.newBuilder(uri().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String methodCall(String method, String... stringParams) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><methodCall><methodName>").append(method)
                .append("</methodName><params>");
        for (String p : stringParams) {
            sb.append("<param><value><string>").append(p).append("</string></value></param>");
        }
        return sb.append("</params></methodCall>").toString();
    }

    @Override
    public void close() {
        if (agent != null) {
            agent.close();
        }
    }
}
