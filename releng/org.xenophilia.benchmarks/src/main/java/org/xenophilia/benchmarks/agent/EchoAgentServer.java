package org.xenophilia.benchmarks.agent;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;

import org.xenophilia.agent.Agent;
import org.xenophilia.agent.AgentConfig;
import org.xenophilia.agent.internal.api.ApiRegistry;
import org.xenophilia.agent.internal.api.Dispatcher;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.server.AgentServer;
import org.xenophilia.agent.internal.tls.AgentIdentity;

/**
 * The server side of {@link RpcThroughputBenchmark}, run as its own JVM with the .deb launcher's flags: a real Agent
 * (simulated backend, demo domains) and, beside it on another loopback port, the same server stack
 * ({@link AgentServer}: the JDK's HTTPS server, the same TLS identity, request limit and thread pool; the XML-RPC
 * layer; the {@link Dispatcher} with the Agent's own sessions) serving one method, {@code Benchmark.echo}, which
 * returns its parameter. The difference between the two is the cost of the API itself.
 * <p>
 * Usage: {@code EchoAgentServer CONFIG STATE_DIR}. Prints {@code READY agent-uri echo-uri fingerprint}, then serves
 * until its standard input closes (so it never outlives the benchmark).
 */
public final class EchoAgentServer {

    private EchoAgentServer() {
    }

    public static void main(String[] args) throws Exception {
        AgentConfig config = AgentConfig.load(Path.of(args[0]));
        config.set("state-dir", args[1]);
        config.set("backend", "simulated");
        config.set("listen", "127.0.0.1:0");
        config.set("simulated-demo-domains", "true");
        try (Agent agent = Agent.start(config, System.out)) {
            ApiRegistry echo = new ApiRegistry();
            echo.register("Benchmark.echo", Role.READ_ONLY, c -> c.string(1), "value");
            AgentServer echoServer = AgentServer.start(new AgentServer.Settings(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    AgentIdentity.load(config.configDir()).serverContext(), config.maxRequestBytes(),
                    config.threads()), new Dispatcher(echo, agent.sessions()));
            System.out.println("READY " + agent.uri() + " " + echoServer.uri() + " " + agent.fingerprint());
            System.out.flush();
            waitForEndOfInput(System.in);
            echoServer.close();
        }
        System.exit(0);
    }

    private static void waitForEndOfInput(InputStream in) {
        try {
            while (in.read() >= 0) {
                // nothing is expected
            }
        } catch (IOException e) {
            // the parent is gone
        }
    }
}
