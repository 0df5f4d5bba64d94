package com.example.storage.reflink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

import org.xenophilia.files.AtomicFiles;

/**
 * A file in the pool's root, {@value #FILE_NAME}, that says whether the backend made the image file (then destroying
 * the repository removes it; a pool on a file or device that was there before is only unformatted). It is written,
 * whole ({@link AtomicFiles}), before a new image file gets its name; a pool made on an existing file or device may
 * lack it if a crash came between {@code mkfs.xfs} and the mark, which reads as "not made": the safe side.
 *
 * @param madeImage whether the backend created the image file
 */
record PoolMark(boolean madeImage) {

    /** The mark's name in the pool's root. */
    static final String FILE_NAME = ".xenophilia-repository";

    /** @return the mark in a mounted pool's root; "not made" if there is none */
    static PoolMark read(Path root) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(root.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return new PoolMark(false);
        }
        return new PoolMark(Boolean.parseBoolean(p.getProperty("made-image")));
    }

    /** Writes the mark into a mounted pool's root, whole. */
    void write(Path root) throws IOException {
        String text = "# a Xenophilia storage repository (type " + ReflinkPoolType.NAME + "): its volumes are the"
                + " *.raw files\nmade-image=" + madeImage + "\n";
        AtomicFiles.write(root.resolve(FILE_NAME), text.getBytes(StandardCharsets.UTF_8), AtomicFiles.WORLD_READABLE);
    }
}
