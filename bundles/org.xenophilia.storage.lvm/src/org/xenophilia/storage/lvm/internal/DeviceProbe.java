package org.xenophilia.storage.lvm.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.ToolRunner;

/**
 * Looks at a block device before anything is written to it: {@code blkid -p} (the low-level probe, which reads the
 * device itself rather than a cache) for a file system, a partition table or any other signature, and its size from
 * sysfs. Whether it is an LVM physical volume, and of which volume group, is {@code pvs}'s to say
 * ({@link LvmBackend}).
 */
final class DeviceProbe {

    /** What is on a device. */
    record Found(String device, Optional<String> type, Optional<String> usage, Optional<String> partitionTable,
            boolean ambivalent, long size) {

        /** @return whether blkid found an LVM physical volume's label */
        boolean physicalVolume() {
            return type.filter("LVM2_member"::equals).isPresent();
        }

        /** @return what is there in the admin's words, other than a physical volume; empty if nothing */
        Optional<String> words() {
            if (ambivalent) {
                return Optional.of(device + ": several signatures (blkid -p could not tell which is in use)");
            }
            if (partitionTable.isPresent()) {
                return Optional.of(device + ": a " + partitionTable.get() + " partition table");
            }
            if (type.isEmpty() || physicalVolume()) {
                return Optional.empty();
            }
            String t = type.get();
            String what = t.equals("swap") ? "a swap area" : switch (usage.orElse("")) {
                case "filesystem" -> article(t) + " " + t + " file system";
                case "raid" -> "a member of " + article(t) + " " + t + " array";
                case "crypto" -> "an encrypted volume (" + t + ")";
                default -> article(t) + " " + t + " signature";
            };
            return Optional.of(device + ": " + what);
        }

        /** @return "an" before a type read with a vowel first (ext4, xfs, iso9660), else "a" */
        private static String article(String type) {
            return type.isEmpty() || "aeiouxAEIOUX".indexOf(type.charAt(0)) < 0 ? "a" : "an";
        }
    }

    private final ToolRunner blkid;

    DeviceProbe(ToolRunner blkid) {
        this.blkid = blkid;
    }

    /**
     * @param device a device from a repository's configuration ({@link LvmNames#devices})
     * @param failure the failure to throw if it cannot be looked at
     * @return what is on it
     * @throws StorageException if it is not a block device, or blkid fails
     */
    Found look(String device, StorageFailure failure) throws StorageException {
        Path path = Path.of(device);
        String node;
        try {
            node = path.toRealPath().getFileName().toString();
            if (!isBlockDevice(path)) {
                throw StorageException.failure(failure, device + " is not a block device", "");
            }
        } catch (IOException e) {
            throw StorageException.failure(failure, "no device " + device, String.valueOf(e.getMessage()), e);
        }
        ToolRunner.Result r = blkid.run(StorageProgress.NONE, "-p", "-o", "export", device);
        // 0: found something; 2: nothing found; 8: several signatures that contradict each other
        if (r.exitCode() != 0 && r.exitCode() != 2 && r.exitCode() != 8) {
            r.succeeded(failure, "cannot look at " + device);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : r.stdout().lines().toList()) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new Found(device, Optional.ofNullable(values.get("TYPE")), Optional.ofNullable(values.get("USAGE")),
                Optional.ofNullable(values.get("PTTYPE")), r.exitCode() == 8, size(node));
    }

    private static boolean isBlockDevice(Path path) throws IOException {
        int mode = (Integer) Files.getAttribute(path, "unix:mode");
        return (mode & 0170000) == 0060000; // S_IFBLK
    }

    /** @return the device's size in bytes, from sysfs (512-byte sectors), or 0 if sysfs does not say */
    private static long size(String node) {
        try {
            return Long.parseLong(Files.readString(Path.of("/sys/class/block", node, "size")).strip()) * 512;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /**
     * @param found what was found on each device
     * @return whether any holds what it says in words
     */
    static boolean anyData(List<Found> found) {
        return found.stream().anyMatch(f -> f.words().isPresent());
    }
}
