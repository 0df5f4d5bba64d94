package org.xenophilia.xl.internal.codec;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.Vif;
import org.xenophilia.xl.cfg.XlConfigWriter;

/**
 * Writes the fields xl.cfg has no key for as {@code #xenophilia: key = value} comments, which xl ignores and
 * {@link AnnotationDecoder} reads back: the description, the tags, a disk's storage backend and volume, a vif's
 * network (disks and vifs numbered from 0 in list order).
 */
final class AnnotationEncoder {

    private AnnotationEncoder() {
    }

    static void write(Domain domain, AssignmentWriter out) {
        if (domain.getDescription() != null) {
            annotate(out, "description", XlConfigWriter.quote(domain.getDescription()));
        }
        if (!domain.getTags().isEmpty()) {
            annotate(out, "tags", AssignmentWriter.list(domain.getTags(), true));
        }
        for (int i = 0; i < domain.getDisks().size(); i++) {
            Disk disk = domain.getDisks().get(i);
            if (disk.getStorageBackend() != null) {
                annotate(out, "disk." + i + ".storage_backend", XlConfigWriter.quote(disk.getStorageBackend()));
            }
            if (disk.getVolume() != null) {
                annotate(out, "disk." + i + ".volume", XlConfigWriter.quote(disk.getVolume()));
            }
        }
        for (int i = 0; i < domain.getVifs().size(); i++) {
            Vif vif = domain.getVifs().get(i);
            if (vif.getNetwork() != null) {
                annotate(out, "vif." + i + ".network", XlConfigWriter.quote(vif.getNetwork()));
            }
        }
    }

    private static void annotate(AssignmentWriter out, String key, String valueText) {
        out.line(AnnotationDecoder.PREFIX + " " + key + " = " + valueText);
    }
}
