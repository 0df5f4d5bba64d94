package org.xenophilia.storage.lvm.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xenophilia.storage.StorageException;

/**
 * The LV names the operations of one repository are working on, so that two operations on one name never interleave
 * (two creates of {@code web}, a destroy during a snapshot of it): the second is refused with {@code VDI_IN_USE},
 * naming the first. LVM's own lock covers one command; an operation here is several (create, zero, publish).
 */
final class NameHolds {

    private final Map<String, String> busy = new HashMap<>();

    /** Names held by one operation until closed. */
    final class Held implements AutoCloseable {
        private final List<String> names;

        private Held(List<String> names) {
            this.names = names;
        }

        @Override
        public void close() {
            synchronized (busy) {
                names.forEach(busy::remove);
            }
        }
    }

    /**
     * @param operation what the caller is doing: {@code create}, {@code resize}
     * @param names the LV names it works on
     * @return the hold, to close when done
     * @throws StorageException {@code VDI_IN_USE [name, operation]} if another operation holds one of them
     */
    Held hold(String operation, String... names) throws StorageException {
        synchronized (busy) {
            for (String n : names) {
                String other = busy.get(n);
                if (other != null) {
                    throw StorageException.volumeInUse(n, operation, "another operation (" + other + ")");
                }
            }
            List<String> held = new ArrayList<>();
            for (String n : names) {
                if (busy.putIfAbsent(n, operation) == null) {
                    held.add(n);
                }
            }
            return new Held(held);
        }
    }
}
