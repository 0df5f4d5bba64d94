package org.xenophilia.xl.internal.codec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.Display;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.LifecycleAction;
import org.xenophilia.domain.Vif;
import org.xenophilia.domain.XlKey;
import org.xenophilia.domain.XlParam;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlConfigWriter;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.cfg.XlValue;
import org.xenophilia.xl.codec.XlEncodeException;

/**
 * Writes a {@link Domain} as canonical xl.cfg text: Xenophilia-only fields as {@code #xenophilia:} annotation
 * comments first, then the keys the model represents in the order of the schema (one per line, numbers unquoted,
 * strings double-quoted, booleans 0/1, disks as {@code key=value} specs with {@code target=} last), then, after a
 * blank line, every {@code xlKey} exactly as it was read.
 */
public final class DomainEncoder {

    private final Domain domain;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> written = new HashSet<>();

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

    private String run() throws XlEncodeException {
        annotations();
        string("name", domain.getName());
        string("uuid", domain.getUuid());
        if (domain.isSetType()) {
            string("type", domain.getType().getLiteral());
        }
        if (domain.isSetMemory()) {
            number("memory", domain.getMemory());
        }
        if (domain.isSetMaxmem()) {
            number("maxmem", domain.getMaxmem());
        }
        if (domain.isSetVcpus()) {
            number("vcpus", domain.getVcpus());
        }
        if (domain.isSetMaxvcpus()) {
            number("maxvcpus", domain.getMaxvcpus());
        }
        string("cpus", domain.getCpus());
        string("cpus_soft", domain.getCpusSoft());
        if (domain.isSetCpuWeight()) {
            number("cpu_weight", domain.getCpuWeight());
        }
        if (domain.isSetCap()) {
            number("cap", domain.getCap());
        }
        string("kernel", domain.getKernel());
        string("ramdisk", domain.getRamdisk());
        string("cmdline", domain.getCmdline());
        string("root", domain.getRoot());
        string("extra", domain.getExtra());
        string("bootloader", domain.getBootloader());
        if (!domain.getBootloaderArgs().isEmpty()) {
            assign("bootloader_args", XlConfigWriter.renderList(strings(domain.getBootloaderArgs()), false));
        }
        string("firmware", domain.getFirmware());
        if (domain.isSetOnPoweroff()) {
            action("on_poweroff", domain.getOnPoweroff());
        }
        if (domain.isSetOnReboot()) {
            action("on_reboot", domain.getOnReboot());
        }
        if (domain.isSetOnWatchdog()) {
            action("on_watchdog", domain.getOnWatchdog());
        }
        if (domain.isSetOnCrash()) {
            action("on_crash", domain.getOnCrash());
        }
        if (domain.isSetOnSoftReset()) {
            action("on_soft_reset", domain.getOnSoftReset());
        }
        if (domain.isSetNomigrate()) {
            number("nomigrate", domain.isNomigrate() ? 1 : 0);
        }
        disks();
        vifs();
        display();
        xlKeys();
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------------ scalars

    private void assign(String key, String valueText) {
        out.append(key).append(" = ").append(valueText).append('\n');
        written.add(key);
    }

    private void string(String key, String value) {
        if (value != null) {
            assign(key, XlConfigWriter.quote(value));
        }
    }

    /** Numbers unquoted; a negative one (xl.cfg has no negative number token) quoted, which xl reads the same. */
    private void number(String key, long value) {
        assign(key, value < 0 ? XlConfigWriter.quote(Long.toString(value)) : Long.toString(value));
    }

    private void action(String key, LifecycleAction action) {
        string(key, action.getLiteral());
    }

    private static List<XlValue> strings(List<String> values) {
        List<XlValue> items = new ArrayList<>(values.size());
        for (String v : values) {
            items.add(XlString.of(v));
        }
        return items;
    }

    // ------------------------------------------------------------------------------------------------ annotations

    private void annotations() {
        List<String> lines = new ArrayList<>();
        if (domain.getDescription() != null) {
            lines.add("description = " + XlConfigWriter.quote(domain.getDescription()));
        }
        if (!domain.getTags().isEmpty()) {
            lines.add("tags = " + XlConfigWriter.renderList(strings(domain.getTags()), true));
        }
        for (int i = 0; i < domain.getDisks().size(); i++) {
            Disk disk = domain.getDisks().get(i);
            if (disk.getStorageBackend() != null) {
                lines.add("disk." + i + ".storage_backend = " + XlConfigWriter.quote(disk.getStorageBackend()));
            }
            if (disk.getVolume() != null) {
                lines.add("disk." + i + ".volume = " + XlConfigWriter.quote(disk.getVolume()));
            }
        }
        for (int i = 0; i < domain.getVifs().size(); i++) {
            Vif vif = domain.getVifs().get(i);
            if (vif.getNetwork() != null) {
                lines.add("vif." + i + ".network = " + XlConfigWriter.quote(vif.getNetwork()));
            }
        }
        for (String line : lines) {
            out.append(AnnotationDecoder.PREFIX).append(' ').append(line).append('\n');
        }
    }

    // ------------------------------------------------------------------------------------------------ disks

    private void disks() throws XlEncodeException {
        if (domain.getDisks().isEmpty()) {
            return;
        }
        List<XlValue> specs = new ArrayList<>();
        for (int i = 0; i < domain.getDisks().size(); i++) {
            specs.add(XlString.of(diskSpec(domain.getDisks().get(i), "disks[" + i + "]")));
        }
        assign("disk", XlConfigWriter.renderList(specs, false));
    }

    private static String diskSpec(Disk disk, String path) throws XlEncodeException {
        List<String> params = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        if (disk.isSetFormat()) {
            specParam(params, keys, path, "format", disk.getFormat().getLiteral());
        }
        if (disk.getVdev() != null) {
            specParam(params, keys, path, "vdev", disk.getVdev());
        }
        if (disk.isSetAccess()) {
            specParam(params, keys, path, "access", disk.getAccess() == DiskAccess.RO ? "ro" : "rw");
        }
        if (disk.isSetDevtype() && disk.getDevtype() == DiskDeviceType.CDROM) {
            specParam(params, keys, path, "devtype", "cdrom");
        }
        if (disk.isSetBackendtype()) {
            specParam(params, keys, path, "backendtype", disk.getBackendtype().getLiteral());
        }
        if (disk.getBackend() != null) {
            specParam(params, keys, path, "backend", disk.getBackend());
        }
        if (disk.getScript() != null) {
            specParam(params, keys, path, "script", disk.getScript());
        }
        for (int j = 0; j < disk.getXlParams().size(); j++) {
            XlParam p = disk.getXlParams().get(j);
            String paramPath = path + ".xlParams[" + j + "]";
            if ("target".equals(p.getKey())) {
                throw new XlEncodeException(paramPath, p.getKey(), "target is an attribute of the disk, not a "
                        + "parameter");
            }
            xlParam(params, keys, paramPath, p);
        }
        if (disk.getTarget() != null) {
            String target = disk.getTarget();
            if (target.endsWith(",")) {
                throw new XlEncodeException(path + ".target", target, "xl drops a comma at the end of a disk target");
            }
            if (!target.equals(target.stripLeading())) {
                throw new XlEncodeException(path + ".target", target, "a disk target cannot start with a blank");
            }
            params.add("target=" + target);
        }
        return String.join(",", params);
    }

    private static void specParam(List<String> params, Set<String> keys, String path, String key, String value)
            throws XlEncodeException {
        if (value.indexOf(',') >= 0) {
            throw new XlEncodeException(path + "." + key, value, "a comma cannot be written inside a spec value "
                    + "(xl splits the spec at commas)");
        }
        keys.add(key);
        params.add(key + "=" + value);
    }

    private static void xlParam(List<String> params, Set<String> keys, String path, XlParam p)
            throws XlEncodeException {
        String key = p.getKey();
        if (key == null || !XlParams.isKey(key)) {
            throw new XlEncodeException(path + ".key", String.valueOf(key), "not a spec keyword (a letter, then "
                    + "letters, digits, _ and -)");
        }
        if (keys.contains(key)) {
            throw new XlEncodeException(path + ".key", key, "the keyword is also set as an attribute");
        }
        if (p.getValue() == null) {
            params.add(key);
        } else {
            specParam(params, new HashSet<>(), path, key, p.getValue());
        }
    }

    // ------------------------------------------------------------------------------------------------ vifs

    private void vifs() throws XlEncodeException {
        if (domain.getVifs().isEmpty()) {
            return;
        }
        List<XlValue> specs = new ArrayList<>();
        for (int i = 0; i < domain.getVifs().size(); i++) {
            specs.add(XlString.of(vifSpec(domain.getVifs().get(i), "vifs[" + i + "]")));
        }
        assign("vif", XlConfigWriter.renderList(specs, false));
    }

    private static String vifSpec(Vif vif, String path) throws XlEncodeException {
        List<String> params = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        vifParam(params, keys, path, "mac", vif.getMac());
        vifParam(params, keys, path, "ip", vif.getIp());
        vifParam(params, keys, path, "bridge", vif.getBridge());
        vifParam(params, keys, path, "backend", vif.getBackend());
        vifParam(params, keys, path, "script", vif.getScript());
        vifParam(params, keys, path, "vifname", vif.getVifname());
        vifParam(params, keys, path, "type", vif.isSetType() ? vif.getType().getLiteral() : null);
        vifParam(params, keys, path, "model", vif.getModel());
        vifParam(params, keys, path, "rate", vif.getRate());
        vifParam(params, keys, path, "mtu", vif.isSetMtu() ? Integer.toString(vif.getMtu()) : null);
        for (int j = 0; j < vif.getXlParams().size(); j++) {
            xlParam(params, keys, path + ".xlParams[" + j + "]", vif.getXlParams().get(j));
        }
        return String.join(",", params);
    }

    private static void vifParam(List<String> params, Set<String> keys, String path, String key, String value)
            throws XlEncodeException {
        if (value != null) {
            specParam(params, keys, path, key, value);
        }
    }

    // ------------------------------------------------------------------------------------------------ display

    private void display() throws XlEncodeException {
        Display d = domain.getDisplay();
        if (d == null) {
            return;
        }
        if (domain.isSetType() && domain.getType() == DomainType.HVM) {
            if (d.isSetVnc()) {
                number("vnc", d.isVnc() ? 1 : 0);
            }
            string("vnclisten", d.getVnclisten());
            if (d.isSetVncdisplay()) {
                number("vncdisplay", d.getVncdisplay());
            }
            string("vncpasswd", d.getVncpasswd());
            if (d.isSetVncunused()) {
                number("vncunused", d.isVncunused() ? 1 : 0);
            }
            if (d.isSetSdl()) {
                number("sdl", d.isSdl() ? 1 : 0);
            }
            string("keymap", d.getKeymap());
            return;
        }
        List<String> params = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        if (d.isSetVnc()) {
            vifParam(params, keys, "display", "vnc", d.isVnc() ? "1" : "0");
        }
        vifParam(params, keys, "display", "vnclisten", d.getVnclisten());
        if (d.isSetVncdisplay()) {
            vifParam(params, keys, "display", "vncdisplay", Integer.toString(d.getVncdisplay()));
        }
        vifParam(params, keys, "display", "vncpasswd", d.getVncpasswd());
        if (d.isSetVncunused()) {
            vifParam(params, keys, "display", "vncunused", d.isVncunused() ? "1" : "0");
        }
        if (d.isSetSdl()) {
            vifParam(params, keys, "display", "sdl", d.isSdl() ? "1" : "0");
        }
        vifParam(params, keys, "display", "keymap", d.getKeymap());
        assign("vfb", XlConfigWriter.renderList(List.of(XlString.of(String.join(",", params))), false));
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
            if (written.contains(key)) {
                throw new XlEncodeException(path + ".key", key, "the domain model already sets this key");
            }
            String op = x.isAppend() ? " += " : " = ";
            String value = x.getValue() == null ? "" : x.getValue();
            checkRawValue(path, key, op, value);
            if (first && out.length() > 0) {
                out.append('\n');
            }
            first = false;
            out.append(key).append(op).append(value).append('\n');
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
