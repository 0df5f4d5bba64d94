package org.xenophilia.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.ToolRunner;

/** Real processes: what a user typed reaches a tool as one argument, and a tool never hangs the Agent. */
public class ToolRunnerTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    @Test
    public void anArgumentIsNeverReadByAShell() throws StorageException {
        Path marker = dir.resolve("pwned");
        String nasty = "$(touch " + marker + "); `touch " + marker + "` | touch " + marker;
        ToolRunner.Result r = new ToolRunner(Path.of("/bin/echo"), MINUTE).run(StorageProgress.NONE, nasty);
        assertEquals(0, r.exitCode());
        assertEquals(nasty + "\n", r.stdout(), "echo got the text as one argument");
        assertFalse(Files.exists(marker), "nothing ran it");
    }

    @Test
    public void aFailingToolsOwnWordsReachTheError() throws StorageException {
        ToolRunner.Result r = new ToolRunner(Path.of("/bin/ls"), MINUTE).run(StorageProgress.NONE,
                dir.resolve("missing").toString());
        StorageException e = assertThrows(StorageException.class, () -> r.succeeded(
                StorageFailure.CREATE_VOLUME_FAILED, "cannot create web"));
        assertEquals("SR_BACKEND_FAILURE_78", e.code());
        assertEquals("", e.params().get(0));
        assertTrue(e.params().get(1).startsWith("cannot create web: ls " + dir.resolve("missing") + " exited with 2"),
                e.params().get(1));
        assertTrue(e.params().get(2).contains("No such file or directory"), "ls's own words, in C: " + e.params());
        assertTrue(e.getMessage().endsWith("No such file or directory"), e.getMessage());
    }

    @Test
    public void aToolThatTalksTooMuchIsCutNotBlocked() throws StorageException {
        ToolRunner.Result r = new ToolRunner(Path.of("/usr/bin/head"), MINUTE).run(StorageProgress.NONE, "-c",
                "5000000", "/dev/zero");
        assertEquals(0, r.exitCode(), "head wrote all of it: its pipe was drained");
        assertEquals(1 << 20, r.stdout().length(), "what is kept is bounded");
    }

    @Test
    public void aToolThatDoesNotFinishIsKilledAtItsLimit() {
        StorageException e = assertThrows(StorageException.class, () -> new ToolRunner(Path.of("/bin/sleep"),
                Duration.ofSeconds(1)).run(StorageProgress.NONE, "600"));
        assertEquals("SR_BACKEND_FAILURE", e.code());
        assertEquals("killed after 1 s", e.params().get(0));
        assertEquals("sleep 600 failed (killed after 1 s)", e.getMessage());
    }

    @Test
    public void aCancelledOperationKillsItsTool() {
        AtomicBoolean cancelled = new AtomicBoolean(true);
        StorageProgress progress = new StorageProgress() {
            @Override
            public void done(double fraction) {
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        CancellationException e = assertThrows(CancellationException.class, () -> new ToolRunner(
                Path.of("/bin/sleep"), MINUTE).run(progress, "600"));
        assertEquals("sleep 600 was cancelled and killed", e.getMessage());
        assertTrue(ProcessHandle.current().children().noneMatch(p -> p.info().command().orElse("").endsWith(
                "sleep")), "no sleep left running");
    }

    @Test
    public void aToolIsNamedByItsAbsolutePath() {
        assertThrows(IllegalArgumentException.class, () -> new ToolRunner(Path.of("qemu-img"), MINUTE));
        StorageException e = assertThrows(StorageException.class, () -> new ToolRunner(dir.resolve("qemu-img"),
                MINUTE).run(StorageProgress.NONE, "info"));
        assertEquals("SR_BACKEND_FAILURE", e.code());
        assertTrue(e.getMessage().startsWith("qemu-img info failed (cannot run " + dir.resolve("qemu-img")),
                e.getMessage());
    }
}
