package org.xenophilia.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A write failed because the file system holding its directory is full (or the user's quota is used up): nothing
 * was changed, and freeing space there is the remedy. Thrown by {@link AtomicFiles#write}.
 */
public final class StorageFullException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    /**
     * @param directory the directory written into
     * @param usable the bytes still usable there, as the file system reports them
     * @param cause the failure of the write
     */
    public StorageFullException(Path directory, long usable, IOException cause) {
        super(directory + ": no space left on its file system (" + usable + " bytes usable, " + cause.getMessage()
                + ")", cause);
        this.directory = directory;
    }

    /** @return the directory that could not be written into */
    public Path directory() {
        return directory;
    }
}
