package org.xenophilia.model;

import static java.util.Map.entry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.xenophilia.domain.DomainPackage.Literals;

/**
 * The xl.cfg vocabulary of the domain model: which xl.cfg(5) key, and which keyword of a disk, vif or vfb spec, each
 * field of the model represents. Everyone who maps between xl.cfg and the model takes these tables from here: the
 * {@link DomainDefinitionValidator} (an {@code xlKey} or {@code xlParam} must not carry what a field represents) and
 * the xl.cfg codec of {@code org.xenophilia.xl} (what it reads into fields, what it writes, and in which order).
 * <p>
 * The tables live in the model, beside the schema whose elements are named after these keys, because the codec
 * depends on the model and not the reverse. They are written out rather than derived from the feature names: the
 * names do not always match (the feature {@code disks} is the key {@code disk}, {@code display} is {@code vfb} or
 * seven top-level keys, the flag {@code cdrom} is {@code devtype}), and Ecore keeps attributes in alphabetical order,
 * not in the order xl.cfg files are written.
 * <p>
 * Fields with no xl.cfg form are in no table: the description, the tags, a disk's {@code storageBackend} and
 * {@code volume}, a vif's {@code network} (the codec carries them as {@code #xenophilia:} comments), and the raw
 * {@code xlKeys} and {@code xlParams}. All maps are unmodifiable and iterate in the order given here.
 */
public final class XlCfgVocabulary {

    /** The key of the framebuffer list, which holds the display of a PV or PVH guest. */
    public static final String FRAMEBUFFER_KEY = "vfb";

    /**
     * Top-level keys read for every guest type, and the {@code Domain} feature each sets, in the schema's order (the
     * order the codec writes them). The display is not among them: see {@link #DISPLAY_KEYWORDS}.
     */
    public static final Map<String, EStructuralFeature> DOMAIN_KEYS = ordered(
            entry("name", Literals.DOMAIN__NAME),
            entry("uuid", Literals.DOMAIN__UUID),
            entry("type", Literals.DOMAIN__TYPE),
            entry("memory", Literals.DOMAIN__MEMORY),
            entry("maxmem", Literals.DOMAIN__MAXMEM),
            entry("vcpus", Literals.DOMAIN__VCPUS),
            entry("maxvcpus", Literals.DOMAIN__MAXVCPUS),
            entry("cpus", Literals.DOMAIN__CPUS),
            entry("cpus_soft", Literals.DOMAIN__CPUS_SOFT),
            entry("cpu_weight", Literals.DOMAIN__CPU_WEIGHT),
            entry("cap", Literals.DOMAIN__CAP),
            entry("kernel", Literals.DOMAIN__KERNEL),
            entry("ramdisk", Literals.DOMAIN__RAMDISK),
            entry("cmdline", Literals.DOMAIN__CMDLINE),
            entry("root", Literals.DOMAIN__ROOT),
            entry("extra", Literals.DOMAIN__EXTRA),
            entry("bootloader", Literals.DOMAIN__BOOTLOADER),
            entry("bootloader_args", Literals.DOMAIN__BOOTLOADER_ARGS),
            entry("firmware", Literals.DOMAIN__FIRMWARE),
            entry("on_poweroff", Literals.DOMAIN__ON_POWEROFF),
            entry("on_reboot", Literals.DOMAIN__ON_REBOOT),
            entry("on_watchdog", Literals.DOMAIN__ON_WATCHDOG),
            entry("on_crash", Literals.DOMAIN__ON_CRASH),
            entry("on_soft_reset", Literals.DOMAIN__ON_SOFT_RESET),
            entry("nomigrate", Literals.DOMAIN__NOMIGRATE),
            entry("disk", Literals.DOMAIN__DISKS),
            entry("vif", Literals.DOMAIN__VIFS));

    /**
     * The display settings and the {@code Display} attribute each sets, in the order written: top-level keys of an
     * HVM guest, and the keywords of the {@link #FRAMEBUFFER_KEY vfb} entry of a PV or PVH guest.
     */
    public static final Map<String, EAttribute> DISPLAY_KEYWORDS = ordered(
            entry("vnc", Literals.DISPLAY__VNC),
            entry("vnclisten", Literals.DISPLAY__VNCLISTEN),
            entry("vncdisplay", Literals.DISPLAY__VNCDISPLAY),
            entry("vncpasswd", Literals.DISPLAY__VNCPASSWD),
            entry("vncunused", Literals.DISPLAY__VNCUNUSED),
            entry("sdl", Literals.DISPLAY__SDL),
            entry("keymap", Literals.DISPLAY__KEYMAP));

    /**
     * The keywords of a disk spec (xl-disk-configuration(5)) and the {@code Disk} attribute each sets: the positional
     * parameters first, then the rest; the flag {@code cdrom} means {@code devtype=cdrom}.
     */
    public static final Map<String, EAttribute> DISK_KEYWORDS = ordered(
            entry("target", Literals.DISK__TARGET),
            entry("format", Literals.DISK__FORMAT),
            entry("vdev", Literals.DISK__VDEV),
            entry("access", Literals.DISK__ACCESS),
            entry("devtype", Literals.DISK__DEVTYPE),
            entry("cdrom", Literals.DISK__DEVTYPE),
            entry("backendtype", Literals.DISK__BACKENDTYPE),
            entry("backend", Literals.DISK__BACKEND),
            entry("script", Literals.DISK__SCRIPT));

    /**
     * The keywords of a vif spec (xl-network-configuration(5)) and the {@code Vif} attribute each sets, in the order
     * written.
     */
    public static final Map<String, EAttribute> VIF_KEYWORDS = ordered(
            entry("mac", Literals.VIF__MAC),
            entry("ip", Literals.VIF__IP),
            entry("bridge", Literals.VIF__BRIDGE),
            entry("backend", Literals.VIF__BACKEND),
            entry("script", Literals.VIF__SCRIPT),
            entry("vifname", Literals.VIF__VIFNAME),
            entry("type", Literals.VIF__TYPE),
            entry("model", Literals.VIF__MODEL),
            entry("rate", Literals.VIF__RATE),
            entry("mtu", Literals.VIF__MTU));

    /**
     * Every top-level key the model represents for some guest type, and the {@code Domain} feature it sets:
     * {@link #DOMAIN_KEYS}, then {@link #FRAMEBUFFER_KEY vfb} and the {@link #DISPLAY_KEYWORDS display keys}, which set
     * the display.
     */
    public static final Map<String, EStructuralFeature> MODELLED_KEYS = modelledKeys();

    private XlCfgVocabulary() {
    }

    private static Map<String, EStructuralFeature> modelledKeys() {
        Map<String, EStructuralFeature> keys = new LinkedHashMap<>(DOMAIN_KEYS);
        keys.put(FRAMEBUFFER_KEY, Literals.DOMAIN__DISPLAY);
        for (String key : DISPLAY_KEYWORDS.keySet()) {
            keys.put(key, Literals.DOMAIN__DISPLAY);
        }
        return Collections.unmodifiableMap(keys);
    }

    /** An unmodifiable map of the entries, in their order. */
    @SafeVarargs
    private static <F extends EStructuralFeature> Map<String, F> ordered(Map.Entry<String, ? extends F>... entries) {
        Map<String, F> map = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends F> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(map);
    }
}
