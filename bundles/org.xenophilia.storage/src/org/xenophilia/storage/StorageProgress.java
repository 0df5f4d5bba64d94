package org.xenophilia.storage;

/**
 * How a long operation (a copy, a snapshot) reports its progress and learns that it is cancelled. The Agent passes
 * its task's: the fraction becomes the task's {@code progress}, and {@code task.cancel} makes
 * {@link #cancelled()} true.
 */
public interface StorageProgress {

    /** Reports nothing and is never cancelled. */
    StorageProgress NONE = new StorageProgress() {
        @Override
        public void done(double fraction) {
            // nobody listens
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** @param fraction how much is done, from 0 to 1 */
    void done(double fraction);

    /**
     * A backend asks this between steps (every few megabytes of a copy); when it is true, the backend removes what
     * it made so far and throws {@link java.util.concurrent.CancellationException}.
     *
     * @return whether the operation is to stop
     */
    boolean cancelled();
}
