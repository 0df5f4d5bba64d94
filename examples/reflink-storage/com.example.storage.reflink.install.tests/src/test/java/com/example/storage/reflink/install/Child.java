package com.example.storage.reflink.install;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A process the test started, its merged output read on a thread so that it never blocks on a full pipe. */
final class Child implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final StringBuffer all = new StringBuffer();
    private final Thread reader;

    private Child(Process process) {
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    all.append(line).append('\n');
                    queue.add(line);
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param command the command, an argument list (no shell)
     * @param environment variables to set for it
     * @param stdin what to write to its standard input, or null
     */
    static Child start(List<String> command, Map<String, String> environment, String stdin) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        return new Child(p);
    }

    /** Runs a command to completion; fails unless it exits with 0 in time. @return its output */
    static String run(Duration timeout, Map<String, String> environment, String stdin, String... command)
            throws Exception {
        try (Child c = start(List.of(command), environment, stdin)) {
            if (!c.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                fail(String.join(" ", command) + " did not finish within " + timeout + ":\n" + c.all);
            }
            c.reader.join(10_000);
            if (c.process.exitValue() != 0) {
                fail(String.join(" ", command) + " exited " + c.process.exitValue() + ":\n" + c.all);
            }
            return c.all.toString();
        }
    }

    /** @return the first line from now on that starts with {@code prefix}; fails if none comes in time */
    String await(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = queue.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && (System.nanoTime() > deadline || !reader.isAlive())) {
                fail("no line starting with '" + prefix + "' within " + timeout + (process.isAlive() ? ""
                        : " (exited " + process.exitValue() + ")") + "; output:\n" + all);
            }
        }
    }

    /** @return everything it printed so far */
    String output() {
        return all.toString();
    }

    Process process() {
        return process;
    }

    /** Stops it as systemd does (SIGTERM), and waits. @return its exit status */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            fail("did not stop on SIGTERM within 60 s:\n" + all);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }
}
