package org.xenophilia.image;

/**
 * How a deployer tells the Agent's task how far it is, and learns that it was cancelled. Called from the thread that
 * runs the deployment.
 */
public interface DeployProgress {

    /**
     * A phase begins.
     *
     * @param phase the phase
     * @param totalBytes the bytes the phase will go through, or -1 when it does not count bytes
     */
    void phase(DeployPhase phase, long totalBytes);

    /** @param done the bytes the current phase has gone through so far */
    void bytes(long done);

    /**
     * {@return whether the deployment was cancelled}: the deployer then stops at once (a running tool killed),
     * removes what it made and throws an {@link ImageException} of kind {@link ImageException.Kind#CANCELLED}
     */
    boolean cancelled();

    /** Progress that goes nowhere and is never cancelled. */
    DeployProgress NONE = new DeployProgress() {
        @Override
        public void phase(DeployPhase phase, long totalBytes) {
            // nobody listens
        }

        @Override
        public void bytes(long done) {
            // nobody listens
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
