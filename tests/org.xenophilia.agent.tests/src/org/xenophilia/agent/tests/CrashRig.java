package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.xenophilia.agent.Agent;
import org.xenophilia.files.HaltPoints;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The host of one {@link KillAtEachStepTest} step: an Agent's directories (the simulated backend, or the xl backend
 * on its own {@link FakeXl}), an Agent in the test's JVM that prepares the host and later, restarted on the same
 * state directory, is checked, and in between a real Agent process that is killed during the operation.
 */
final class CrashRig implements AutoCloseable {

    /** The double's control file that makes it block inside a command, and how to tell that it does. */
    private record Block(String control, Await.Probe<Boolean> blocked) {
    }

    private final FakeXl xl;
    private final AgentFixture fixture;
    private XenApiClient admin;
    private AgentProcess process;

    CrashRig(Path dir, boolean onXl) throws Exception {
        Path etc = Files.createDirectories(dir.resolve("agent/etc"));
        xl = onXl ? FakeXl.install(dir.resolve("xl")) : null;
        if (onXl) {
            xl.control("no-target-check"); // web's disk names a path of a host this is not
        }
        // the settings are in the file, which the Agent process reads too; the watcher looks only at start
        Files.writeString(etc.resolve("agent.conf"), onXl ? "backend = xl\nxl.path = " + xl.executable
                + "\nxl.poll-interval = 3600000\n" : "backend = simulated\n");
        fixture = new AgentFixture(dir.resolve("agent"));
    }

    /** @return an admin of the Agent in this JVM (before the crash: the one that prepares the host) */
    XenApiClient admin() throws Exception {
        if (admin == null) {
            admin = fixture.loggedIn(AgentFixture.ADMIN);
        }
        return admin;
    }

    Path stateDir() {
        return fixture.stateDir;
    }

    /** @return the xl backend's double, or null on the simulated backend */
    FakeXl fakeXl() {
        return xl;
    }

    /**
     * Stops the Agent of this JVM, starts a real one on the same directories and kills it at the step of the
     * operation: the test seam halts it there, or the double blocks inside the xl command while this sends SIGKILL.
     */
    void killDuring(CrashStep step) throws Exception {
        stopAgent();
        String command = step.blockedCommand();
        List<String> jvm = command == null ? List.of("-D" + HaltPoints.PROPERTY + "=" + step.haltAt()) : List.of();
        process = AgentProcess.startWithJvmOptions(jvm, null, "serve", "--config", fixture.configDir.resolve(
                "agent.conf").toString(), "--state-dir", fixture.stateDir.toString(), "--listen", "127.0.0.1:0");
        XenApiClient c = process.client();
        c.login(AgentFixture.ADMIN, AgentFixture.PASSWORD);
        if (command == null) {
            try {
                step.change().perform(c);
            } catch (Exception e) {
                // the connection went with the Agent
            }
            assertTrue(process.process.waitFor(60, TimeUnit.SECONDS), "the Agent did not reach the step and goes"
                    + " on: " + process.output());
            assertEquals(HaltPoints.EXIT_STATUS, process.exitValue(), process.output());
            assertTrue(process.output().contains(HaltPoints.HALTED), process.output());
        } else {
            Block block = block(command);
            xl.control(block.control());
            Thread call = new Thread(() -> {
                try {
                    step.change().perform(c);
                } catch (Exception e) {
                    // the connection went with the Agent
                }
            }, "operation killed during xl " + command);
            call.start();
            Await.until("xl " + command + " to block", Duration.ofSeconds(60), block.blocked(), b -> b);
            process.process.destroyForcibly().waitFor(); // SIGKILL
            call.join(TimeUnit.SECONDS.toMillis(60));
            Files.delete(xl.dir.resolve(block.control()));
        }
        killLeftoverXl();
    }

    private Block block(String command) {
        return switch (command) {
            // xl builds the domain (listed paused) and then takes its time
            case "create" -> new Block("slow-create", () -> xl.xl("list").contains("web"));
            // the guest ignores the request; xl shutdown -w waits
            case "shutdown" -> new Block("ignore-shutdown-web", () -> !xl.invocations("shutdown").isEmpty());
            default -> throw new IllegalArgumentException("the double cannot block in xl " + command);
        };
    }

    /**
     * The xl commands the killed Agent had started go too, as systemd stops the remaining processes of a service
     * whose main process died.
     */
    private void killLeftoverXl() throws InterruptedException {
        if (xl == null) {
            return;
        }
        String mark = xl.dir.toString();
        for (ProcessHandle p : ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(line -> line.contains(mark)).orElse(false)).toList()) {
            p.destroyForcibly();
            p.onExit().join();
        }
    }

    /** Stops the Agent of this JVM (the domains of the xl backend run on). */
    void stopAgent() {
        fixture.agent.close();
        admin = null;
    }

    /** @return an admin of an Agent started in this JVM on the same directories, as after a reboot of dom0's Agent */
    XenApiClient restart() throws Exception {
        fixture.agent = Agent.start(fixture.config, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        return admin();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
        fixture.close();
        try {
            killLeftoverXl();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
