package org.xenophilia.storage.lvm.internal;

import java.util.Optional;
import java.util.Set;

/**
 * The tags by which this backend knows what is its own in LVM's metadata, which is where they live: nothing about a
 * repository is kept anywhere else, so {@code vgs}/{@code lvs} show an admin exactly what the Agent sees. A tag is
 * added or removed in one metadata commit, which is what makes each step atomic.
 * <ul>
 * <li>a repository's volume group: {@code xenophilia-sr-<uuid>}; {@code xenophilia-made-vg} if the backend made the
 * volume group (so destroying the repository removes it); {@code xenophilia-partial} while it is being made or
 * destroyed;</li>
 * <li>a volume: {@code xenophilia-volume}; {@code xenophilia-partial} from its {@code lvcreate} until it is whole
 * (zeroed, copied), removed in one step at the end, so a crash leaves it whole and listed, or partial and removed at
 * the next attach; a snapshot also {@code xenophilia-snapshot-of-<origin>}; a thick volume whose grown end is not yet
 * zeroed {@code xenophilia-grown-from-<bytes>};</li>
 * <li>a thin pool the backend made: {@code xenophilia-pool}.</li>
 * </ul>
 * An LV without {@code xenophilia-volume} is not ours: never listed, never changed.
 */
final class LvmTags {

    static final String SR_PREFIX = "xenophilia-sr-";
    static final String MADE_VG = "xenophilia-made-vg";
    static final String PARTIAL = "xenophilia-partial";
    static final String VOLUME = "xenophilia-volume";
    static final String POOL = "xenophilia-pool";
    static final String SNAPSHOT_OF_PREFIX = "xenophilia-snapshot-of-";
    static final String GROWN_FROM_PREFIX = "xenophilia-grown-from-";

    private LvmTags() {
    }

    /** @return the tag of a repository's volume group */
    static String repository(String uuid) {
        return SR_PREFIX + uuid;
    }

    /** @return the repository uuid a volume group's tags name, if any */
    static Optional<String> repositoryOf(Set<String> tags) {
        return tags.stream().filter(t -> t.startsWith(SR_PREFIX)).map(t -> t.substring(SR_PREFIX.length()))
                .findFirst();
    }

    /** @return the tag of a snapshot of {@code origin} */
    static String snapshotOf(String origin) {
        return SNAPSHOT_OF_PREFIX + origin;
    }

    /** @return the origin a snapshot's tags name, if it is one */
    static Optional<String> originOf(Set<String> tags) {
        return tags.stream().filter(t -> t.startsWith(SNAPSHOT_OF_PREFIX))
                .map(t -> t.substring(SNAPSHOT_OF_PREFIX.length())).findFirst();
    }

    /** @return the tag of a thick volume grown from {@code bytes} whose new end is not yet zeroed */
    static String grownFrom(long bytes) {
        return GROWN_FROM_PREFIX + bytes;
    }

    /** @return the size a volume had before a grow whose zeroing is not done, if one is pending */
    static Optional<String> grownFromTag(Set<String> tags) {
        return tags.stream().filter(t -> t.startsWith(GROWN_FROM_PREFIX) && t.substring(GROWN_FROM_PREFIX.length())
                .matches("\\d{1,19}")).findFirst();
    }

    /** @return whether an LV's tags make it a whole volume of ours */
    static boolean whole(Set<String> tags) {
        return tags.contains(VOLUME) && !tags.contains(PARTIAL);
    }

    /** @return whether an LV's tags make it a volume of ours that a crash left half made */
    static boolean leftover(Set<String> tags) {
        return tags.contains(VOLUME) && tags.contains(PARTIAL);
    }
}
