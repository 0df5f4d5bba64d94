package org.xenophilia.storage.file.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.xenophilia.files.AtomicFiles;

/**
 * The file that makes a directory a repository: {@code .xenophilia-repository}, holding the repository's uuid and
 * whether the backend made the directory (then destroying the repository removes it, if it is empty). Written whole
 * ({@link AtomicFiles}), so a directory is a repository or not, never half of one.
 *
 * @param uuid the repository's uuid
 * @param madeDirectory whether the backend created the directory
 */
record RepositoryMark(String uuid, boolean madeDirectory) {

    /** The mark's file name in the directory. */
    static final String FILE_NAME = ".xenophilia-repository";

    /**
     * @param dir a directory
     * @return its mark, if it is a repository
     * @throws IOException if the mark cannot be read, or is not one
     */
    static Optional<RepositoryMark> read(Path dir) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String uuid = p.getProperty("uuid");
        if (uuid == null || !FileBackend.UUID.matcher(uuid).matches()) {
            throw new IOException(dir.resolve(FILE_NAME) + " names no repository uuid");
        }
        return Optional.of(new RepositoryMark(uuid, Boolean.parseBoolean(p.getProperty("made-directory"))));
    }

    /** Writes the mark into {@code dir}, whole. */
    void write(Path dir) throws IOException {
        String text = "# a Xenophilia storage repository (type file): its volumes are the *.raw and *.qcow2 files\n"
                + "uuid=" + uuid + "\nmade-directory=" + madeDirectory + "\n";
        AtomicFiles.write(dir.resolve(FILE_NAME), text.getBytes(StandardCharsets.UTF_8), AtomicFiles.WORLD_READABLE);
    }
}
