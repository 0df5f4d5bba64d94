package org.xenophilia.network.linux.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.xenophilia.network.host.NetworkException;

/**
 * The journal of one {@code apply}: every change made is recorded with what puts it back, and on a failure the
 * changes are undone newest first, so the host is as it was before the call. What was changed is also told in words
 * ({@link #changes()}), which is what {@code apply} answers.
 */
final class Rollback {

    /** Puts one change back. */
    @FunctionalInterface
    interface Undo {
        void run() throws Exception;
    }

    private final Deque<Undo> undos = new ArrayDeque<>();
    private final List<String> changes = new ArrayList<>();

    /**
     * @param change what was changed, in words: {@code created bridge xnat0}
     * @param undo what puts it back
     */
    void done(String change, Undo undo) {
        changes.add(change);
        undos.push(undo);
    }

    List<String> changes() {
        return changes;
    }

    /**
     * Undoes everything recorded, newest first, going on past an undo that fails.
     *
     * @param failure what made the apply fail
     * @return the exception to throw: {@code failure}'s kind, its message saying the host was rolled back, or what
     *         could not be put back
     */
    NetworkException undo(NetworkException failure) {
        List<String> left = new ArrayList<>();
        while (!undos.isEmpty()) {
            try {
                undos.pop().run();
            } catch (Exception e) {
                left.add(e.getMessage());
            }
        }
        String message = failure.getMessage() + (changes.isEmpty() ? "; nothing was changed"
                : left.isEmpty() ? "; the host was put back as it was" : "; putting the host back failed: "
                        + String.join("; ", left));
        NetworkException e = new NetworkException(failure.kind(), message, failure.toolOutput(), failure);
        return e;
    }
}
