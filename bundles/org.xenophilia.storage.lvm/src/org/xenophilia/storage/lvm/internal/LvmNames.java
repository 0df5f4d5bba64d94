package org.xenophilia.storage.lvm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.VolumeNames;

/**
 * LVM's own rules for names, on top of {@link VolumeNames}: what {@code lvcreate} would refuse is refused before any
 * tool runs, with the reason, and the names of volume groups and devices from a repository's configuration are
 * checked before they become arguments (never an option, never a path outside {@code /dev}).
 */
final class LvmNames {

    /** LVM's longest name of an LV or a volume group. */
    static final int MAX = 127;
    /** A volume group's name as LVM allows it, never starting with {@code -} (an option). */
    private static final Pattern VG = Pattern.compile("[A-Za-z0-9+_.][A-Za-z0-9+_.-]{0,126}");
    /** A device under {@code /dev}: no {@code ..}, no empty element, nothing a tool would read as an option. */
    private static final Pattern DEVICE = Pattern.compile("/dev(/[A-Za-z0-9_+:.][A-Za-z0-9_+:.-]*)+");
    /** The names LVM keeps for the LVs it makes itself. */
    private static final List<String> RESERVED_PREFIXES = List.of("snapshot", "pvmove");
    private static final List<String> RESERVED_PARTS = List.of("_cdata", "_cmeta", "_corig", "_iorig", "_imeta",
            "_mlog", "_mimage", "_pmspare", "_rimage", "_rmeta", "_tdata", "_tmeta", "_vorigin", "_vdata",
            "_wcorig");
    /** Between a snapshot's origin and its label in the snapshot's name ({@code web+before-upgrade}). */
    static final String SNAPSHOT_SEPARATOR = "+";

    private LvmNames() {
    }

    /**
     * @param name a new volume's name
     * @return the name
     * @throws StorageException {@code INVALID_VALUE} if {@link VolumeNames} or LVM refuses it
     */
    static String checkVolume(String name) throws StorageException {
        VolumeNames.check(name);
        return checkLvm(name);
    }

    private static String checkLvm(String name) throws StorageException {
        for (String p : RESERVED_PREFIXES) {
            if (name.startsWith(p)) {
                throw StorageException.invalidValue("name", name, "LVM keeps names starting with '" + p
                        + "' for itself: " + name);
            }
        }
        for (String p : RESERVED_PARTS) {
            if (name.contains(p)) {
                throw StorageException.invalidValue("name", name, "LVM keeps names containing '" + p
                        + "' for itself: " + name);
            }
        }
        if (name.length() > MAX) {
            throw StorageException.invalidValue("name", name, "an LV's name is at most " + MAX + " characters: "
                    + name);
        }
        return name;
    }

    /**
     * @param origin the volume snapshotted
     * @param label the snapshot's label ({@link VolumeNames#check})
     * @return the snapshot's LV name: {@code <origin>+<label>}
     * @throws StorageException {@code INVALID_VALUE} if the label or the whole name is refused
     */
    static String snapshot(String origin, String label) throws StorageException {
        VolumeNames.check(label);
        return checkLvm(origin + SNAPSHOT_SEPARATOR + label);
    }

    /**
     * @param name a name asked for
     * @return whether it can be the name of a volume of ours at all (lookups of other names find nothing)
     */
    static boolean possible(String name) {
        return name != null && name.length() <= MAX && Pattern.matches("[A-Za-z0-9][A-Za-z0-9_.+-]*", name);
    }

    /**
     * @param key the configuration key
     * @param name a volume group's name from a repository's configuration
     * @return the name
     * @throws StorageException {@code INVALID_VALUE} if LVM would not take it, or would take it for an option
     */
    static String checkVolumeGroup(String key, String name) throws StorageException {
        if (!VG.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw StorageException.invalidValue(key, name, "a volume group's name is 1-127 of A-Z a-z 0-9 + _ . -,"
                    + " not starting with -: " + name);
        }
        return name;
    }

    /**
     * @param value the {@code device} key: one or more devices, separated by commas
     * @return the devices, each checked, in the order given, without repeats
     * @throws StorageException {@code INVALID_VALUE} for a device that is not a plain path under {@code /dev}
     */
    static List<String> devices(String value) throws StorageException {
        List<String> out = new ArrayList<>();
        for (String d : value.split(",")) {
            String device = d.strip();
            if (!DEVICE.matcher(device).matches() || device.contains("/../") || device.endsWith("/..")
                    || device.contains("/./") || device.endsWith("/.")) {
                throw StorageException.invalidValue(LvmBackendType.DEVICE, value, "a device is an absolute path"
                        + " under /dev (several separated by commas): " + device);
            }
            if (!out.contains(device)) {
                out.add(device);
            }
        }
        return out;
    }
}
