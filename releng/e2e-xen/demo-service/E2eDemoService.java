import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Stand-in for the Agent in the harness's own smoke test: a Java service packaged as a .deb, started by dom0's
 * init once xl works, reached from the host through a forwarded port. It proves the path the Agent will take
 * (.deb install, service start, port forward, readiness poll, a JVM in dom0 running xl) before the Agent exists.
 * GET /ready answers "ok"; GET /xl-list runs "xl list" (argument list, no shell, bounded time) and returns it.
 */
public final class E2eDemoService {
    private E2eDemoService() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "8443");
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 16);
        server.createContext("/ready", exchange -> reply(exchange, 200, "ok\n"));
        server.createContext("/xl-list", exchange -> {
            try {
                Process xl = new ProcessBuilder("xl", "list").redirectErrorStream(true).start();
                byte[] output = xl.getInputStream().readNBytes(64 * 1024);
                if (!xl.waitFor(60, TimeUnit.SECONDS)) {
                    xl.destroyForcibly();
                    reply(exchange, 504, "xl list timed out\n");
                    return;
                }
                reply(exchange, xl.exitValue() == 0 ? 200 : 500, new String(output, StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reply(exchange, 500, "interrupted\n");
            }
        });
        server.start();
        System.out.println("e2e demo service listening on " + port);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
