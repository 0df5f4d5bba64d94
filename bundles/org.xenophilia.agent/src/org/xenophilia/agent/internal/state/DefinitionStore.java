package org.xenophilia.agent.internal.state;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.xenophilia.domain.Domain;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitions;

/**
 * The domain definitions in the state directory: {@code domains/<uuid>.xml}, one canonical domain XML document
 * ({@link DomainDefinitions#save(Domain, java.io.OutputStream)}) per domain, each written with
 * {@link AtomicFiles#write} (temporary file, fsync, rename, directory fsync). After a crash every file is a complete
 * old or new definition; leftover temporary files are removed when the store is opened.
 * <p>
 * The files are where definitions live: the Agent reads a definition when it needs it ({@link #load}), through a
 * {@link DefinitionCache} of the last ones read (at most {@value #CACHED_XML_BYTES} bytes of their XML), and holds no
 * copy of them all, however many domains there are.
 */
public final class DefinitionStore {

    /** The subdirectory of the state directory. */
    public static final String DIRECTORY = "domains";
    /** How much XML the definitions kept parsed may have been read from: about a thousand typical ones, 3 MB. */
    static final int CACHED_XML_BYTES = 1024 * 1024;

    private static final Pattern FILE = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.xml");

    /** Told each stored definition in turn. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * @param definition a stored definition (the caller's to keep or drop)
         * @throws IOException to stop
         */
        void visit(Domain definition) throws IOException;
    }

    private final Path dir;
    private final DefinitionCache cache = new DefinitionCache(CACHED_XML_BYTES);

    private DefinitionStore(Path dir) {
        this.dir = dir;
    }

    /**
     * @param stateDir the state directory
     * @return the store, its directory created if missing and cleared of leftover temporary files
     * @throws IOException if the directory cannot be made or read
     */
    public static DefinitionStore open(Path stateDir) throws IOException {
        return new DefinitionStore(AtomicFiles.openOwnerOnlyDirectory(stateDir.resolve(DIRECTORY)));
    }

    /** @return the directory holding the definitions */
    public Path directory() {
        return dir;
    }

    /**
     * Reads every stored definition once, one at a time, in no particular order (at start: each backend keeps what
     * it needs of them and drops the rest).
     *
     * @param visitor told each one
     * @throws IOException if a file cannot be read or is not a valid definition for its file name
     */
    public void forEach(Visitor visitor) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.xml")) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (FILE.matcher(name).matches()) {
                    visitor.visit(read(p, name.substring(0, name.length() - ".xml".length())));
                }
            }
        }
    }

    /**
     * @param uuid a domain
     * @return its definition, read from its file unless read lately: a copy the caller owns
     * @throws java.nio.file.NoSuchFileException if it has none
     * @throws IOException if the file cannot be read or is not a valid definition for its name
     */
    public Domain load(String uuid) throws IOException {
        Domain kept = cache.get(uuid);
        if (kept != null) {
            return kept;
        }
        long changes = cache.changes();
        Path file = file(uuid);
        int size = (int) Math.min(Integer.MAX_VALUE, Files.size(file));
        Domain d = read(file, uuid);
        cache.keepRead(uuid, d, size, changes);
        return d;
    }

    private static Domain read(Path p, String expected) throws IOException {
        try {
            Domain d = DomainDefinitions.load(p);
            if (!expected.equals(d.getUuid())) {
                throw new IOException(p + ": its uuid is " + d.getUuid() + ", expected " + expected);
            }
            return d;
        } catch (DomainDefinitionException e) {
            throw new IOException(p + " is not a valid domain definition: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a definition atomically (the domain is not modified).
     *
     * @param domain a definition with its uuid set
     * @throws IOException if it cannot be written; the previous file is then unchanged
     */
    public void save(Domain domain) throws IOException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        DomainDefinitions.save(domain, xml);
        AtomicFiles.write(file(domain.getUuid()), xml.toByteArray(), AtomicFiles.OWNER_ONLY);
        cache.keepWritten(domain.getUuid(), domain, xml.size());
    }

    /**
     * @param uuid a domain
     * @throws IOException if the file cannot be removed
     */
    public void delete(String uuid) throws IOException {
        AtomicFiles.delete(file(uuid));
        cache.forget(uuid);
    }

    private Path file(String uuid) {
        if (!FILE.matcher(uuid + ".xml").matches()) {
            throw new IllegalArgumentException("not a lower-case uuid: " + uuid);
        }
        return dir.resolve(uuid + ".xml");
    }
}
