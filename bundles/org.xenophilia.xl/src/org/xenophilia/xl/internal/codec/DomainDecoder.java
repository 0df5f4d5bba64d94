package org.xenophilia.xl.internal.codec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskBackendType;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.DiskFormat;
import org.xenophilia.domain.Display;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.LifecycleAction;
import org.xenophilia.domain.Vif;
import org.xenophilia.domain.VifType;
import org.xenophilia.domain.XlKey;
import org.xenophilia.domain.XlParam;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlComment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlDiagnostic;
import org.xenophilia.xl.cfg.XlList;
import org.xenophilia.xl.cfg.XlOperator;
import org.xenophilia.xl.cfg.XlPosition;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.cfg.XlValue;
import org.xenophilia.xl.codec.XlDecodeResult;
import org.xenophilia.xl.codec.XlDiskSpec;
import org.xenophilia.xl.codec.XlSpecParam;
import org.xenophilia.xl.codec.XlVifSpec;
import org.xenophilia.xl.codec.XlWarning;
import org.xenophilia.xl.codec.XlWarning.Kind;

/**
 * Reads a parsed xl.cfg document into a {@link Domain}, following how xl itself reads each key (xl_parse.c): the last
 * assignment of a key wins, {@code +=} appends, numbers are C {@code strtol} numbers, booleans are numbers (non-zero
 * is true), and a value of the wrong shape (a list for a string key, {@code +=} on a number) is ignored by xl.
 *
 * <p>What the model cannot hold is kept: keys the model does not represent, and represented keys whose value it
 * cannot hold, become {@code xlKey} elements with their exact source text; spec keywords it does not represent become
 * {@code xlParam} elements. Every such case is reported as a warning.
 */
public final class DomainDecoder {

    /** The prefix of comments that carry Xenophilia-only fields (description, tags, volume and network refs). */
    public static final String ANNOTATION = "#xenophilia:";

    /** Keys mapped for every guest type. */
    private static final Set<String> COMMON_KEYS = Set.of("name", "uuid", "type", "builder", "memory", "maxmem",
            "vcpus", "maxvcpus", "cpus", "cpus_soft", "cpu_weight", "cap", "kernel", "ramdisk", "cmdline", "root",
            "extra", "bootloader", "bootloader_args", "firmware", "on_poweroff", "on_reboot", "on_watchdog",
            "on_crash", "on_soft_reset", "nomigrate", "disk", "vif");

    /** Top-level display keys, mapped to the display of an HVM guest. */
    static final List<String> HVM_DISPLAY_KEYS = List.of("vnc", "vnclisten", "vncdisplay", "vncpasswd", "vncunused",
            "sdl", "keymap");

    /** vif keywords the model represents as attributes. */
    static final Set<String> VIF_ATTRIBUTES = Set.of("mac", "ip", "bridge", "backend", "script", "vifname", "type",
            "model", "rate", "mtu");

    private final XlConfig config;
    private final String source;
    private final DomainFactory factory = DomainFactory.eINSTANCE;
    private final Domain domain = DomainFactory.eINSTANCE.createDomain();
    private final List<XlWarning> warnings = new ArrayList<>();
    private final Set<String> verbatim = new HashSet<>();
    private boolean hvm;
    private Display display;
    /** The annotations, read before the keys so that a disk with a volume may lack its target. */
    private final List<Annotation> annotations = new ArrayList<>();

    private record Annotation(XlComment comment, XlAssignment assignment) {
    }

    private DomainDecoder(XlConfig config) {
        this.config = config;
        this.source = config.sourceName();
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
            warnings.add(new XlWarning(Kind.SYNTAX, source, "", d.position(), d.message()));
        }
        hvm = isHvm();
        Set<String> modelKeys = new HashSet<>(COMMON_KEYS);
        if (hvm) {
            modelKeys.addAll(HVM_DISPLAY_KEYS);
        } else {
            modelKeys.add("vfb");
        }
        readAnnotations();
        decodeType();
        for (String key : config.keys()) {
            if (!modelKeys.contains(key) || key.equals("type") || key.equals("builder")) {
                continue;
            }
            List<XlAssignment> all = config.all(key);
            XlAssignment last = all.get(all.size() - 1);
            XlValue value = config.value(key).orElseThrow();
            if (!decodeKey(key, value, last)) {
                verbatim.add(key);
            } else if (all.size() > 1) {
                overridden(key, all);
            }
        }
        if (display != null) {
            domain.setDisplay(display);
        }
        for (Annotation a : annotations) {
            annotation(a.comment(), a.assignment());
        }
        for (XlAssignment a : config.assignments()) {
            String key = a.key();
            if (modelKeys.contains(key) && !verbatim.contains(key)) {
                continue;
            }
            XlKey x = factory.createXlKey();
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
        warnings.sort(Comparator.comparingInt((XlWarning w) -> w.position().line())
                .thenComparingInt(w -> w.position().column()));
        return new XlDecodeResult(domain, warnings, config);
    }

    // ------------------------------------------------------------------------------------------------ warnings

    private void warn(Kind kind, String key, XlPosition position, String message) {
        warnings.add(new XlWarning(kind, source, key, position, message));
    }

    private void unknownKey(XlAssignment a) {
        String key = a.key();
        String why;
        if (key.equals("vfb") && hvm) {
            why = "(a framebuffer of an HVM guest) is not part of the domain model, which takes the display of an "
                    + "HVM guest from the top-level vnc and sdl keys";
        } else if (HVM_DISPLAY_KEYS.contains(key) && !hvm) {
            why = "(a top-level display key of a non-HVM guest) is not part of the domain model, which takes the "
                    + "display of a PV or PVH guest from vfb";
        } else if (XlKeys.isReadByXl(key)) {
            why = "is not part of the domain model";
        } else {
            why = "is not an xl.cfg key (xl ignores it) and not part of the domain model";
        }
        warn(Kind.UNKNOWN_KEY, key, a.keyPosition(), "`" + key + "` " + why + "; kept verbatim");
    }

    private void keptVerbatim(XlAssignment last, String reason) {
        warn(Kind.VALUE_KEPT_VERBATIM, last.key(), last.keyPosition(),
                "`" + last.key() + "`: " + reason + "; kept verbatim");
    }

    private void overridden(String key, List<XlAssignment> all) {
        XlAssignment last = all.get(all.size() - 1);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < all.size() - 1; i++) {
            lines.append(i == 0 ? "" : ", ").append(all.get(i).keyPosition().line());
        }
        boolean appended = all.stream().anyMatch(a -> a.operator() == XlOperator.APPEND);
        warn(Kind.OVERRIDDEN, key, last.keyPosition(), "`" + key + "` is assigned " + all.size() + " times"
                + (appended ? " (with +=); the combined value is kept" : "; xl uses the last one (line "
                        + last.keyPosition().line() + "), the assignment(s) on line " + lines + " are not kept"));
    }

    // ------------------------------------------------------------------------------------------------ type

    /** Whether xl builds an HVM guest: xl matches type and builder as prefixes ({@code type="h"} is hvm). */
    private boolean isHvm() {
        Optional<String> type = scalar("type");
        if (type.isPresent()) {
            return "hvm".startsWith(type.get());
        }
        return scalar("builder").map("hvm"::startsWith).orElse(false);
    }

    private Optional<String> scalar(String key) {
        return config.value(key).filter(v -> v instanceof XlString).map(v -> ((XlString) v).value());
    }

    private void decodeType() {
        List<XlAssignment> types = config.all("type");
        List<XlAssignment> builders = config.all("builder");
        DomainType type = null;
        if (!types.isEmpty()) {
            XlAssignment last = types.get(types.size() - 1);
            type = literal(config.value("type").orElseThrow(), DomainType::get);
            if (type == null) {
                keptVerbatim(last, "the type must be pv, pvh or hvm");
                verbatim.add("type");
            } else {
                domain.setType(type);
                if (types.size() > 1) {
                    overridden("type", types);
                }
            }
        }
        if (builders.isEmpty()) {
            return;
        }
        XlAssignment last = builders.get(builders.size() - 1);
        XlValue value = config.value("builder").orElseThrow();
        String builder = value instanceof XlString s ? s.value() : null;
        DomainType fromBuilder = "hvm".equals(builder) ? DomainType.HVM
                : "generic".equals(builder) ? DomainType.PV : null;
        if (fromBuilder == null) {
            keptVerbatim(last, "the deprecated builder must be \"hvm\" or \"generic\"");
            verbatim.add("builder");
        } else if (types.isEmpty()) {
            domain.setType(fromBuilder);
            warn(Kind.DEPRECATED, "builder", last.keyPosition(), "the deprecated `builder = \"" + builder
                    + "\"` is read as type = \"" + fromBuilder.getLiteral() + "\"");
        } else if (type == fromBuilder) {
            warn(Kind.DEPRECATED, "builder", last.keyPosition(), "the deprecated `builder = \"" + builder
                    + "\"` repeats the type and is not kept");
        } else {
            keptVerbatim(last, "the deprecated builder contradicts type (xl refuses such a file)");
            verbatim.add("builder");
        }
    }

    // ------------------------------------------------------------------------------------------------ keys

    private boolean decodeKey(String key, XlValue value, XlAssignment last) {
        switch (key) {
            case "name" -> {
                return string(value, last, domain::setName);
            }
            case "uuid" -> {
                return string(value, last, domain::setUuid);
            }
            case "memory" -> {
                return number(value, last, domain::setMemory);
            }
            case "maxmem" -> {
                return number(value, last, domain::setMaxmem);
            }
            case "vcpus" -> {
                return number(value, last, domain::setVcpus);
            }
            case "maxvcpus" -> {
                return number(value, last, domain::setMaxvcpus);
            }
            case "cpus", "cpus_soft" -> {
                if (value.isList()) {
                    keptVerbatim(last, "the per-vCPU list form is not part of the domain model");
                    return false;
                }
                return string(value, last, key.equals("cpus") ? domain::setCpus : domain::setCpusSoft);
            }
            case "cpu_weight" -> {
                return number(value, last, domain::setCpuWeight);
            }
            case "cap" -> {
                return number(value, last, domain::setCap);
            }
            case "kernel" -> {
                return string(value, last, domain::setKernel);
            }
            case "ramdisk" -> {
                return string(value, last, domain::setRamdisk);
            }
            case "cmdline" -> {
                return string(value, last, domain::setCmdline);
            }
            case "root" -> {
                return string(value, last, domain::setRoot);
            }
            case "extra" -> {
                return string(value, last, domain::setExtra);
            }
            case "bootloader" -> {
                return string(value, last, domain::setBootloader);
            }
            case "bootloader_args" -> {
                return bootloaderArgs(value, last);
            }
            case "firmware" -> {
                return string(value, last, domain::setFirmware);
            }
            case "on_poweroff" -> {
                return action(value, last, domain::setOnPoweroff);
            }
            case "on_reboot" -> {
                return action(value, last, domain::setOnReboot);
            }
            case "on_watchdog" -> {
                return action(value, last, domain::setOnWatchdog);
            }
            case "on_crash" -> {
                return action(value, last, domain::setOnCrash);
            }
            case "on_soft_reset" -> {
                return action(value, last, domain::setOnSoftReset);
            }
            case "nomigrate" -> {
                return bool(value, last, domain::setNomigrate);
            }
            case "disk" -> {
                return disks(value, last);
            }
            case "vif" -> {
                return vifs(value, last);
            }
            case "vfb" -> {
                return vfb(value, last);
            }
            case "vnc" -> {
                return bool(value, last, b -> display().setVnc(b));
            }
            case "vnclisten" -> {
                return string(value, last, s -> display().setVnclisten(s));
            }
            case "vncdisplay" -> {
                return number(value, last, n -> display().setVncdisplay(n));
            }
            case "vncpasswd" -> {
                return string(value, last, s -> display().setVncpasswd(s));
            }
            case "vncunused" -> {
                return bool(value, last, b -> display().setVncunused(b));
            }
            case "sdl" -> {
                return bool(value, last, b -> display().setSdl(b));
            }
            case "keymap" -> {
                return string(value, last, s -> display().setKeymap(s));
            }
            default -> throw new IllegalStateException("no mapping for " + key);
        }
    }

    private Display display() {
        if (display == null) {
            display = factory.createDisplay();
        }
        return display;
    }

    private boolean string(XlValue value, XlAssignment last, Consumer<String> setter) {
        if (!(value instanceof XlString s)) {
            keptVerbatim(last, "xl expects a single value, not a list, and ignores it");
            return false;
        }
        setter.accept(s.value());
        return true;
    }

    private interface IntSetter {
        void set(int value);
    }

    private boolean number(XlValue value, XlAssignment last, IntSetter setter) {
        if (!(value instanceof XlString s)) {
            keptVerbatim(last, "xl expects a number, not a list, and ignores it");
            return false;
        }
        if (last.operator() == XlOperator.APPEND) {
            keptVerbatim(last, "xl does not allow += with numbers and ignores it");
            return false;
        }
        CNumbers.Parsed n = CNumbers.strtol(s.value());
        if (!n.valid()) {
            keptVerbatim(last, "\"" + s.value() + "\" is not a number to xl, which ignores it");
            return false;
        }
        if (n.value() != (int) n.value()) {
            keptVerbatim(last, s.value() + " is too large for the domain model");
            return false;
        }
        if (n.octal()) {
            warn(Kind.NUMBER_FORM, last.key(), last.keyPosition(), "`" + last.key() + "`: xl reads " + s.value()
                    + " as an octal number, " + n.value());
        }
        setter.set((int) n.value());
        return true;
    }

    private boolean bool(XlValue value, XlAssignment last, Consumer<Boolean> setter) {
        return number(value, last, n -> setter.accept(n != 0));
    }

    private boolean action(XlValue value, XlAssignment last, Consumer<LifecycleAction> setter) {
        LifecycleAction action = literal(value, LifecycleAction::get);
        if (action == null) {
            keptVerbatim(last, "not an action xl knows (destroy, restart, rename-restart, preserve, "
                    + "coredump-destroy, coredump-restart, soft-reset)");
            return false;
        }
        setter.accept(action);
        return true;
    }

    private static <T> T literal(XlValue value, java.util.function.Function<String, T> lookup) {
        return value instanceof XlString s ? lookup.apply(s.value()) : null;
    }

    /** The strings of a list value, or null (after a warning) if the value is not a flat list of strings. */
    private List<XlString> strings(XlValue value, XlAssignment last) {
        if (!(value instanceof XlList list)) {
            keptVerbatim(last, "xl expects a list, not a single value, and ignores it");
            return null;
        }
        List<XlString> result = new ArrayList<>();
        for (XlValue item : list.items()) {
            if (!(item instanceof XlString s)) {
                keptVerbatim(last, "item " + (result.size() + 1) + " is a list; xl stops reading the list there");
                return null;
            }
            result.add(s);
        }
        return result;
    }

    private boolean bootloaderArgs(XlValue value, XlAssignment last) {
        if (value instanceof XlString) {
            keptVerbatim(last, "the deprecated string form is not part of the domain model (use a list)");
            return false;
        }
        List<XlString> items = strings(value, last);
        if (items == null) {
            return false;
        }
        for (XlString s : items) {
            domain.getBootloaderArgs().add(s.value());
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------ disks

    private boolean disks(XlValue value, XlAssignment last) {
        List<XlString> items = strings(value, last);
        if (items == null) {
            return false;
        }
        List<Disk> disks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            XlString item = items.get(i);
            XlDiskSpec spec = XlDiskSpec.parse(item.value());
            if (!spec.isComplete() || spec.lacksTarget() && !hasVolumeAnnotation(i)) {
                keptVerbatim(last, "xl rejects disk " + (i + 1) + " \"" + item.value() + "\": " + spec.errors().get(0));
                return false;
            }
            disks.add(disk(spec, item.position(), i));
        }
        domain.getDisks().addAll(disks);
        return true;
    }

    private Disk disk(XlDiskSpec spec, XlPosition position, int index) {
        Disk disk = factory.createDisk();
        String what = "disk " + (index + 1);
        disk.setVdev(spec.vdev().orElseThrow());
        spec.target().ifPresent(disk::setTarget);
        spec.format().filter(f -> !f.isEmpty()).ifPresent(f -> {
            DiskFormat format = DiskFormat.get(f);
            if (format != null) {
                disk.setFormat(format);
            } else {
                disk.getXlParams().add(param("format", f));
                warn(Kind.SPEC_PARAM_KEPT, "disk", position, what + ": format=" + f
                        + " is not a format of the domain model; kept as a disk parameter");
            }
        });
        spec.access().filter(a -> !a.isEmpty())
                .ifPresent(a -> disk.setAccess(spec.readOnly() ? DiskAccess.RO : DiskAccess.RW));
        if (spec.cdrom()) {
            disk.setDevtype(DiskDeviceType.CDROM);
        }
        spec.backend().ifPresent(disk::setBackend);
        spec.backendType().ifPresent(b -> disk.setBackendtype(DiskBackendType.get(b)));
        spec.script().ifPresent(disk::setScript);
        for (XlSpecParam p : spec.params()) {
            disk.getXlParams().add(param(p.key(), p.value()));
            warn(Kind.SPEC_PARAM_KEPT, "disk", position, what + ": `" + p
                    + "` is not part of the domain model; kept as a disk parameter");
        }
        for (XlSpecParam p : spec.unknownParams()) {
            disk.getXlParams().add(param(p.key(), p.value()));
            warn(Kind.SPEC_PARAM_KEPT, "disk", position, what + ": `" + p + "` is not a disk keyword xl knows (xl "
                    + "rejects the disk until it is removed); kept as a disk parameter");
        }
        for (String prefix : spec.deprecatedPrefixes()) {
            String meaning = switch (prefix) {
                case "raw:", "qcow:", "qcow2:", "vhd:" -> "read as format=" + prefix.substring(0, prefix.length() - 1);
                case "iscsi:", "nbd:", "enbd:", "drbd:" -> "read as script=block-"
                        + prefix.substring(0, prefix.length() - 1);
                default -> "ignored by xl and not kept";
            };
            warn(Kind.DEPRECATED, "disk", position, what + ": the deprecated prefix `" + prefix + "` is " + meaning);
        }
        return disk;
    }

    private XlParam param(String key, String value) {
        XlParam p = factory.createXlParam();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    // ------------------------------------------------------------------------------------------------ vifs

    private boolean vifs(XlValue value, XlAssignment last) {
        List<XlString> items = strings(value, last);
        if (items == null) {
            return false;
        }
        List<Vif> vifs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Vif vif = vif(XlVifSpec.parse(items.get(i).value()), items.get(i).position(), i, last);
            if (vif == null) {
                return false;
            }
            vifs.add(vif);
        }
        domain.getVifs().addAll(vifs);
        return true;
    }

    private Vif vif(XlVifSpec spec, XlPosition position, int index, XlAssignment last) {
        String what = "vif " + (index + 1);
        Vif vif = factory.createVif();
        Map<String, String> attributes = new LinkedHashMap<>();
        List<XlSpecParam> rest = new ArrayList<>();
        for (XlSpecParam p : spec.params()) {
            if (!p.isFlag() && VIF_ATTRIBUTES.contains(p.key())) {
                if (attributes.containsKey(p.key())) {
                    warn(Kind.OVERRIDDEN, "vif", position, what + ": `" + p.key() + "` is given more than once; "
                            + "xl uses the last value, the earlier `" + p.key() + "=" + attributes.get(p.key())
                            + "` is not kept");
                }
                attributes.remove(p.key());
                attributes.put(p.key(), p.value());
            } else if (!isParamName(p.key())) {
                keptVerbatim(last, what + " has `" + p + "`, which is not a keyword the domain model can keep");
                return null;
            } else {
                rest.add(p);
            }
        }
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String key = e.getKey();
            String v = e.getValue();
            if ((key.equals("ip") || key.equals("mac")) && !v.equals(v.stripTrailing())) {
                warn(Kind.NORMALIZED, "vif", position, what + ": the blank after " + key + "=" + v.stripTrailing()
                        + " is dropped (xl does not use it)");
                v = v.stripTrailing();
            }
            switch (key) {
                case "mac" -> vif.setMac(v);
                case "ip" -> vif.setIp(v);
                case "bridge" -> vif.setBridge(v);
                case "backend" -> vif.setBackend(v);
                case "script" -> vif.setScript(v);
                case "vifname" -> vif.setVifname(v);
                case "model" -> vif.setModel(v);
                case "rate" -> vif.setRate(v);
                case "type" -> {
                    VifType type = VifType.get(v);
                    if (type != null) {
                        vif.setType(type);
                    } else {
                        rest.add(new XlSpecParam(key, v));
                    }
                }
                case "mtu" -> {
                    CNumbers.Parsed n = isDecimal(v) ? CNumbers.strtol(v) : CNumbers.INVALID;
                    if (n.valid() && n.value() == (int) n.value()) {
                        vif.setMtu((int) n.value());
                    } else {
                        rest.add(new XlSpecParam(key, v));
                    }
                }
                default -> throw new IllegalStateException(key);
            }
        }
        for (XlSpecParam p : rest) {
            vif.getXlParams().add(param(p.key(), p.value()));
            String why = VIF_ATTRIBUTES.contains(p.key()) ? "has a value the domain model cannot hold"
                    : XlVifSpec.isKnownToXl(p) ? "is not part of the domain model"
                    : "is not known to xl (it prints \"unrecognized argument\") nor part of the domain model";
            warn(Kind.SPEC_PARAM_KEPT, "vif", position, what + ": `" + p + "` " + why + "; kept as a vif parameter");
        }
        return vif;
    }

    private static boolean isDecimal(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The model's XlParamName: a letter, then letters, digits, _ and -. */
    static boolean isParamName(String key) {
        if (key.isEmpty() || !isAsciiLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // ------------------------------------------------------------------------------------------------ vfb

    /** The display of a PV/PVH guest: one vfb entry with only the keywords the model represents. */
    private boolean vfb(XlValue value, XlAssignment last) {
        List<XlString> items = strings(value, last);
        if (items == null) {
            return false;
        }
        if (items.size() != 1) {
            keptVerbatim(last, "the domain model holds one framebuffer, this list has " + items.size());
            return false;
        }
        Display d = factory.createDisplay();
        Set<String> seen = new HashSet<>();
        for (String token : items.get(0).value().split(",")) {
            String t = token.stripLeading();
            if (t.isEmpty()) {
                continue;
            }
            int eq = t.indexOf('=');
            String key = eq < 0 ? t : t.substring(0, eq);
            String problem = eq < 0 ? "has no '=' (xl stops reading the framebuffer there)"
                    : !HVM_DISPLAY_KEYS.contains(key) ? "is not a display setting of the domain model"
                    : !seen.add(key) ? "is given twice" : null;
            if (problem != null) {
                keptVerbatim(last, "vfb `" + t + "` " + problem);
                return false;
            }
            String v = t.substring(eq + 1);
            switch (key) {
                case "vnclisten" -> d.setVnclisten(v);
                case "vncpasswd" -> d.setVncpasswd(v);
                case "keymap" -> d.setKeymap(v);
                default -> {
                    // vnc, vncdisplay, vncunused, sdl: xl reads them with atoi()
                    if (!isDecimal(v) || v.length() > 9) {
                        keptVerbatim(last, "`" + t + "` is not a plain number");
                        return false;
                    }
                    int n = Integer.parseInt(v);
                    switch (key) {
                        case "vnc" -> d.setVnc(n != 0);
                        case "vncunused" -> d.setVncunused(n != 0);
                        case "sdl" -> d.setSdl(n != 0);
                        default -> d.setVncdisplay(n);
                    }
                }
            }
        }
        display = d;
        return true;
    }

    // ------------------------------------------------------------------------------------------------ annotations

    /** {@code #xenophilia: key = value} comments carry the fields xl.cfg has no key for. */
    private void readAnnotations() {
        for (XlComment comment : config.comments()) {
            if (!comment.text().startsWith(ANNOTATION)) {
                continue;
            }
            String body = comment.text().substring(ANNOTATION.length());
            XlConfig parsed;
            try {
                parsed = XlConfigParser.LIBXLU.read(body, source);
            } catch (XlSyntaxException e) {
                annotationWarning(comment, "is not `key = value`: " + e.first().message());
                continue;
            }
            for (XlAssignment a : parsed.assignments()) {
                annotations.add(new Annotation(comment, a));
            }
        }
    }

    private void annotation(XlComment comment, XlAssignment a) {
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
                annotationWarning(comment, "does not name a disk of this file and a field (storage_backend, volume)");
            }
        } else if (key.startsWith("vif.") && v instanceof XlString s) {
            String[] parts = key.split("\\.");
            Vif vif = parts.length == 3 ? item(domain.getVifs(), parts[1]) : null;
            if (vif != null && parts[2].equals("network")) {
                vif.setNetwork(s.value());
            } else {
                annotationWarning(comment, "does not name a vif of this file and a field (network)");
            }
        } else {
            annotationWarning(comment, "is not a Xenophilia annotation (description, tags, disk.N.storage_backend, "
                    + "disk.N.volume, vif.N.network)");
        }
    }

    /** Whether an annotation gives disk {@code index} a storage volume (which provides its target later). */
    private boolean hasVolumeAnnotation(int index) {
        String key = "disk." + index + ".volume";
        return annotations.stream().anyMatch(a -> a.assignment().key().equals(key));
    }

    private static <T> T item(List<T> list, String index) {
        if (!isDecimal(index) || index.length() > 6) {
            return null;
        }
        int i = Integer.parseInt(index);
        return i < list.size() ? list.get(i) : null;
    }

    private void annotationWarning(XlComment comment, String problem) {
        warn(Kind.ANNOTATION, "", comment.position(), "the annotation `" + comment.text() + "` " + problem
                + "; ignored");
    }
}
