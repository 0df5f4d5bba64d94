package org.xenophilia.agent.internal.storage;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.xenophilia.files.AtomicFiles;

/**
 * The storage repositories (xapi's SRs) this host knows, in the state directory: {@code storage/srs/<uuid>.properties},
 * one file per SR, each written with {@link AtomicFiles#write}. Nothing here names a storage SPI class, so the file
 * can be read on an Agent without the SPI.
 * <p>
 * An entry goes through states so that a crash in the middle of {@code SR.create} or {@code SR.destroy} leaves
 * nothing half made and unlisted: the entry is written {@link Phase#CREATING} before the backend makes the
 * repository and {@link Phase#READY} after; it is marked {@link Phase#DESTROYING} before the backend destroys it and
 * removed after. At start an entry left creating is kept if its repository attaches (the backend had finished) and
 * removed otherwise; one left destroying is removed if its repository no longer attaches, kept otherwise.
 */
public final class SrRegistry {

    /** The subdirectory of the state directory. */
    public static final String DIRECTORY = "storage/srs";

    private static final Pattern FILE = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.properties");
    private static final String DEVICE_CONFIG = "device_config.";
    private static final String SM_CONFIG = "sm_config.";

    /** Where an entry is in its life. */
    public enum Phase {
        /** {@code SR.create} began; the backend may not have made the repository. */
        CREATING,
        /** Made (or introduced) and kept. */
        READY,
        /** {@code SR.destroy} began; the backend may have destroyed the repository. */
        DESTROYING
    }

    /**
     * One SR as registered.
     *
     * @param uuid its uuid
     * @param nameLabel {@code name_label}
     * @param nameDescription {@code name_description}
     * @param type the storage backend type's name ({@code file})
     * @param contentType {@code content_type}
     * @param deviceConfig the repository's configuration, in the backend's canonical form
     * @param smConfig {@code sm_config}
     * @param plugged whether its PBD is to be plugged (attached at start)
     * @param phase where it is in its life
     */
    public record Entry(String uuid, String nameLabel, String nameDescription, String type, String contentType,
            Map<String, String> deviceConfig, Map<String, String> smConfig, boolean plugged, Phase phase) {

        /** Checks and copies the values. */
        public Entry {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(nameLabel, "nameLabel");
            Objects.requireNonNull(nameDescription, "nameDescription");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(contentType, "contentType");
            deviceConfig = Collections.unmodifiableMap(new TreeMap<>(deviceConfig));
            smConfig = Collections.unmodifiableMap(new TreeMap<>(smConfig));
            Objects.requireNonNull(phase, "phase");
        }

        /** @return this entry in another phase */
        public Entry in(Phase p) {
            return new Entry(uuid, nameLabel, nameDescription, type, contentType, deviceConfig, smConfig, plugged, p);
        }

        /** @return this entry with its PBD plugged or not */
        public Entry plugged(boolean p) {
            return new Entry(uuid, nameLabel, nameDescription, type, contentType, deviceConfig, smConfig, p, phase);
        }

        /** @return this entry with another name and description */
        public Entry named(String label, String description) {
            return new Entry(uuid, label, description, type, contentType, deviceConfig, smConfig, plugged, phase);
        }
    }

    private final Path dir;

    private SrRegistry(Path dir) {
        this.dir = dir;
    }

    /**
     * @param stateDir the Agent's state directory
     * @return the registry; its directory is made on the first write, so an Agent with no SR writes nothing
     */
    public static SrRegistry at(Path stateDir) {
        return new SrRegistry(stateDir.resolve(DIRECTORY));
    }

    /**
     * @return every entry, by uuid; a file that cannot be read is logged and skipped (it stays where it is)
     * @throws IOException if the directory cannot be read
     */
    public synchronized List<Entry> all() throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        // a write a crash interrupted leaves its temporary file; AtomicFiles clears them
        AtomicFiles.openOwnerOnlyDirectory(dir);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.properties")) {
            for (Path p : s) {
                if (FILE.matcher(p.getFileName().toString()).matches()) {
                    try {
                        out.add(read(p));
                    } catch (IOException | RuntimeException e) {
                        System.getLogger(SrRegistry.class.getName()).log(System.Logger.Level.WARNING,
                                "skipping the unreadable SR entry " + p + ": " + e.getMessage());
                    }
                }
            }
        }
        out.sort((a, b) -> a.uuid().compareTo(b.uuid()));
        return out;
    }

    /**
     * Writes an entry, replacing the one of its uuid.
     *
     * @param e the entry
     * @throws IOException if it cannot be written; the old entry is then as it was
     */
    public synchronized void put(Entry e) throws IOException {
        AtomicFiles.createDirectory(dir, AtomicFiles.OWNER_ONLY_DIR);
        Properties p = new Properties();
        p.setProperty("uuid", e.uuid());
        p.setProperty("name_label", e.nameLabel());
        p.setProperty("name_description", e.nameDescription());
        p.setProperty("type", e.type());
        p.setProperty("content_type", e.contentType());
        p.setProperty("plugged", Boolean.toString(e.plugged()));
        p.setProperty("phase", e.phase().name());
        e.deviceConfig().forEach((k, v) -> p.setProperty(DEVICE_CONFIG + k, v));
        e.smConfig().forEach((k, v) -> p.setProperty(SM_CONFIG + k, v));
        StringWriter w = new StringWriter();
        p.store(w, null);
        AtomicFiles.write(file(e.uuid()), w.toString().getBytes(StandardCharsets.UTF_8), AtomicFiles.OWNER_ONLY);
    }

    /**
     * @param uuid an SR's uuid
     * @throws IOException if its entry cannot be removed
     */
    public synchronized void remove(String uuid) throws IOException {
        AtomicFiles.delete(file(uuid));
    }

    /**
     * @param uuid an SR's uuid
     * @return its entry, if registered
     * @throws IOException if it cannot be read
     */
    public synchronized Optional<Entry> get(String uuid) throws IOException {
        Path p = file(uuid);
        return Files.exists(p) ? Optional.of(read(p)) : Optional.empty();
    }

    private Path file(String uuid) {
        return dir.resolve(uuid + ".properties");
    }

    private static Entry read(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        Map<String, String> device = new TreeMap<>();
        Map<String, String> sm = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith(DEVICE_CONFIG)) {
                device.put(k.substring(DEVICE_CONFIG.length()), p.getProperty(k));
            } else if (k.startsWith(SM_CONFIG)) {
                sm.put(k.substring(SM_CONFIG.length()), p.getProperty(k));
            }
        }
        String uuid = p.getProperty("uuid");
        if (uuid == null || !file.getFileName().toString().equals(uuid + ".properties")) {
            throw new IOException("its uuid is not its file's name");
        }
        return new Entry(uuid, p.getProperty("name_label", ""), p.getProperty("name_description", ""),
                require(p, "type"), p.getProperty("content_type", "user"), device, sm,
                Boolean.parseBoolean(p.getProperty("plugged", "true")),
                Phase.valueOf(p.getProperty("phase", Phase.READY.name())));
    }

    private static String require(Properties p, String key) throws IOException {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IOException("no " + key);
        }
        return v;
    }
}
