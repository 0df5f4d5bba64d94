package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.xenophilia.files.HaltPoints;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * What the kill tests ({@link StorageKillTest}, {@link NetworkKillTest}) do at each step: a change asked of an Agent
 * started to halt at the step ({@link HaltPoints}, as SIGKILL would), then the check that it halted there.
 */
final class HaltedChange {

    /** A change asked of the Agent. */
    @FunctionalInterface
    interface Change {
        void perform(XenApiClient c) throws Exception;
    }

    private HaltedChange() {
    }

    /**
     * @param agent the Agent, started to halt at the step
     * @param c its administrator's client
     * @param step the step, for the failure's words
     * @param change what is asked of it
     */
    static void perform(AgentProcess agent, XenApiClient c, String step, Change change) throws Exception {
        try {
            change.perform(c);
        } catch (Exception e) {
            // the connection went with the Agent
        }
        assertTrue(agent.process.waitFor(60, TimeUnit.SECONDS), "the Agent did not reach " + step + ": "
                + agent.output());
        assertEquals(HaltPoints.EXIT_STATUS, agent.exitValue(), agent.output());
        assertTrue(agent.output().contains(HaltPoints.HALTED), agent.output());
    }
}
