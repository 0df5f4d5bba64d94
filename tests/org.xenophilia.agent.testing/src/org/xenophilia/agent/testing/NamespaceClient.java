package org.xenophilia.agent.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another administrator's XenAPI client, inside an Agent's {@link NetworkLink namespace}, where a client of this JVM
 * cannot be: so it reaches the Agent whatever the link does. A process ({@code network/xenapi-client}, Python's
 * XML-RPC with the Agent's certificate pinned) logged in as {@link AgentNode#ADMIN}.
 */
public final class NamespaceClient implements AutoCloseable {

    private final Process process;
    private final Writer calls;
    private final BufferedReader answers;

    private NamespaceClient(Process process) {
        this.process = process;
        this.calls = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * @param link the namespace
     * @param agent an Agent started in it ({@link AgentNode#startIn})
     * @return the client, logged in
     */
    public static NamespaceClient open(NetworkLink link, AgentNode agent) throws IOException {
        Path script = Path.of(System.getProperty("xenophilia.repo", "."), "tests/org.xenophilia.agent.testing/network"
                + "/xenapi-client");
        Process p = new ProcessBuilder(link.inNamespace(List.of("python3", script.toString(), agent.uri().toString(),
                agent.fingerprint(), AgentNode.ADMIN))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        NamespaceClient c = new NamespaceClient(p);
        c.calls.write(AgentNode.PASSWORD + "\n");
        c.calls.flush();
        return c;
    }

    /**
     * Calls a method; the session goes first by itself.
     *
     * @param method e.g. {@code VM.start}
     * @param params strings, booleans or numbers; {@code "@vm:NAME"} stands for the VM named NAME
     * @return the value, as JSON
     * @throws AssertionError if the Agent answered an error
     */
    public synchronized String call(String method, Object... params) throws IOException {
        StringBuilder line = new StringBuilder("[").append(json(method));
        for (Object p : params) {
            line.append(", ").append(p instanceof String s ? json(s) : String.valueOf(p));
        }
        calls.write(line.append("]\n").toString());
        calls.flush();
        String answer = answers.readLine();
        if (answer == null || !answer.startsWith("ok ")) {
            throw new AssertionError(method + " from inside the namespace: " + answer);
        }
        return answer.substring(3);
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    @Override
    public void close() {
        try {
            calls.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }
}
