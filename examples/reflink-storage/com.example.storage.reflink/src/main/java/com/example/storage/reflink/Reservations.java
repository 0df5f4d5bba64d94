package com.example.storage.reflink;

import java.util.HashMap;
import java.util.Map;

import org.xenophilia.storage.StorageException;

/**
 * The volume names an operation is working on, so that two operations on one name never interleave (two creates of
 * {@code web}, a resize during a destroy): the second is refused with {@code VDI_IN_USE}, naming the first.
 */
final class Reservations {

    private final Map<String, String> busy = new HashMap<>();

    /** One name held by one operation until closed. */
    final class Held implements AutoCloseable {
        private final String name;

        private Held(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            synchronized (busy) {
                busy.remove(name);
            }
        }
    }

    /**
     * @param name a volume's name
     * @param operation what the caller does: {@code create}, {@code resize}
     * @return the hold, to close when done
     * @throws StorageException {@code VDI_IN_USE [name, operation]} if another operation holds the name
     */
    Held hold(String name, String operation) throws StorageException {
        synchronized (busy) {
            String other = busy.putIfAbsent(name, operation);
            if (other != null) {
                throw StorageException.volumeInUse(name, operation, "another operation (" + other + ")");
            }
        }
        return new Held(name);
    }
}
