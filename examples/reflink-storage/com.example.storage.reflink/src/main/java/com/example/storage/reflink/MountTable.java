package com.example.storage.reflink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the kernel says is mounted ({@code /proc/self/mountinfo}, in this process's mount namespace: under systemd
 * the Agent's own) and which files the loop devices serve ({@code /sys/block/loop*}{@code /loop/backing_file}). Read
 * from the kernel's own tables rather than from {@code findmnt} or {@code losetup} output, so nothing is parsed that
 * a tool's version could change.
 */
final class MountTable {

    /**
     * One mount.
     *
     * @param device the mounted device's {@code major:minor}
     * @param mountPoint where it is mounted
     * @param source what was mounted, as {@code mount} was told ({@code /dev/loop3}, {@code /dev/sdb})
     */
    record Mount(String device, Path mountPoint, String source) {
    }

    private static final Path MOUNTINFO = Path.of("/proc/self/mountinfo");
    private static final Path BLOCK = Path.of("/sys/block");
    private static final Pattern LOOP = Pattern.compile("/dev/(loop[0-9]+)");
    /** The kernel's escapes in mountinfo's fields: space, tab, newline and backslash as three octal digits. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([0-7]{3})");
    /** What the kernel appends to a loop device's backing file once the file is unlinked. */
    private static final String DELETED = " (deleted)";

    private MountTable() {
    }

    /** @return every mount of this mount namespace */
    static List<Mount> mounts() throws IOException {
        List<Mount> out = new ArrayList<>();
        for (String line : Files.readAllLines(MOUNTINFO, StandardCharsets.UTF_8)) {
            // 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue (proc(5))
            String[] f = line.split(" ");
            int separator = List.of(f).indexOf("-");
            if (f.length < 5 || separator < 0 || separator + 2 >= f.length) {
                continue;
            }
            out.add(new Mount(f[2], Path.of(unescape(f[4])), unescape(f[separator + 2])));
        }
        return out;
    }

    private static String unescape(String field) {
        Matcher m = ESCAPE.matcher(field);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 8))));
        }
        return m.appendTail(b).toString();
    }

    /** @return the mount at {@code mountPoint}, if something is mounted there (the last one, which is seen) */
    static Optional<Mount> at(Path mountPoint) throws IOException {
        Mount found = null;
        for (Mount m : mounts()) {
            if (m.mountPoint().equals(mountPoint)) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    /** @return the mounts whose device is {@code majorMinor} */
    static List<Mount> of(String majorMinor) throws IOException {
        return mounts().stream().filter(m -> m.device().equals(majorMinor)).toList();
    }

    /**
     * @param source a mount's source
     * @return the file the loop device serves, if the source is a loop device; a file unlinked since is named as it
     *         was, with " (deleted)"
     */
    static Optional<String> backingFile(String source) throws IOException {
        Matcher m = LOOP.matcher(source);
        return m.matches() ? backingFileOf(m.group(1)) : Optional.empty();
    }

    private static Optional<String> backingFileOf(String loop) throws IOException {
        try {
            return Optional.of(Files.readString(BLOCK.resolve(loop).resolve("loop/backing_file"),
                    StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException e) {
            return Optional.empty(); // not set up
        }
    }

    /** @return whether a backing file, as {@link #backingFile} names it, is {@code file} itself */
    static boolean isFile(String backing, Path file) {
        return !backing.endsWith(DELETED) && Path.of(backing).equals(file);
    }

    /** @return the file a backing file names, without the kernel's " (deleted)" */
    static String withoutDeleted(String backing) {
        return backing.endsWith(DELETED) ? backing.substring(0, backing.length() - DELETED.length()) : backing;
    }

    /**
     * @param file a file, by its real path
     * @return the loop devices that serve it ({@code /dev/loop3}), mounted or not
     */
    static List<String> loopsServing(Path file) throws IOException {
        List<String> loops = new ArrayList<>();
        try (DirectoryStream<Path> devices = Files.newDirectoryStream(BLOCK, "loop*")) {
            for (Path d : devices) {
                String loop = d.getFileName().toString();
                Optional<String> backing = backingFileOf(loop);
                if (backing.isPresent() && isFile(backing.get(), file)) {
                    loops.add("/dev/" + loop);
                }
            }
        }
        return loops;
    }
}
