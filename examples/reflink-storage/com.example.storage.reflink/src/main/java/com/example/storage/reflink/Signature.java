package com.example.storage.reflink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.ToolRunner;

/**
 * A signature {@code wipefs} finds on a pool: a file system, a partition table, a RAID or LVM member. A pool is
 * ours when it holds an XFS file system labelled {@value #LABEL}, whose UUID is the repository's.
 *
 * @param type what it is: {@code xfs}, {@code ext4}, {@code gpt}, {@code LVM2_member}
 * @param usage its kind: {@code filesystem}, {@code partition table}, {@code raid}
 * @param offset where it is, as wipefs prints it ({@code 0x438})
 * @param uuid its UUID, or {@code ""}
 * @param label its label, or {@code ""}
 */
record Signature(String type, String usage, String offset, String uuid, String label) {

    /** The label of our pools' file system: XFS allows 12 characters, exactly the type's name. */
    static final String LABEL = ReflinkPoolType.NAME;

    /**
     * Reads the signatures on a pool, writing nothing ({@code wipefs --no-act}, which reads what {@code blkid -p}
     * reads, but every signature, not only the first).
     *
     * @param wipefs the tool
     * @param pool the image file or device, an absolute path (so never an option)
     * @return what is there, in order
     * @throws StorageException {@link StorageFailure#PROBE_FAILED} with wipefs's words if it cannot look
     */
    static List<Signature> on(ToolRunner wipefs, String pool) throws StorageException {
        ToolRunner.Result r = wipefs.run(StorageProgress.NONE, "--no-act", "--noheadings", "--parsable", "--output",
                "UUID,TYPE,USAGE,OFFSET,LABEL", pool).succeeded(StorageFailure.PROBE_FAILED, "cannot look at "
                        + pool);
        List<Signature> found = new ArrayList<>();
        for (String line : r.stdout().lines().toList()) {
            // the label may hold commas, so it comes last and keeps them
            String[] f = line.split(",", 5);
            if (f.length == 5) {
                found.add(new Signature(f[1], f[2], f[3], f[0], f[4]));
            }
        }
        return found;
    }

    /** @return the uuid of our repository, if this signature is one */
    Optional<String> repository() {
        return type.equals("xfs") && label.equals(LABEL) && !uuid.isEmpty() ? Optional.of(uuid) : Optional.empty();
    }

    /** @return what it is, in the admin's words: {@code an ext4 filesystem (signature at offset 0x438)} */
    String words() {
        String what = type + " " + (usage.isEmpty() ? "signature" : usage);
        String article = "aeiouAEIOU".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
        return article + what + (label.isEmpty() ? "" : " labelled '" + label + "'") + " (signature at offset "
                + offset + ")";
    }
}
