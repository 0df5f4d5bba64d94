package org.xenophilia.xl.internal.codec;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainPackage.Literals;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.XlKey;
import org.xenophilia.model.XlCfgVocabulary;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlDiagnostic;
import org.xenophilia.xl.cfg.XlOperator;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlValue;
import org.xenophilia.xl.codec.XlDecodeResult;
import org.xenophilia.xl.codec.XlWarning.Kind;

/**
 * Reads a parsed xl.cfg document into a {@link Domain}, following how xl itself reads each key (xl_parse.c): the last
 * assignment of a key wins, {@code +=} appends, numbers are C {@code strtol} numbers, booleans are numbers (non-zero
 * is true), and a value of the wrong shape (a list for a string key, {@code +=} on a number) is ignored by xl.
 *
 * <p>What the model cannot hold is kept: keys the model does not represent, and represented keys whose value it
 * cannot hold, become {@code xlKey} elements with their exact source text; spec keywords it does not represent become
 * {@code xlParam} elements. Every such case is reported as a warning.
 *
 * <p>This class reads the top-level keys ({@link XlCfgVocabulary#MODELLED_KEYS}) and keeps the rest; the devices
 * ({@link DiskDecoder}, {@link VifDecoder}, {@link DisplayDecoder}) and the {@code #xenophilia:} comments
 * ({@link AnnotationDecoder}) are read by classes of their own.
 */
public final class DomainDecoder {

    /** The deprecated key xl reads as the type when type is not given ({@code "hvm"} or {@code "generic"}). */
    private static final String BUILDER = "builder";

    private final XlConfig config;
    private final Domain domain = DomainFactory.eINSTANCE.createDomain();
    private final DecodeWarnings warnings;
    private final XlValueReader values;
    private final AnnotationDecoder annotations;
    private final DiskDecoder disks;
    private final VifDecoder vifs;
    private final DisplayDecoder display;
    /** Keys the model represents whose value is kept verbatim all the same. */
    private final Set<String> verbatim = new HashSet<>();
    private boolean hvm;
    /** Whether the model holds the display: only with the type it takes its form from. */
    private boolean displayHeld;

    private DomainDecoder(XlConfig config) {
        this.config = config;
        warnings = new DecodeWarnings(config.sourceName());
        values = new XlValueReader(warnings);
        annotations = new AnnotationDecoder(warnings);
        disks = new DiskDecoder(warnings, values);
        vifs = new VifDecoder(warnings, values);
        display = new DisplayDecoder(warnings, values);
    }

    /**
     * Reads a document into a domain.
     *
     * @param config the parsed xl.cfg
     * @return the domain and the warnings
     */
    public static XlDecodeResult decode(XlConfig config) {
        return new DomainDecoder(config).run();
    }

    private XlDecodeResult run() {
        for (XlDiagnostic d : config.warnings()) {
            warnings.syntax(d);
        }
        hvm = isHvm();
        decodeType();
        // Which form the display takes follows the type. A type kept verbatim (type = "h", which xl reads as hvm)
        // leaves the model without one, and the encoder would write the display in the other form: keep it as written.
        displayHeld = !verbatim.contains("type") && !verbatim.contains(BUILDER);
        Set<String> modelKeys = modelKeys();
        annotations.read(config);
        for (String key : config.keys()) {
            if (!modelKeys.contains(key) || key.equals("type") || key.equals(BUILDER)) {
                continue;
            }
            List<XlAssignment> all = config.all(key);
            XlAssignment last = all.get(all.size() - 1);
            XlValue value = config.value(key).orElseThrow();
            if (!decodeKey(key, value, last)) {
                verbatim.add(key);
            } else if (all.size() > 1) {
                warnings.overridden(key, all);
            }
        }
        if (display.display() != null) {
            domain.setDisplay(display.display());
        }
        annotations.applyTo(domain);
        for (XlAssignment a : config.assignments()) {
            String key = a.key();
            if (modelKeys.contains(key) && !verbatim.contains(key)) {
                continue;
            }
            XlKey x = DomainFactory.eINSTANCE.createXlKey();
            x.setKey(key);
            x.setValue(a.value().sourceText());
            if (a.operator() == XlOperator.APPEND) {
                x.setAppend(true);
            }
            domain.getXlKeys().add(x);
            if (!modelKeys.contains(key)) {
                unknownKey(a);
            }
        }
        return new XlDecodeResult(domain, warnings.sorted(), config);
    }

    /** The keys the model represents for this guest: the display of an HVM guest is top-level, the others' vfb. */
    private Set<String> modelKeys() {
        Set<String> keys = new HashSet<>(XlCfgVocabulary.DOMAIN_KEYS.keySet());
        keys.add(BUILDER);
        if (!displayHeld) {
            return keys;
        }
        if (hvm) {
            keys.addAll(XlCfgVocabulary.DISPLAY_KEYWORDS.keySet());
        } else {
            keys.add(XlCfgVocabulary.FRAMEBUFFER_KEY);
        }
        return keys;
    }

    private void unknownKey(XlAssignment a) {
        String key = a.key();
        String why;
        boolean displayKey = key.equals(XlCfgVocabulary.FRAMEBUFFER_KEY)
                || XlCfgVocabulary.DISPLAY_KEYWORDS.containsKey(key);
        if (displayKey && !displayHeld) {
            why = "(the display of a guest whose type the domain model does not hold) is not part of the domain model";
        } else if (key.equals(XlCfgVocabulary.FRAMEBUFFER_KEY) && hvm) {
            why = "(a framebuffer of an HVM guest) is not part of the domain model, which takes the display of an "
                    + "HVM guest from the top-level vnc and sdl keys";
        } else if (XlCfgVocabulary.DISPLAY_KEYWORDS.containsKey(key) && !hvm) {
            why = "(a top-level display key of a non-HVM guest) is not part of the domain model, which takes the "
                    + "display of a PV or PVH guest from vfb";
        } else if (XlKeys.isReadByXl(key)) {
            why = "is not part of the domain model";
        } else {
            why = "is not an xl.cfg key (xl ignores it) and not part of the domain model";
        }
        warnings.add(Kind.UNKNOWN_KEY, key, a.keyPosition(), "`" + key + "` " + why + "; kept verbatim");
    }

    // ------------------------------------------------------------------------------------------------ type

    /** Whether xl builds an HVM guest: xl matches type and builder as prefixes ({@code type="h"} is hvm). */
    private boolean isHvm() {
        Optional<String> type = scalar("type");
        if (type.isPresent()) {
            return "hvm".startsWith(type.get());
        }
        return scalar(BUILDER).map("hvm"::startsWith).orElse(false);
    }

    private Optional<String> scalar(String key) {
        return config.value(key).filter(v -> v instanceof XlString).map(v -> ((XlString) v).value());
    }

    private void decodeType() {
        List<XlAssignment> types = config.all("type");
        List<XlAssignment> builders = config.all(BUILDER);
        DomainType type = null;
        if (!types.isEmpty()) {
            XlAssignment last = types.get(types.size() - 1);
            type = XlValueReader.literal(config.value("type").orElseThrow(), DomainType::get);
            if (type == null) {
                warnings.keptVerbatim(last, "the type must be pv, pvh or hvm");
                verbatim.add("type");
            } else {
                domain.setType(type);
                if (types.size() > 1) {
                    warnings.overridden("type", types);
                }
            }
        }
        if (builders.isEmpty()) {
            return;
        }
        XlAssignment last = builders.get(builders.size() - 1);
        XlValue value = config.value(BUILDER).orElseThrow();
        String builder = value instanceof XlString s ? s.value() : null;
        DomainType fromBuilder = "hvm".equals(builder) ? DomainType.HVM
                : "generic".equals(builder) ? DomainType.PV : null;
        if (fromBuilder == null) {
            warnings.keptVerbatim(last, "the deprecated builder must be \"hvm\" or \"generic\"");
            verbatim.add(BUILDER);
        } else if (types.isEmpty()) {
            domain.setType(fromBuilder);
            warnings.add(Kind.DEPRECATED, BUILDER, last.keyPosition(), "the deprecated `builder = \"" + builder
                    + "\"` is read as type = \"" + fromBuilder.getLiteral() + "\"");
        } else if (type == fromBuilder) {
            warnings.add(Kind.DEPRECATED, BUILDER, last.keyPosition(), "the deprecated `builder = \"" + builder
                    + "\"` repeats the type and is not kept");
        } else {
            warnings.keptVerbatim(last, "the deprecated builder contradicts type (xl refuses such a file)");
            verbatim.add(BUILDER);
        }
    }

    // ------------------------------------------------------------------------------------------------ keys

    /**
     * Reads one key the model represents (not the type). Which reading applies follows the field the key sets: its
     * type for plain fields (string, number, boolean, action), a reader of its own for the devices.
     *
     * @return whether the model holds the value (else it was reported as kept verbatim)
     */
    private boolean decodeKey(String key, XlValue value, XlAssignment last) {
        if (key.equals(XlCfgVocabulary.FRAMEBUFFER_KEY)) {
            return display.vfb(value, last);
        }
        EAttribute displaySetting = XlCfgVocabulary.DISPLAY_KEYWORDS.get(key);
        if (displaySetting != null) {
            return display.key(displaySetting, value, last);
        }
        EStructuralFeature feature = XlCfgVocabulary.DOMAIN_KEYS.get(key);
        if (feature == Literals.DOMAIN__DISKS) {
            return disks.decode(value, last, annotations::hasVolume, domain.getDisks());
        } else if (feature == Literals.DOMAIN__VIFS) {
            return vifs.decode(value, last, domain.getVifs());
        } else if (feature == Literals.DOMAIN__BOOTLOADER_ARGS) {
            return bootloaderArgs(value, last);
        } else if ((feature == Literals.DOMAIN__CPUS || feature == Literals.DOMAIN__CPUS_SOFT) && value.isList()) {
            warnings.keptVerbatim(last, "the per-vCPU list form is not part of the domain model");
            return false;
        }
        return values.read((EAttribute) feature, value, last, v -> domain.eSet(feature, v));
    }

    private boolean bootloaderArgs(XlValue value, XlAssignment last) {
        if (value instanceof XlString) {
            warnings.keptVerbatim(last, "the deprecated string form is not part of the domain model (use a list)");
            return false;
        }
        List<XlString> items = values.strings(value, last);
        if (items == null) {
            return false;
        }
        for (XlString s : items) {
            domain.getBootloaderArgs().add(s.value());
        }
        return true;
    }
}
