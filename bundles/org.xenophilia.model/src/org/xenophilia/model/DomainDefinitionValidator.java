package org.xenophilia.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskBackendType;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.DiskFormat;
import org.xenophilia.domain.Display;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.LifecycleAction;
import org.xenophilia.domain.Vif;
import org.xenophilia.domain.XlKey;
import org.xenophilia.domain.XlParam;
import org.xenophilia.domain.util.DomainValidator;
import org.xenophilia.model.DomainProblem.Severity;
import org.xenophilia.model.internal.xml.ModelText;
import org.xenophilia.model.internal.xml.SourceLocations;

/**
 * Checks a domain definition: the schema's constraints (types, ranges, patterns, required settings; through the EMF
 * {@code Diagnostician} and the generated {@link DomainValidator}) and the cross-field rules of {@link DomainRule}
 * (maxmem &gt;= memory, unique vdevs and MACs, a PV guest has something to boot, ...).
 * <p>
 * Every problem names the field (a path such as {@code disks[1].vdev}) and its value, and carries the source line
 * when the domain was loaded with {@link DomainDefinitions}. The validator never changes the domain. Thread-safe.
 */
public final class DomainDefinitionValidator {

    private static final Fields F = new Fields();
    private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}");
    private static final Pattern NIL_UUID = Pattern.compile("0{8}-0{4}-0{4}-0{4}-0{12}");
    /**
     * A disk's volume: an SR's uuid, a slash, and a name any storage backend can list (the SPI's volume names, and the
     * snapshots' names made of two: {@code web@before} in a file repository, {@code web+before} in an lvm one); never
     * a path, an option or shell syntax.
     */
    private static final Pattern VOLUME_REFERENCE = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
            + "/[A-Za-z0-9][A-Za-z0-9_.+@-]{0,127}");
    private static final Set<String> PVGRUB = Set.of("pvgrub32", "pvgrub64");
    private static final Set<String> HVM_FIRMWARE = Set.of("bios", "uefi", "seabios", "rombios", "ovmf");
    private static final int LINUX_IFNAME_MAX = 15;
    private static final String EMU_SUFFIX = "-emu";

    /** xlKey keys whose value may legitimately be kept raw although the model knows the key (see rule docs). */
    private static final Set<String> RAW_FORMS_ALLOWED = Set.of("cpus", "cpus_soft", "bootloader_args", "vfb");

    private DomainDefinitionValidator() {
    }

    /**
     * Checks a domain against the schema and every cross-field rule.
     *
     * @param domain the domain, loaded or built in code
     * @return all problems, schema problems first, then rule problems in field order; empty when there are none
     */
    public static List<DomainProblem> validate(Domain domain) {
        List<DomainProblem> problems = new ArrayList<>(validateSchema(domain));
        checkRules(domain, problems);
        return problems;
    }

    /**
     * Checks a domain against the schema only: value types and facets, required settings. A domain returned by
     * {@link DomainDefinitions#load} passes this check.
     *
     * @param domain the domain
     * @return the problems (all errors), empty when there are none
     */
    public static List<DomainProblem> validateSchema(Domain domain) {
        return DomainDefinitions.schemaProblems(domain);
    }

    /**
     * Tells whether a list of problems contains an error.
     *
     * @param problems problems from this validator or from a {@link DomainDefinitionException}
     * @return true when at least one has severity {@link Severity#ERROR}
     */
    public static boolean hasErrors(Collection<DomainProblem> problems) {
        return problems.stream().anyMatch(DomainProblem::isError);
    }

    // ------------------------------------------------------------------------------------------- cross-field rules

    private static void checkRules(Domain domain, List<DomainProblem> out) {
        Problems problems = new Problems(out);
        DomainType type = domain.isSetType() ? domain.getType() : DomainType.PV;
        String typeText = domain.isSetType() ? type.getLiteral() : "pv (type is not set)";

        checkIdentity(domain, problems);
        checkResources(domain, type, problems);
        checkBoot(domain, type, typeText, problems);
        checkActions(domain, type, typeText, problems);
        checkDisks(domain, problems);
        checkVifs(domain, type, typeText, problems);
        if (domain.getDisplay() != null) {
            checkDisplay(domain.getDisplay(), problems);
        }
        checkXlKeys(domain, problems);
    }

    private static void checkIdentity(Domain domain, Problems problems) {
        if (domain.getName() != null && domain.getName().equalsIgnoreCase("Domain-0")) {
            problems.add(DomainRule.RESERVED_NAME, domain, F.name, -1, domain.getName(), "name " + domain.getName()
                    + " is the name of the control domain (dom0); choose another name");
        }
        if (domain.getUuid() != null && NIL_UUID.matcher(domain.getUuid()).matches()) {
            problems.add(DomainRule.NIL_UUID, domain, F.uuid, -1, domain.getUuid(), "uuid " + domain.getUuid()
                    + " is the nil UUID; set a real UUID or remove uuid to let xl generate one");
        }
        List<String> tags = domain.getTags();
        for (int i = 0; i < tags.size(); i++) {
            int first = tags.indexOf(tags.get(i));
            if (first < i) {
                problems.add(DomainRule.DUPLICATE_TAG, domain, F.tags, i, tags.get(i), "tags[" + i + "] "
                        + tags.get(i) + " appears more than once (also tags[" + first + "])");
            }
        }
    }

    private static void checkResources(Domain domain, DomainType type, Problems problems) {
        if (domain.isSetMemory() && domain.isSetMaxmem()) {
            if (domain.getMaxmem() < domain.getMemory()) {
                problems.add(DomainRule.MAXMEM_BELOW_MEMORY, domain, F.maxmem, -1, domain.getMaxmem(), "maxmem "
                        + domain.getMaxmem() + " MiB is less than memory " + domain.getMemory()
                        + " MiB; maxmem must be at least memory");
            } else if (type == DomainType.HVM && domain.getMaxmem() > domain.getMemory()) {
                problems.add(DomainRule.HVM_PREBALLOONED, domain, F.maxmem, -1, domain.getMaxmem(), "maxmem "
                        + domain.getMaxmem() + " MiB is more than memory " + domain.getMemory()
                        + " MiB on an hvm guest: it starts pre-ballooned and crashes unless the guest runs a "
                        + "balloon driver");
            }
        }
        if (domain.isSetVcpus() && domain.isSetMaxvcpus() && domain.getMaxvcpus() < domain.getVcpus()) {
            problems.add(DomainRule.MAXVCPUS_BELOW_VCPUS, domain, F.maxvcpus, -1, domain.getMaxvcpus(), "maxvcpus "
                    + domain.getMaxvcpus() + " is less than vcpus " + domain.getVcpus()
                    + "; maxvcpus must be at least vcpus");
        }
    }

    private static void checkBoot(Domain domain, DomainType type, String typeText, Problems problems) {
        String kernel = domain.getKernel();
        String bootloader = domain.getBootloader();
        String firmware = domain.getFirmware();
        if (type == DomainType.PV && kernel == null && bootloader == null
                && (firmware == null || !PVGRUB.contains(firmware))) {
            problems.add(DomainRule.NO_BOOT_SOURCE, domain, F.kernel, -1, null, "kernel is missing: a guest of type "
                    + typeText + " needs kernel, bootloader or firmware pvgrub32/pvgrub64 to boot");
        } else if (type == DomainType.PVH && kernel == null && bootloader == null && firmware == null) {
            problems.add(DomainRule.NO_BOOT_SOURCE, domain, F.kernel, -1, null, "kernel is missing: a guest of type "
                    + typeText + " needs kernel, bootloader or a firmware image to boot");
        }
        if (firmware != null) {
            if (PVGRUB.contains(firmware) && type != DomainType.PV) {
                problems.add(DomainRule.FIRMWARE_TYPE, domain, F.firmware, -1, firmware, "firmware " + firmware
                        + " is for pv guests, but type is " + typeText);
            } else if (HVM_FIRMWARE.contains(firmware) && type != DomainType.HVM) {
                problems.add(DomainRule.FIRMWARE_TYPE, domain, F.firmware, -1, firmware, "firmware " + firmware
                        + " is for hvm guests, but type is " + typeText);
            }
        }
        if (domain.getCmdline() != null) {
            if (domain.getRoot() != null) {
                problems.add(DomainRule.CMDLINE_OVERRIDES, domain, F.root, -1, domain.getRoot(), "root "
                        + domain.getRoot() + " is ignored because cmdline is set; put root=" + domain.getRoot()
                        + " into cmdline instead");
            }
            if (domain.getExtra() != null) {
                problems.add(DomainRule.CMDLINE_OVERRIDES, domain, F.extra, -1, domain.getExtra(), "extra "
                        + ModelText.quote(domain.getExtra())
                        + " is ignored because cmdline is set; put it into cmdline instead");
            }
        }
        if (kernel == null && bootloader == null) {
            for (EAttribute attribute : List.of(F.ramdisk, F.cmdline, F.root, F.extra)) {
                Object value = domain.eGet(attribute);
                if (value != null) {
                    problems.add(DomainRule.KERNEL_SETTING_UNUSED, domain, attribute, -1, value, attribute.getName()
                            + " " + ModelText.quote(value) + " has no effect: neither kernel nor bootloader is set");
                }
            }
        }
        if (bootloader == null && !domain.getBootloaderArgs().isEmpty()) {
            problems.add(DomainRule.BOOTLOADER_ARGS_UNUSED, domain, F.bootloaderArgs, 0,
                    domain.getBootloaderArgs().get(0), "bootloaderArgs " + domain.getBootloaderArgs()
                            + " have no effect: bootloader is not set");
        }
        if (bootloader != null && type == DomainType.HVM) {
            problems.add(DomainRule.BOOTLOADER_ON_HVM, domain, F.bootloader, -1, bootloader, "bootloader "
                    + bootloader + " is ignored for an hvm guest, which boots from its firmware");
        }
    }

    private static void checkActions(Domain domain, DomainType type, String typeText, Problems problems) {
        if (type == DomainType.HVM) {
            return;
        }
        for (EAttribute attribute : List.of(F.onPoweroff, F.onReboot, F.onWatchdog, F.onCrash)) {
            if (domain.eIsSet(attribute) && domain.eGet(attribute) == LifecycleAction.SOFT_RESET) {
                problems.add(DomainRule.SOFT_RESET_UNSUPPORTED, domain, attribute, -1, "soft-reset",
                        attribute.getName() + " soft-reset is supported for Xen-aware hvm guests only, but type is "
                                + typeText);
            }
        }
    }

    private static void checkDisks(Domain domain, Problems problems) {
        Map<String, Integer> vdevs = new HashMap<>();
        List<Disk> disks = domain.getDisks();
        for (int i = 0; i < disks.size(); i++) {
            Disk disk = disks.get(i);
            String at = "disks[" + i + "]";
            if (disk.getVdev() != null) {
                Integer first = vdevs.putIfAbsent(disk.getVdev(), i);
                if (first != null) {
                    problems.add(DomainRule.DUPLICATE_VDEV, disk, F.vdev, -1, disk.getVdev(), at + ".vdev "
                            + disk.getVdev() + " is already used by disks[" + first + "]");
                }
            }
            boolean cdrom = disk.isSetDevtype() && disk.getDevtype() == DiskDeviceType.CDROM;
            String backend = disk.getStorageBackend();
            String volume = disk.getVolume();
            if (disk.getTarget() == null && backend == null && volume == null && !cdrom) {
                problems.add(DomainRule.DISK_WITHOUT_SOURCE, disk, F.target, -1, null, at
                        + ".target is missing: the disk has neither a target nor a storageBackend and volume (only "
                        + "a cdrom drive may be empty)");
            }
            if (backend != null && volume == null) {
                problems.add(DomainRule.INCOMPLETE_VOLUME, disk, F.volume, -1, null, at + ".volume is missing: "
                        + at + ".storageBackend " + backend + " needs a volume");
            } else if (volume != null && backend == null) {
                problems.add(DomainRule.INCOMPLETE_VOLUME, disk, F.storageBackend, -1, null, at
                        + ".storageBackend is missing: " + at + ".volume " + volume + " needs a storage backend");
            } else if (volume != null && !VOLUME_REFERENCE.matcher(volume).matches()) {
                problems.add(DomainRule.VOLUME_REFERENCE, disk, F.volume, -1, volume, at + ".volume " + volume
                        + " is not <SR uuid>/<volume name>");
            } else if (volume != null && disk.getTarget() != null) {
                problems.add(DomainRule.TARGET_AND_VOLUME, disk, F.target, -1, disk.getTarget(), at + ".target "
                        + disk.getTarget() + " will be replaced by the path storage backend " + backend
                        + " resolves for volume " + volume);
            }
            if (disk.isSetBackendtype() && disk.isSetFormat() && disk.getFormat() != DiskFormat.RAW
                    && (disk.getBackendtype() == DiskBackendType.PHY
                            || disk.getBackendtype() == DiskBackendType.STANDALONE)) {
                problems.add(DomainRule.FORMAT_BACKEND, disk, F.format, -1, disk.getFormat().getLiteral(), at
                        + ".format " + disk.getFormat().getLiteral() + " is not supported by backendtype "
                        + disk.getBackendtype().getLiteral() + ", which handles raw only");
            }
            if (cdrom && disk.isSetAccess() && disk.getAccess() == DiskAccess.RW) {
                problems.add(DomainRule.WRITABLE_CDROM, disk, F.access, -1, "rw", at
                        + ".access rw on a cdrom drive: a CD-ROM is read-only, use ro");
            }
            checkXlParams(disk, at, disk.getXlParams(), XlCfgVocabulary.DISK_KEYWORDS, "disk", problems);
        }
    }

    private static void checkVifs(Domain domain, DomainType type, String typeText, Problems problems) {
        Map<String, Integer> macs = new HashMap<>();
        Map<String, Integer> vifnames = new HashMap<>();
        List<Vif> vifs = domain.getVifs();
        for (int i = 0; i < vifs.size(); i++) {
            Vif vif = vifs.get(i);
            String at = "vifs[" + i + "]";
            String mac = vif.getMac();
            if (mac != null && MAC.matcher(mac).matches()) {
                Integer first = macs.putIfAbsent(mac.toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    problems.add(DomainRule.DUPLICATE_MAC, vif, F.mac, -1, mac, at + ".mac " + mac
                            + " is already used by vifs[" + first + "]");
                }
                if ((Integer.parseInt(mac.substring(0, 2), 16) & 1) != 0) {
                    problems.add(DomainRule.MULTICAST_MAC, vif, F.mac, -1, mac, at + ".mac " + mac
                            + " is a multicast address; a guest NIC needs a unicast address (even first byte, "
                            + "e.g. 00:16:3e:xx:xx:xx)");
                }
            }
            if (vif.getBridge() != null && vif.getNetwork() != null) {
                problems.add(DomainRule.BRIDGE_AND_NETWORK, vif, F.network, -1, vif.getNetwork(), at
                        + " is attached to both bridge " + vif.getBridge() + " and network " + vif.getNetwork()
                        + "; keep only one of them");
            }
            String vifname = vif.getVifname();
            if (vifname != null) {
                Integer first = vifnames.putIfAbsent(vifname, i);
                if (first != null) {
                    problems.add(DomainRule.DUPLICATE_VIFNAME, vif, F.vifname, -1, vifname, at + ".vifname "
                            + vifname + " is already used by vifs[" + first + "]");
                }
                if (type == DomainType.HVM && vifname.length() + EMU_SUFFIX.length() > LINUX_IFNAME_MAX
                        && vifname.length() <= LINUX_IFNAME_MAX) {
                    problems.add(DomainRule.VIFNAME_TOO_LONG, vif, F.vifname, -1, vifname, at + ".vifname "
                            + vifname + " has " + vifname.length() + " characters: on an hvm guest its tap twin "
                            + vifname + EMU_SUFFIX + " exceeds the " + LINUX_IFNAME_MAX
                            + "-character limit of interface names");
                }
            }
            if (type != DomainType.HVM) {
                if (vif.isSetType()) {
                    problems.add(DomainRule.HVM_ONLY_VIF_SETTING, vif, F.vifType, -1, vif.getType().getLiteral(), at
                            + ".type " + vif.getType().getLiteral() + " applies to hvm guests only, but type is "
                            + typeText);
                }
                if (vif.getModel() != null) {
                    problems.add(DomainRule.HVM_ONLY_VIF_SETTING, vif, F.model, -1, vif.getModel(), at + ".model "
                            + vif.getModel() + " applies to hvm guests only, but type is " + typeText);
                }
            }
            checkXlParams(vif, at, vif.getXlParams(), XlCfgVocabulary.VIF_KEYWORDS, "vif", problems);
        }
    }

    private static void checkXlParams(EObject owner, String at, List<XlParam> params,
            Map<String, EAttribute> modelled, String kind, Problems problems) {
        for (int j = 0; j < params.size(); j++) {
            XlParam param = params.get(j);
            EAttribute attribute = param.getKey() == null ? null : modelled.get(param.getKey());
            if (attribute != null) {
                String field = attribute.getName();
                problems.add(DomainRule.XLPARAM_SHADOWS_MODEL, param, F.xlParamKey, -1, param.getKey(), at
                        + ".xlParams[" + j + "].key " + param.getKey() + " is a " + kind
                        + " setting the model represents; set " + at + "." + field + " instead");
            }
        }
    }

    private static void checkDisplay(Display display, Problems problems) {
        String listen = display.getVnclisten();
        if (display.isSetVncdisplay() && listen != null && listen.contains(":")) {
            problems.add(DomainRule.VNC_DISPLAY_TWICE, display, F.vncdisplay, -1, display.getVncdisplay(),
                    "display.vncdisplay " + display.getVncdisplay() + " conflicts with the display number in "
                            + "display.vnclisten " + listen + "; give the display number only once");
        }
        boolean vncOn = !display.isSetVnc() || display.isVnc();
        if (!vncOn) {
            for (EAttribute attribute : List.of(F.vnclisten, F.vncdisplay, F.vncpasswd, F.vncunused)) {
                if (display.eIsSet(attribute)) {
                    Object value = attribute == F.vncpasswd ? "(hidden)" : display.eGet(attribute);
                    problems.add(DomainRule.VNC_SETTINGS_UNUSED, display, attribute, -1,
                            attribute == F.vncpasswd ? null : value, "display." + attribute.getName() + " " + value
                                    + " has no effect because display.vnc is false");
                }
            }
        }
        if (vncOn && listen != null && !isLoopback(listen)
                && (display.getVncpasswd() == null || display.getVncpasswd().isEmpty())) {
            problems.add(DomainRule.VNC_WITHOUT_PASSWORD, display, F.vnclisten, -1, listen, "display.vnclisten "
                    + listen + " exposes the VNC console to the network without a password; set display.vncpasswd "
                    + "or listen on 127.0.0.1");
        }
    }

    private static boolean isLoopback(String listen) {
        int colon = listen.indexOf(':');
        String host = colon < 0 ? listen : listen.substring(0, colon);
        return host.startsWith("127.") || host.equalsIgnoreCase("localhost");
    }

    private static void checkXlKeys(Domain domain, Problems problems) {
        Map<String, Integer> assigned = new HashMap<>();
        List<XlKey> keys = domain.getXlKeys();
        for (int i = 0; i < keys.size(); i++) {
            XlKey key = keys.get(i);
            String name = key.getKey();
            if (name == null) {
                continue;
            }
            String at = "xlKeys[" + i + "].key";
            EStructuralFeature field = XlCfgVocabulary.MODELLED_KEYS.get(name);
            if (field != null) {
                if (isSet(domain, field)) {
                    problems.add(DomainRule.XLKEY_SHADOWS_MODEL, key, F.xlKeyKey, -1, name, at + " " + name
                            + " duplicates the field " + field.getName() + ", which is set too; keep only the field");
                } else if (!rawFormAllowed(name, key.getValue())) {
                    problems.add(DomainRule.XLKEY_MODELLED_KEY, key, F.xlKeyKey, -1, name, at + " " + name
                            + " is kept as raw text and not checked; set the field " + field.getName()
                            + " instead");
                }
            }
            if (!key.isAppend()) {
                Integer first = assigned.put(name, i);
                if (first != null) {
                    problems.add(DomainRule.DUPLICATE_XLKEY, key, F.xlKeyKey, -1, name, at + " " + name
                            + " is assigned again (first in xlKeys[" + first + "]); xl uses only the last assignment");
                }
            }
        }
    }

    private static boolean isSet(Domain domain, EStructuralFeature field) {
        if (field.isMany()) {
            return !((List<?>) domain.eGet(field)).isEmpty();
        }
        return domain.eIsSet(field);
    }

    /**
     * Forms of modelled keys the model cannot hold: the per-vCPU list form of cpus/cpus_soft, the deprecated string
     * form of bootloader_args, and vfb lists the single {@code display} does not cover.
     */
    private static boolean rawFormAllowed(String key, String value) {
        if (!RAW_FORMS_ALLOWED.contains(key)) {
            return false;
        }
        boolean list = value != null && value.strip().startsWith("[");
        return key.equals("bootloader_args") ? !list : list;
    }

    /** Collects rule problems with path and source location. */
    private record Problems(List<DomainProblem> out) {
        void add(DomainRule rule, EObject object, EStructuralFeature feature, int index, Object value,
                String message) {
            out.add(new DomainProblem(rule.severity(), rule, ModelText.path(object, feature, index),
                    value == null ? null : String.valueOf(value), message,
                    SourceLocations.of(object, feature, index)));
        }
    }

    /** The features the rules talk about, by their model names. */
    private static final class Fields {
        final DomainPackage p = DomainPackage.eINSTANCE;
        final EAttribute name = p.getDomain_Name();
        final EAttribute uuid = p.getDomain_Uuid();
        final EAttribute tags = p.getDomain_Tags();
        final EAttribute maxmem = p.getDomain_Maxmem();
        final EAttribute maxvcpus = p.getDomain_Maxvcpus();
        final EAttribute kernel = p.getDomain_Kernel();
        final EAttribute ramdisk = p.getDomain_Ramdisk();
        final EAttribute cmdline = p.getDomain_Cmdline();
        final EAttribute root = p.getDomain_Root();
        final EAttribute extra = p.getDomain_Extra();
        final EAttribute bootloader = p.getDomain_Bootloader();
        final EAttribute bootloaderArgs = p.getDomain_BootloaderArgs();
        final EAttribute firmware = p.getDomain_Firmware();
        final EAttribute onPoweroff = p.getDomain_OnPoweroff();
        final EAttribute onReboot = p.getDomain_OnReboot();
        final EAttribute onWatchdog = p.getDomain_OnWatchdog();
        final EAttribute onCrash = p.getDomain_OnCrash();
        final EAttribute vdev = p.getDisk_Vdev();
        final EAttribute target = p.getDisk_Target();
        final EAttribute volume = p.getDisk_Volume();
        final EAttribute storageBackend = p.getDisk_StorageBackend();
        final EAttribute format = p.getDisk_Format();
        final EAttribute access = p.getDisk_Access();
        final EAttribute mac = p.getVif_Mac();
        final EAttribute network = p.getVif_Network();
        final EAttribute vifname = p.getVif_Vifname();
        final EAttribute vifType = p.getVif_Type();
        final EAttribute model = p.getVif_Model();
        final EAttribute vnclisten = p.getDisplay_Vnclisten();
        final EAttribute vncdisplay = p.getDisplay_Vncdisplay();
        final EAttribute vncpasswd = p.getDisplay_Vncpasswd();
        final EAttribute vncunused = p.getDisplay_Vncunused();
        final EAttribute xlKeyKey = p.getXlKey_Key();
        final EAttribute xlParamKey = p.getXlParam_Key();
    }
}
