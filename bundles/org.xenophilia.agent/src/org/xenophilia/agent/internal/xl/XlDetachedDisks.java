package org.xenophilia.agent.internal.xl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.files.AtomicFiles;

/**
 * Which disks of its definition a running domain does not have attached: one added while it ran
 * ({@code VBD.create}) until it is plugged, one unplugged ({@code xl block-detach}). Kept in
 * {@code xl/<uuid>.detached} (one virtual device a line, written atomically) and in memory. The marks outlive a
 * reboot that libxl makes from its own record of the domain (a guest's reboot, {@code xl reboot}), which keeps what
 * {@code block-attach} and {@code block-detach} did; a domain built from its definition ({@code xl create}: a start,
 * a hard reboot) or from a next-boot definition has every disk attached, and its marks are dropped
 * ({@link #allAttached}). Read only while the domain exists: a halted domain's marks mean nothing. A hot-plug is
 * recorded as under way ({@code xl/<uuid>.hotplug}) while xl runs, so that an Agent restarted after a stop in the
 * middle asks xl what became of it ({@link XlDisks#recover}).
 */
final class XlDetachedDisks {

    private static final String SUFFIX = ".detached";
    private static final String HOTPLUG = ".hotplug";

    private final Path dir;
    private final Map<String, Set<String>> byDomain = new ConcurrentHashMap<>();

    private XlDetachedDisks(Path dir) {
        this.dir = dir;
    }

    /**
     * @param dir the xl backend's directory ({@code <state>/xl})
     * @return the marks kept there
     * @throws IOException if they cannot be read
     */
    static XlDetachedDisks open(Path dir) throws IOException {
        XlDetachedDisks d = new XlDetachedDisks(dir);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                Set<String> vdevs = new TreeSet<>(Files.readAllLines(f, StandardCharsets.UTF_8));
                vdevs.removeIf(String::isBlank);
                d.byDomain.put(name.substring(0, name.length() - SUFFIX.length()), Set.copyOf(vdevs));
            }
        }
        return d;
    }

    /** @return the virtual devices of the domain's disks it does not have attached */
    Set<String> of(String uuid) {
        return byDomain.getOrDefault(uuid, Set.of());
    }

    /** The disk is not attached to the running domain (created while it ran, or unplugged). */
    void detached(String uuid, String vdev) throws BackendException {
        Set<String> now = new TreeSet<>(of(uuid));
        if (now.add(vdev)) {
            store(uuid, now);
        }
    }

    /** The disk is attached to the running domain (plugged), or no longer one of its disks. */
    void attached(String uuid, String vdev) throws BackendException {
        Set<String> now = new TreeSet<>(of(uuid));
        if (now.remove(vdev)) {
            store(uuid, now);
        }
    }

    /** The domain was built with every disk of its definition (or is gone). */
    void allAttached(String uuid) throws BackendException {
        if (byDomain.containsKey(uuid)) {
            store(uuid, Set.of());
        }
    }

    /**
     * Records, before xl is asked, that a disk of the domain is being attached or detached: a stop before its mark is
     * recorded leaves this, which the next start settles by asking xl ({@link #interrupted}).
     */
    void hotplugging(String uuid, String vdev) throws BackendException {
        try {
            AtomicFiles.write(dir.resolve(uuid + HOTPLUG), (vdev + "\n").getBytes(StandardCharsets.UTF_8),
                    AtomicFiles.OWNER_ONLY);
        } catch (IOException e) {
            throw BackendException.failed("cannot record the disks " + uuid + " has attached", e);
        }
    }

    /** The attach or detach {@link #hotplugging} recorded has ended, whichever way, and the mark follows it. */
    void hotplugged(String uuid) {
        try {
            AtomicFiles.delete(dir.resolve(uuid + HOTPLUG));
        } catch (IOException e) {
            System.getLogger(XlDetachedDisks.class.getName()).log(System.Logger.Level.WARNING, "cannot remove "
                    + dir.resolve(uuid + HOTPLUG) + ": " + e.getMessage());
        }
    }

    /**
     * @return the disks whose attach or detach a stop of the Agent interrupted, by domain uuid: xl may or may not
     *         have done it
     */
    Map<String, String> interrupted() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + HOTPLUG)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                out.put(name.substring(0, name.length() - HOTPLUG.length()), Files.readString(f,
                        StandardCharsets.UTF_8).strip());
            }
        }
        return out;
    }

    private void store(String uuid, Set<String> vdevs) throws BackendException {
        Path file = dir.resolve(uuid + SUFFIX);
        try {
            if (vdevs.isEmpty()) {
                AtomicFiles.delete(file);
                byDomain.remove(uuid);
            } else {
                AtomicFiles.write(file, (String.join("\n", vdevs) + "\n").getBytes(StandardCharsets.UTF_8),
                        AtomicFiles.OWNER_ONLY);
                byDomain.put(uuid, Set.copyOf(vdevs));
            }
        } catch (IOException e) {
            throw BackendException.failed("cannot record the disks " + uuid + " has attached", e);
        }
    }
}
