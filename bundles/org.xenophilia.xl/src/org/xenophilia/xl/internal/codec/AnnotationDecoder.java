package org.xenophilia.xl.internal.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.Vif;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlComment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlList;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.cfg.XlValue;
import org.xenophilia.xl.codec.XlWarning.Kind;

/**
 * Reads the {@code #xenophilia: key = value} comments, which carry the fields xl.cfg has no key for: the description,
 * the tags, a disk's storage backend and volume, a vif's network. They are read in two steps: {@link #read} before
 * the keys (a disk with a volume may lack its target), {@link #applyTo} after them (the disks and vifs they name
 * exist by then).
 */
final class AnnotationDecoder {

    /** The prefix of comments that carry Xenophilia-only fields. */
    static final String PREFIX = "#xenophilia:";

    private record Annotation(XlComment comment, XlAssignment assignment) {
    }

    private final DecodeWarnings warnings;
    private final List<Annotation> annotations = new ArrayList<>();

    AnnotationDecoder(DecodeWarnings warnings) {
        this.warnings = warnings;
    }

    /** Collects the annotations of a document, warning about those that are not {@code key = value}. */
    void read(XlConfig config) {
        for (XlComment comment : config.comments()) {
            if (!comment.text().startsWith(PREFIX)) {
                continue;
            }
            Optional<XlAssignment> holder = valueHolding(config, comment);
            if (holder.isPresent()) {
                // part of that value's text, which is kept verbatim with it when the model cannot hold it: read
                // here too, the annotation would come back twice, once written at the top and once inside the value
                warn(comment, "is inside the value of `" + holder.get().key() + "` (annotations stand on lines of "
                        + "their own between assignments)");
                continue;
            }
            String body = comment.text().substring(PREFIX.length());
            XlConfig parsed;
            try {
                parsed = XlConfigParser.LIBXLU.read(body, config.sourceName());
            } catch (XlSyntaxException e) {
                warn(comment, "is not `key = value`: " + e.first().message());
                continue;
            }
            for (XlAssignment a : parsed.assignments()) {
                annotations.add(new Annotation(comment, a));
            }
        }
    }

    /** The assignment whose value (a list over several lines) the comment is inside, if any. */
    private static Optional<XlAssignment> valueHolding(XlConfig config, XlComment comment) {
        int at = comment.position().offset();
        return config.assignments().stream().filter(a -> {
            int start = a.value().position().offset();
            return at > start && at < start + a.value().sourceText().length();
        }).findFirst();
    }

    /**
     * Whether an annotation gives disk {@code index} a storage volume (which provides its target later): one that
     * {@link #applyTo} sets, so a string (a list there is ignored, and the disk then needs its target as any other).
     */
    boolean hasVolume(int index) {
        String key = "disk." + index + ".volume";
        return annotations.stream().anyMatch(a -> a.assignment().key().equals(key)
                && a.assignment().value() instanceof XlString);
    }

    /** Sets the fields the annotations carry, warning about those that name nothing of this domain. */
    void applyTo(Domain domain) {
        for (Annotation a : annotations) {
            apply(domain, a.comment(), a.assignment());
        }
    }

    private void apply(Domain domain, XlComment comment, XlAssignment a) {
        String key = a.key();
        XlValue v = a.value();
        if (key.equals("description") && v instanceof XlString s) {
            domain.setDescription(s.value());
        } else if (key.equals("tags") && v instanceof XlList list
                && list.items().stream().allMatch(i -> i instanceof XlString)) {
            for (XlValue item : list.items()) {
                domain.getTags().add(((XlString) item).value());
            }
        } else if (key.startsWith("disk.") && v instanceof XlString s) {
            String[] parts = key.split("\\.");
            Disk disk = parts.length == 3 ? item(domain.getDisks(), parts[1]) : null;
            if (disk != null && parts[2].equals("storage_backend")) {
                disk.setStorageBackend(s.value());
            } else if (disk != null && parts[2].equals("volume")) {
                disk.setVolume(s.value());
            } else {
                warn(comment, "does not name a disk of this file and a field (storage_backend, volume)");
            }
        } else if (key.startsWith("vif.") && v instanceof XlString s) {
            String[] parts = key.split("\\.");
            Vif vif = parts.length == 3 ? item(domain.getVifs(), parts[1]) : null;
            if (vif != null && parts[2].equals("network")) {
                vif.setNetwork(s.value());
            } else {
                warn(comment, "does not name a vif of this file and a field (network)");
            }
        } else {
            warn(comment, "is not a Xenophilia annotation (description, tags, disk.N.storage_backend, "
                    + "disk.N.volume, vif.N.network)");
        }
    }

    private static <T> T item(List<T> list, String index) {
        if (!CNumbers.isDecimal(index) || index.length() > 6) {
            return null;
        }
        int i = Integer.parseInt(index);
        return i < list.size() ? list.get(i) : null;
    }

    private void warn(XlComment comment, String problem) {
        warnings.add(Kind.ANNOTATION, "", comment.position(), "the annotation `" + comment.text() + "` " + problem
                + "; ignored");
    }
}
