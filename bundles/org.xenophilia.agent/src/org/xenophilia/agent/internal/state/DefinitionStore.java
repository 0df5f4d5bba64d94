package org.xenophilia.agent.internal.state;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.domain.Domain;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitions;

/**
 * The domain definitions in the state directory: {@code domains/<uuid>.xml}, one canonical domain XML document
 * ({@link DomainDefinitions#save(Domain, java.io.OutputStream)}) per domain, each written with
 * {@link AtomicFiles#write} (temporary file, fsync, rename, directory fsync). After a crash every file is a complete
 * old or new definition; leftover temporary files are removed when the store is opened.
 */
public final class DefinitionStore {

    /** The subdirectory of the state directory. */
    public static final String DIRECTORY = "domains";

    private static final Pattern FILE = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.xml");

    private final Path dir;

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
     * @return every stored definition, sorted by file name
     * @throws IOException if a file cannot be read or is not a valid definition for its file name
     */
    public List<Domain> loadAll() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.xml")) {
            for (Path p : s) {
                if (FILE.matcher(p.getFileName().toString()).matches()) {
                    files.add(p);
                }
            }
        }
        files.sort(Comparator.comparing(Path::toString));
        List<Domain> out = new ArrayList<>();
        for (Path p : files) {
            try {
                Domain d = DomainDefinitions.load(p);
                String expected = p.getFileName().toString().replace(".xml", "");
                if (!expected.equals(d.getUuid())) {
                    throw new IOException(p + ": its uuid is " + d.getUuid() + ", expected " + expected);
                }
                out.add(d);
            } catch (DomainDefinitionException e) {
                throw new IOException(p + " is not a valid domain definition: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Writes a definition atomically (the domain is not modified).
     *
     * @param domain a definition with its uuid set
     * @throws IOException if it cannot be written; the previous file is then unchanged
     */
    public void save(Domain domain) throws IOException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        DomainDefinitions.save(EcoreUtil.copy(domain), xml);
        AtomicFiles.write(file(domain.getUuid()), xml.toByteArray(), AtomicFiles.OWNER_ONLY);
    }

    /**
     * @param uuid a domain
     * @throws IOException if the file cannot be removed
     */
    public void delete(String uuid) throws IOException {
        AtomicFiles.delete(file(uuid));
    }

    private Path file(String uuid) {
        if (!FILE.matcher(uuid + ".xml").matches()) {
            throw new IllegalArgumentException("not a lower-case uuid: " + uuid);
        }
        return dir.resolve(uuid + ".xml");
    }
}
