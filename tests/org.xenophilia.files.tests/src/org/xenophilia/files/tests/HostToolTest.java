package org.xenophilia.files.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.files.HostTool;

/**
 * {@link HostTool} runs real processes as the Agent runs {@code xl} and the storage tools: what a user typed reaches
 * the tool as one argument, never a shell; a tool that outlives its limit or is cancelled is killed with what it
 * started; what it prints is kept up to a bound without blocking it.
 */
class HostToolTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void anArgumentReachesTheToolAsItIsAndNoShellSeesIt() throws Exception {
        Path marker = dir.resolve("touched");
        String hostile = "x; touch " + marker + " $(touch " + marker + ")";
        HostTool.Ended e = HostTool.run(List.of("/bin/echo", hostile), "echo", LIMIT, () -> false, 4096, 4096);
        assertEquals(0, e.exitCode());
        assertEquals(hostile + "\n", e.stdout());
        assertFalse(Files.exists(marker), "a shell ran the argument");
    }

    @Test
    void theToolRunsInTheCLocaleWithNothingOnItsInput() throws Exception {
        HostTool.Ended e = HostTool.run(List.of("/bin/sh", "-c", "echo \"$LC_ALL\"; cat; echo end >&2; exit 3"),
                "sh", LIMIT, () -> false, 4096, 4096);
        assertEquals(new HostTool.Ended(3, "C\n", "end\n"), e);
    }

    @Test
    void givenInputReachesTheToolWholeAndThenEnds() throws Exception {
        // 1 MiB, far more than a pipe holds: written beside the tool, which reads it to its end and counts it
        byte[] input = new byte[1 << 20];
        java.util.Arrays.fill(input, (byte) 'x');
        HostTool.Ended e = HostTool.run(List.of("/usr/bin/wc", "-c"), "wc -c", input, LIMIT, () -> false, 4096,
                4096);
        assertEquals(new HostTool.Ended(0, (1 << 20) + "\n", ""), e);
    }

    @Test
    void outputBeyondTheBoundIsDroppedWithoutBlockingTheTool() throws Exception {
        // 8 MiB through a 1 KiB bound: the tool would block on a full pipe if the rest were not read
        HostTool.Ended e = HostTool.run(List.of("/usr/bin/head", "-c", "8388608", "/dev/zero"), "head", LIMIT,
                () -> false, 1024, 1024);
        assertEquals(0, e.exitCode());
        assertEquals(1024, e.stdout().length());
    }

    @Test
    void aToolPastItsLimitIsKilledWithWhatItStarted() throws Exception {
        Path pid = dir.resolve("child.pid");
        HostTool.TimedOut t = assertThrows(HostTool.TimedOut.class, () -> HostTool.run(List.of("/bin/sh", "-c",
                "echo started; sleep 600 & echo $! > " + pid + "; wait"), "sh", Duration.ofSeconds(2), () -> false,
                4096, 4096));
        assertTrue(t.getMessage().contains("did not finish within 2 s"), t.getMessage());
        assertEquals("started\n", t.printed().stdout());
        assertChildGone(pid);
    }

    @Test
    void aCancelledToolIsKilledWithWhatItStarted() throws Exception {
        Path pid = dir.resolve("child.pid");
        AtomicBoolean cancel = new AtomicBoolean();
        assertThrows(CancellationException.class, () -> HostTool.run(List.of("/bin/sh", "-c",
                "sleep 600 & echo $! > " + pid + "; wait"), "sh", LIMIT, () -> {
                    cancel.set(Files.exists(pid));
                    return cancel.get();
                }, 4096, 4096));
        assertChildGone(pid);
    }

    private static void assertChildGone(Path pidFile) throws Exception {
        long child = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle h = ProcessHandle.of(child).orElse(null);
        if (h != null) {
            h.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "the tool's child lives on");
    }
}
