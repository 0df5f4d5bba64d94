package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xenophilia.agent.tests.HostChange.CLEAN_REBOOT;
import static org.xenophilia.agent.tests.HostChange.CLEAN_SHUTDOWN;
import static org.xenophilia.agent.tests.HostChange.CREATE_FROM_XML;
import static org.xenophilia.agent.tests.HostChange.DESTROY;
import static org.xenophilia.agent.tests.HostChange.HARD_REBOOT;
import static org.xenophilia.agent.tests.HostChange.HARD_SHUTDOWN;
import static org.xenophilia.agent.tests.HostChange.IMPORT_XL_CFG;
import static org.xenophilia.agent.tests.HostChange.NEXT_BOOT_SAVE;
import static org.xenophilia.agent.tests.HostChange.PAUSE;
import static org.xenophilia.agent.tests.HostChange.SET_XML_HALTED;
import static org.xenophilia.agent.tests.HostChange.START;
import static org.xenophilia.agent.tests.HostChange.VBD_PLUG;
import static org.xenophilia.agent.tests.HostChange.VBD_UNPLUG;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * {@code kill -9} of the Agent at each step of every operation that changes the host, on both backends, each step
 * reached without timing luck: the Agent runs as a real process with the test seam set to halt it at the step (see
 * {@link org.xenophilia.files.HaltPoints}), or, for an {@code xl} command in flight, the {@link FakeXl} double blocks
 * inside the command while the test sends SIGKILL. Then an Agent is started on the same state directory, and the
 * host must be consistent ({@link HostConsistency}) and the operation either done or not done, whole
 * ({@link HostChange#summary}).
 * <p>
 * One line per step: a new step, or a new operation's steps, is a line in {@link #steps()}. A step is what a crash
 * can come after: the test seam's {@code renaming/renamed/deleted <file>} (a file of the state directory: its
 * temporary file complete, then renamed; or removed) and {@code running/ran xl <arguments>}, {@code *} standing for
 * any characters; or {@code kill during xl <command>}.
 * <p>
 * The cases run side by side ({@code junit-platform.properties} says how many): each is a few seconds of waiting on
 * its own processes (the Agent's JVM start, TLS, the double), and shares nothing with the others: its own
 * {@code @TempDir} with the state directory, configuration and double, an ephemeral port, its own Agent processes,
 * and the xl commands it kills are found by that directory. A step that needed something of the machine's would
 * make its class sequential again. {@code @Execution(CONCURRENT)} is on the method, not the class: on the class, the
 * class itself would run beside the module's other classes, which stay one at a time.
 */
class KillAtEachStepTest {

    @TempDir
    Path dir;
    private CrashRig rig;

    /** Every step of every operation that changes the host, on both backends. */
    static Stream<CrashStep> steps() {
        return Stream.of(
                // simulated backend: definitions in domains/ and next-boot/, run-time state in simulated.properties
                CrashStep.sim(CREATE_FROM_XML, "renaming */domains/*.xml", false),
                CrashStep.sim(CREATE_FROM_XML, "renamed */domains/*.xml", true),
                CrashStep.sim(CREATE_FROM_XML, "renaming */simulated.properties", true),
                CrashStep.sim(IMPORT_XL_CFG, "renaming */domains/*.xml", false),
                CrashStep.sim(IMPORT_XL_CFG, "renamed */domains/*.xml", true),
                CrashStep.sim(SET_XML_HALTED, "renaming */domains/*.xml", false),
                CrashStep.sim(SET_XML_HALTED, "renamed */domains/*.xml", true),
                CrashStep.sim(NEXT_BOOT_SAVE, "renaming */next-boot/*.xml", false),
                CrashStep.sim(NEXT_BOOT_SAVE, "renamed */next-boot/*.xml", true),
                CrashStep.sim(NEXT_BOOT_SAVE, "renaming */domains/*.xml", true),
                CrashStep.sim(NEXT_BOOT_SAVE, "renamed */domains/*.xml", true),
                CrashStep.sim(START, "renaming */simulated.properties", false),
                CrashStep.sim(START, "renamed */simulated.properties", true),
                CrashStep.sim(CLEAN_SHUTDOWN, "renaming */simulated.properties", false),
                CrashStep.sim(CLEAN_SHUTDOWN, "renamed */simulated.properties", true),
                CrashStep.sim(CLEAN_SHUTDOWN, "renamed */domains/*.xml", true),
                CrashStep.sim(CLEAN_SHUTDOWN, "deleted */next-boot/*.xml", true),
                CrashStep.sim(HARD_SHUTDOWN, "renamed */simulated.properties", true),
                CrashStep.sim(CLEAN_REBOOT, "renaming */simulated.properties", false),
                CrashStep.sim(CLEAN_REBOOT, "renamed */simulated.properties", true),
                CrashStep.sim(CLEAN_REBOOT, "renamed */domains/*.xml", true),
                CrashStep.sim(CLEAN_REBOOT, "deleted */next-boot/*.xml", true),
                CrashStep.sim(HARD_REBOOT, "renamed */simulated.properties", true),
                CrashStep.sim(PAUSE, "renaming */simulated.properties", false),
                CrashStep.sim(PAUSE, "renamed */simulated.properties", true),
                // (a halted domain has no run-time state in simulated.properties: its destroy does not rewrite it)
                CrashStep.sim(DESTROY, "deleted */domains/*.xml", true),
                CrashStep.sim(VBD_UNPLUG, "renaming */simulated.properties", false),
                CrashStep.sim(VBD_UNPLUG, "renamed */simulated.properties", true),
                CrashStep.sim(VBD_PLUG, "renamed */simulated.properties", true),
                // xl backend against the double: definitions as above, xl.cfg files in xl/, the domains in xl
                CrashStep.xl(CREATE_FROM_XML, "renaming */domains/*.xml", false),
                CrashStep.xl(CREATE_FROM_XML, "renamed */domains/*.xml", true),
                CrashStep.xl(IMPORT_XL_CFG, "renamed */domains/*.xml", true),
                CrashStep.xl(SET_XML_HALTED, "renaming */domains/*.xml", false),
                CrashStep.xl(SET_XML_HALTED, "renamed */domains/*.xml", true),
                CrashStep.xl(NEXT_BOOT_SAVE, "renaming */next-boot/*.xml", false),
                CrashStep.xl(NEXT_BOOT_SAVE, "renamed */next-boot/*.xml", true),
                CrashStep.xl(NEXT_BOOT_SAVE, "renaming */xl/*.next.cfg", true),
                CrashStep.xl(NEXT_BOOT_SAVE, "running xl config-update *", true),
                CrashStep.xl(NEXT_BOOT_SAVE, "ran xl config-update *", true),
                CrashStep.xl(NEXT_BOOT_SAVE, "renaming */domains/*.xml", true),
                CrashStep.xl(NEXT_BOOT_SAVE, "renamed */domains/*.xml", true),
                CrashStep.xl(START, "renamed */xl/*.building", false),
                CrashStep.xl(START, "renaming */xl/*.cfg", false),
                CrashStep.xl(START, "running xl create *", false),
                CrashStep.xl(START, "kill during xl create", false),
                CrashStep.xl(START, "ran xl create *", true),
                CrashStep.xl(START, "deleted */xl/*.building", true),
                CrashStep.xl(CLEAN_SHUTDOWN, "running xl shutdown *", false),
                CrashStep.xl(CLEAN_SHUTDOWN, "kill during xl shutdown", false),
                CrashStep.xl(CLEAN_SHUTDOWN, "ran xl shutdown *", true),
                CrashStep.xl(HARD_SHUTDOWN, "running xl destroy *", false),
                CrashStep.xl(HARD_SHUTDOWN, "ran xl destroy *", true),
                CrashStep.xl(CLEAN_REBOOT, "running xl reboot *", false),
                CrashStep.xl(CLEAN_REBOOT, "ran xl reboot *", true),
                CrashStep.xl(HARD_REBOOT, "renamed */xl/*.building", false),
                CrashStep.xl(HARD_REBOOT, "running xl destroy *", false),
                CrashStep.xl(HARD_REBOOT, "ran xl destroy *", true),
                CrashStep.xl(HARD_REBOOT, "renamed */domains/*.xml", true),
                CrashStep.xl(HARD_REBOOT, "running xl create *", true),
                CrashStep.xl(HARD_REBOOT, "ran xl create *", true),
                CrashStep.xl(PAUSE, "running xl pause *", false),
                CrashStep.xl(PAUSE, "ran xl pause *", true),
                CrashStep.xl(VBD_UNPLUG, "running xl block-detach *", false),
                CrashStep.xl(VBD_UNPLUG, "ran xl block-detach *", true),
                CrashStep.xl(VBD_PLUG, "running xl block-attach *", false),
                CrashStep.xl(VBD_PLUG, "ran xl block-attach *", true),
                CrashStep.xl(DESTROY, "deleted */xl/*.cfg", false),
                CrashStep.xl(DESTROY, "deleted */domains/*.xml", true));
    }

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    @Execution(ExecutionMode.CONCURRENT)
    void afterAKillTheHostIsConsistentAndTheOperationWhole(CrashStep step) throws Exception {
        rig = new CrashRig(dir, step.xl());
        step.change().prepare(rig.admin());
        long domid = HostChange.domid(rig.admin());
        assertEquals(step.change().before(), HostChange.summary(rig.admin(), domid), "prepared");

        rig.killDuring(step);

        XenApiClient admin = rig.restart();
        HostConsistency.check(rig.stateDir(), admin, rig.fakeXl());
        String expected = step.happened() ? step.change().after() : step.change().before();
        assertEquals(expected, HostChange.summary(admin, domid), step + ": the operation is " + (step.happened()
                ? "done" : "not done") + ", whole");
    }
}
