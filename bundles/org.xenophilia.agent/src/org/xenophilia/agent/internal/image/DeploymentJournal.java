package org.xenophilia.agent.internal.image;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.xenophilia.files.AtomicFiles;

/**
 * What a crash must not leave half made: one file per deployment, {@code <task uuid>.properties} in
 * {@code <state-dir>/images/deployments/}, written ({@link AtomicFiles}) before the volume is made and again before
 * the domain is defined, and removed when the deployment ended. At start each one left tells what to put right
 * ({@link JournalRecovery}).
 */
final class DeploymentJournal {

    /** The directory of the journals, in the Agent's state directory. */
    static final String DIRECTORY = "images/deployments";
    private static final String SUFFIX = ".properties";
    private static final Pattern UUID = Pattern.compile("[0-9a-f-]{36}");

    /** How far a deployment got: before defining, its volume is to be removed; after, its domain may be whole. */
    enum Stage {
        /** The volume is being made and written. */
        VOLUME,
        /** The volume is whole; the domain is being defined and started. */
        DEFINING
    }

    /**
     * One deployment's entry.
     *
     * @param task the task's uuid (the file's name)
     * @param srUuid the SR of its volume
     * @param volume the volume's name
     * @param domain the domain's name
     * @param domainUuid the domain's uuid
     * @param image the image's id
     * @param stage how far it got
     */
    record Entry(String task, String srUuid, String volume, String domain, String domainUuid, String image,
            Stage stage) {

        Entry at(Stage next) {
            return new Entry(task, srUuid, volume, domain, domainUuid, image, next);
        }
    }

    private final Path dir;

    private DeploymentJournal(Path dir) {
        this.dir = dir;
    }

    /** @return the journal of the Agent whose state directory this is (its directory made, owner only) */
    static DeploymentJournal open(Path stateDir) throws IOException {
        AtomicFiles.openOwnerOnlyDirectory(stateDir.resolve(DIRECTORY).getParent());
        return new DeploymentJournal(AtomicFiles.openOwnerOnlyDirectory(stateDir.resolve(DIRECTORY)));
    }

    /** Writes an entry, in place of the one before. */
    void write(Entry e) throws IOException {
        Properties p = new Properties();
        p.setProperty("sr", e.srUuid());
        p.setProperty("volume", e.volume());
        p.setProperty("domain", e.domain());
        p.setProperty("domain-uuid", e.domainUuid());
        p.setProperty("image", e.image());
        p.setProperty("stage", e.stage().name().toLowerCase(Locale.ROOT));
        StringWriter w = new StringWriter();
        p.store(w, "a deployment of an image in progress; the Agent puts it right at start if it is left");
        AtomicFiles.write(file(e.task()), w.toString().getBytes(StandardCharsets.UTF_8), AtomicFiles.OWNER_ONLY);
    }

    /** Removes an entry (the deployment ended, whichever way). */
    void remove(String task) throws IOException {
        AtomicFiles.delete(file(task));
    }

    /**
     * @return the entries left; one that cannot be read is left out and logged by the caller's
     *         {@link Unreadable}
     */
    List<Entry> entries(Unreadable unreadable) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String task = name.substring(0, name.length() - SUFFIX.length());
                try {
                    out.add(read(task, Files.readString(f, StandardCharsets.UTF_8)));
                } catch (IOException | IllegalArgumentException e) {
                    unreadable.found(f, e);
                }
            }
        }
        return out;
    }

    /** What to do with an entry that cannot be read. */
    @FunctionalInterface
    interface Unreadable {
        void found(Path file, Exception why);
    }

    private static Entry read(String task, String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return new Entry(task, required(p, "sr"), required(p, "volume"), required(p, "domain"),
                required(p, "domain-uuid"), required(p, "image"),
                Stage.valueOf(required(p, "stage").toUpperCase(Locale.ROOT)));
    }

    private static String required(Properties p, String key) throws IOException {
        String v = p.getProperty(key);
        if (v == null || v.isEmpty()) {
            throw new IOException("no " + key);
        }
        return v;
    }

    private Path file(String task) {
        if (!UUID.matcher(task).matches()) {
            throw new IllegalArgumentException("not a task uuid: " + task);
        }
        return dir.resolve(task + SUFFIX);
    }
}
