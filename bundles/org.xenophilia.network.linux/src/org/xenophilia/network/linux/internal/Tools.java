package org.xenophilia.network.linux.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.xenophilia.files.HostTool;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkException.Kind;

/**
 * Runs the host's network tools through {@link HostTool}: an argument list, never a shell, a time limit, bounded
 * output; every command line after the context's prefix ({@code ip netns exec NODE}, in tests), so the tools act on
 * the namespace that plays the host.
 */
final class Tools {

    /** The tools, by their settings' keys. */
    enum Tool {
        IP("ip"), NFT("nft"), DNSMASQ("dnsmasq"), SYSCTL("sysctl");

        final String key;

        Tool(String key) {
            this.key = key;
        }
    }

    /** What a finished tool left. */
    record Result(String command, int exitCode, String stdout, String stderr) {

        /** @return whether it exited with 0 */
        boolean ok() {
            return exitCode == 0;
        }
    }

    private static final int MAX_STDOUT = 4 << 20;
    private static final int MAX_STDERR = 64 << 10;

    private final List<String> prefix;
    private final Path[] paths = new Path[Tool.values().length];
    private final Duration limit;

    Tools(List<String> prefix, Duration limit) {
        this.prefix = List.copyOf(prefix);
        this.limit = limit;
    }

    void locate(Tool tool, Path path) {
        paths[tool.ordinal()] = path;
    }

    Path path(Tool tool) {
        return paths[tool.ordinal()];
    }

    /**
     * @param tool the tool
     * @param input its standard input, or {@code null}
     * @param args its arguments
     * @return what it left, whatever its exit status
     * @throws NetworkException {@code UNAVAILABLE} if it cannot be started, {@code FAILED} if it timed out
     */
    Result run(Tool tool, String input, List<String> args) throws NetworkException {
        List<String> argv = new ArrayList<>(prefix);
        argv.add(path(tool).toString());
        argv.addAll(args);
        String shown = tool.key + " " + String.join(" ", args);
        try {
            HostTool.Ended e = HostTool.run(argv, shown, input == null ? null : input.getBytes(StandardCharsets.UTF_8),
                    limit, () -> false, MAX_STDOUT, MAX_STDERR);
            return new Result(shown, e.exitCode(), e.stdout(), e.stderr());
        } catch (IOException e) {
            throw new NetworkException(Kind.UNAVAILABLE, "cannot run " + argv.get(0) + ": " + e.getMessage(), "", e);
        } catch (HostTool.TimedOut e) {
            throw new NetworkException(Kind.FAILED, e.getMessage(), e.printed().stderr(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException(Kind.FAILED, shown + " was interrupted", "", e);
        }
    }

    /**
     * @param tool the tool
     * @param args its arguments
     * @return what it printed
     * @throws NetworkException {@code FAILED} with the tool's words if it did not exit with 0
     */
    String ok(Tool tool, String... args) throws NetworkException {
        return feed(tool, null, args);
    }

    /**
     * @param tool the tool
     * @param input its standard input, or {@code null}
     * @param args its arguments
     * @return what it printed
     * @throws NetworkException {@code FAILED} with the tool's words if it did not exit with 0
     */
    String feed(Tool tool, String input, String... args) throws NetworkException {
        Result r = run(tool, input, List.of(args));
        if (!r.ok()) {
            throw failed(r);
        }
        return r.stdout();
    }

    static NetworkException failed(Result r) {
        String said = r.stderr().isBlank() ? r.stdout() : r.stderr();
        return new NetworkException(Kind.FAILED, r.command() + " failed (exit " + r.exitCode() + ")"
                + (said.isBlank() ? "" : ": " + said.strip()), said, null);
    }
}
