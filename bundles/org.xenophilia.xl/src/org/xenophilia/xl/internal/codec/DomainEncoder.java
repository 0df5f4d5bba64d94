package org.xenophilia.xl.internal.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainPackage.Literals;
import org.xenophilia.domain.XlKey;
import org.xenophilia.model.XlCfgVocabulary;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.codec.XlEncodeException;

/**
 * Writes a {@link Domain} as canonical xl.cfg text: Xenophilia-only fields as {@code #xenophilia:} annotation
 * comments first, then the keys the model represents in the order of the schema (one per line, numbers unquoted,
 * strings double-quoted, booleans 0/1, disks as {@code key=value} specs with {@code target=} last), then, after a
 * blank line, every {@code xlKey} exactly as it was read.
 *
 * <p>This class writes the top-level keys ({@link XlCfgVocabulary#DOMAIN_KEYS}) and the {@code xlKey}s; the devices
 * ({@link DiskEncoder}, {@link VifEncoder}, {@link DisplayEncoder}) and the annotations ({@link AnnotationEncoder}) are
 * written by classes of their own.
 */
public final class DomainEncoder {

    /** Writes one device of a list as its spec string. */
    private interface SpecWriter<T> {
        String spec(T device, String path) throws XlEncodeException;
    }

    private final Domain domain;
    private final AssignmentWriter out = new AssignmentWriter();

    private DomainEncoder(Domain domain) {
        this.domain = domain;
    }

    /**
     * Writes a domain.
     *
     * @param domain the domain
     * @return the xl.cfg text, ending with a newline
     * @throws XlEncodeException if a value cannot be expressed in xl.cfg
     */
    public static String encode(Domain domain) throws XlEncodeException {
        return new DomainEncoder(domain).run();
    }

    /**
     * Writes one disk as the spec string it has in the {@code disk} list.
     *
     * @param disk the disk
     * @return its spec, {@code target=} last
     * @throws XlEncodeException if a value cannot be written in a spec
     */
    public static String diskSpec(Disk disk) throws XlEncodeException {
        return DiskEncoder.spec(disk, "disk");
    }

    private String run() throws XlEncodeException {
        AnnotationEncoder.write(domain, out);
        for (Map.Entry<String, EStructuralFeature> key : XlCfgVocabulary.DOMAIN_KEYS.entrySet()) {
            EStructuralFeature feature = key.getValue();
            if (!domain.eIsSet(feature)) {
                continue;
            }
            if (feature == Literals.DOMAIN__DISKS) {
                out.assignList(key.getKey(), specs(domain.getDisks(), "disks", DiskEncoder::spec));
            } else if (feature == Literals.DOMAIN__VIFS) {
                out.assignList(key.getKey(), specs(domain.getVifs(), "vifs", VifEncoder::spec));
            } else {
                out.assignValue(key.getKey(), domain.eGet(feature));
            }
        }
        DisplayEncoder.write(domain, out);
        xlKeys();
        return out.text();
    }

    private static <T> List<String> specs(List<T> devices, String feature, SpecWriter<T> writer)
            throws XlEncodeException {
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            specs.add(writer.spec(devices.get(i), feature + "[" + i + "]"));
        }
        return specs;
    }

    // ------------------------------------------------------------------------------------------------ xlKeys

    private void xlKeys() throws XlEncodeException {
        boolean first = true;
        for (int i = 0; i < domain.getXlKeys().size(); i++) {
            XlKey x = domain.getXlKeys().get(i);
            String path = "xlKeys[" + i + "]";
            String key = x.getKey();
            if (key == null || !isIdent(key)) {
                throw new XlEncodeException(path + ".key", String.valueOf(key), "not an xl.cfg key (a lowercase "
                        + "letter, then lowercase letters, digits, _ and .)");
            }
            if (out.hasAssigned(key)) {
                throw new XlEncodeException(path + ".key", key, "the domain model already sets this key");
            }
            String op = x.isAppend() ? " += " : " = ";
            String value = x.getValue() == null ? "" : x.getValue();
            checkRawValue(path, key, op, value);
            if (first && !out.isEmpty()) {
                out.line("");
            }
            first = false;
            out.line(key + op + value);
        }
    }

    /** The text of an xlKey must be exactly one xl.cfg value. */
    private static void checkRawValue(String path, String key, String op, String value) throws XlEncodeException {
        XlConfig parsed;
        try {
            parsed = XlConfigParser.LIBXLU.read(key + op + value + "\n", path);
        } catch (XlSyntaxException e) {
            throw new XlEncodeException(path, value, "not a valid xl.cfg value: " + e.first().message());
        }
        List<XlAssignment> all = parsed.assignments();
        if (all.size() != 1 || !all.get(0).value().sourceText().equals(value.strip())) {
            throw new XlEncodeException(path, value, "not a single xl.cfg value");
        }
    }

    private static boolean isIdent(String key) {
        if (key.isEmpty() || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
