package org.xenophilia.agent.tests;

/**
 * One step of {@link KillAtEachStepTest}: where the Agent is killed during which operation, on which backend, and
 * whether the operation is to be found done after the restart.
 *
 * @param xl the xl backend (against {@link FakeXl}), else the simulated one
 * @param change the operation
 * @param haltAt the test seam's step ({@link org.xenophilia.files.HaltPoints}), or {@code kill during xl <command>}
 *            for a SIGKILL while the double blocks inside that command
 * @param happened whether the operation is done after the restart (else it is as if never asked for)
 */
record CrashStep(boolean xl, HostChange change, String haltAt, boolean happened) {

    /** The start of a step that SIGKILLs the Agent while xl runs a command. */
    static final String KILL_DURING = "kill during xl ";

    static CrashStep sim(HostChange change, String haltAt, boolean happened) {
        return new CrashStep(false, change, haltAt, happened);
    }

    static CrashStep xl(HostChange change, String haltAt, boolean happened) {
        return new CrashStep(true, change, haltAt, happened);
    }

    /** @return the xl command the double blocks in, for a kill during one; else null */
    String blockedCommand() {
        return haltAt.startsWith(KILL_DURING) ? haltAt.substring(KILL_DURING.length()) : null;
    }

    @Override
    public String toString() {
        return (xl ? "xl" : "simulated") + " " + change + " at '" + haltAt + "' -> " + (happened ? "done"
                : "not done");
    }
}
