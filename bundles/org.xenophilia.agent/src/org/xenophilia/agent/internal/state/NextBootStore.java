package org.xenophilia.agent.internal.state;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.domain.Domain;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitions;

/**
 * The definitions that running domains take at their next boot (changed while they ran), in the state directory:
 * {@code next-boot/<uuid>@<domid>.xml}, canonical domain XML, written with {@link AtomicFiles#write}. The domid is
 * that of the domain that was running when the change was made: once the domain has another domid (a reboot, also
 * one the guest asked for) or none (it halted), the change is no longer pending but the definition. Keeping the domid
 * in the name makes definition and domid one atomic write. Read when needed ({@link #load}), through a small
 * {@link DefinitionCache}, as {@link DefinitionStore} reads definitions.
 */
public final class NextBootStore {

    /** The subdirectory of the state directory. */
    public static final String DIRECTORY = "next-boot";

    private static final Pattern FILE = Pattern.compile(
            "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@(-?[0-9]{1,10})\\.xml");

    /**
     * A definition waiting for a domain's next boot.
     *
     * @param definition the definition (uuid set)
     * @param domid the domid of the domain running when it was stored
     */
    public record Pending(Domain definition, long domid) {
    }

    private final Path dir;
    private final DefinitionCache cache = new DefinitionCache(DefinitionStore.CACHED_XML_BYTES / 4);

    private NextBootStore(Path dir) {
        this.dir = dir;
    }

    /**
     * @param stateDir the state directory
     * @return the store, its directory created if missing and cleared of leftover temporary files
     * @throws IOException if the directory cannot be made or read
     */
    public static NextBootStore open(Path stateDir) throws IOException {
        return new NextBootStore(AtomicFiles.openOwnerOnlyDirectory(stateDir.resolve(DIRECTORY)));
    }

    /**
     * @return every stored next-boot definition by uuid. Should a crash have left two for one domain (between writing
     *         the new one and removing the old), the one of the higher domid, the later, wins and the other is removed.
     * @throws IOException if a file cannot be read or is not a valid definition for its file name
     */
    public Map<String, Pending> loadAll() throws IOException {
        Map<String, Pending> out = new HashMap<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.xml")) {
            for (Path p : s) {
                Matcher m = FILE.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                Domain d;
                try {
                    d = DomainDefinitions.load(p);
                } catch (DomainDefinitionException e) {
                    throw new IOException(p + " is not a valid domain definition: " + e.getMessage(), e);
                }
                if (!m.group(1).equals(d.getUuid())) {
                    throw new IOException(p + ": its uuid is " + d.getUuid() + ", expected " + m.group(1));
                }
                Pending pending = new Pending(d, Long.parseLong(m.group(2)));
                Pending other = out.get(d.getUuid());
                if (other == null || other.domid() < pending.domid()) {
                    out.put(d.getUuid(), pending);
                }
            }
        }
        for (Pending p : List.copyOf(out.values())) {
            removeOthers(p.definition().getUuid(), p.domid());
        }
        return out;
    }

    /**
     * @param uuid a domain
     * @param domid the domid it was stored for
     * @return the next-boot definition stored for the domain running with that domid, read from its file unless read
     *         lately (a copy the caller owns); empty if there is none
     * @throws IOException if the file cannot be read or is not a valid definition for its name
     */
    public Optional<Domain> load(String uuid, long domid) throws IOException {
        Path p = file(uuid, domid);
        String key = p.getFileName().toString();
        Domain kept = cache.get(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        long changes = cache.changes();
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        Domain d;
        try {
            d = DomainDefinitions.load(p);
        } catch (DomainDefinitionException e) {
            throw new IOException(p + " is not a valid domain definition: " + e.getMessage(), e);
        }
        if (!uuid.equals(d.getUuid())) {
            throw new IOException(p + ": its uuid is " + d.getUuid() + ", expected " + uuid);
        }
        cache.keepRead(key, d, (int) Math.min(Integer.MAX_VALUE, Files.size(p)), changes);
        return Optional.of(d);
    }

    /**
     * Stores a domain's next-boot definition atomically, replacing any earlier one.
     *
     * @param definition the definition, uuid set (not modified)
     * @param domid the domid of the running domain
     * @throws IOException if it cannot be written; what was stored before is then unchanged
     */
    public void save(Domain definition, long domid) throws IOException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        DomainDefinitions.save(definition, xml);
        Path p = file(definition.getUuid(), domid);
        AtomicFiles.write(p, xml.toByteArray(), AtomicFiles.OWNER_ONLY);
        cache.keepWritten(p.getFileName().toString(), definition, xml.size());
        removeOthers(definition.getUuid(), domid);
    }

    /**
     * Removes a domain's next-boot definition, if any.
     *
     * @param uuid the domain
     * @throws IOException if it cannot be removed
     */
    public void delete(String uuid) throws IOException {
        removeOthers(uuid, Long.MIN_VALUE);
    }

    private void removeOthers(String uuid, long keptDomid) throws IOException {
        file(uuid, 0); // checks the uuid before it becomes part of a glob
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, uuid + "@*.xml")) {
            for (Path p : s) {
                Matcher m = FILE.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(uuid) && Long.parseLong(m.group(2)) != keptDomid) {
                    AtomicFiles.delete(p);
                    cache.forget(p.getFileName().toString());
                }
            }
        }
    }

    private Path file(String uuid, long domid) {
        Path p = dir.resolve(uuid + "@" + domid + ".xml");
        if (!FILE.matcher(p.getFileName().toString()).matches()) {
            throw new IllegalArgumentException("not a lower-case uuid: " + uuid);
        }
        return p;
    }
}
