package org.xenophilia.xl.internal.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskBackendType;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.DiskFormat;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlPosition;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlValue;
import org.xenophilia.xl.codec.XlDiskSpec;
import org.xenophilia.xl.codec.XlSpecParam;
import org.xenophilia.xl.codec.XlWarning.Kind;

/**
 * Reads the {@code disk} list into disks: each spec as {@link XlDiskSpec} reads it, keywords the model does not
 * represent kept as {@code xlParam}s. If xl rejects one spec, the whole list is kept verbatim.
 */
final class DiskDecoder {

    private final DecodeWarnings warnings;
    private final XlValueReader values;

    DiskDecoder(DecodeWarnings warnings, XlValueReader values) {
        this.warnings = warnings;
        this.values = values;
    }

    /**
     * @param value     the value of {@code disk}
     * @param last      its last assignment
     * @param hasVolume whether an annotation gives the disk of an index a storage volume, which provides its target
     *                  later (so its spec may lack one)
     * @param into      receives the disks, all or none
     * @return whether the model holds the list (else it was reported as kept verbatim)
     */
    boolean decode(XlValue value, XlAssignment last, IntPredicate hasVolume, List<Disk> into) {
        List<XlString> items = values.strings(value, last);
        if (items == null) {
            return false;
        }
        List<Disk> disks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            XlString item = items.get(i);
            XlDiskSpec spec = XlDiskSpec.parse(item.value());
            if (!spec.isComplete() || spec.lacksTarget() && !hasVolume.test(i)) {
                warnings.keptVerbatim(last, "xl rejects disk " + (i + 1) + " \"" + item.value() + "\": "
                        + spec.errors().get(0));
                return false;
            }
            disks.add(disk(spec, item.position(), "disk " + (i + 1)));
        }
        into.addAll(disks);
        return true;
    }

    private Disk disk(XlDiskSpec spec, XlPosition position, String what) {
        Disk disk = DomainFactory.eINSTANCE.createDisk();
        disk.setVdev(spec.vdev().orElseThrow());
        spec.target().ifPresent(disk::setTarget);
        spec.format().filter(f -> !f.isEmpty()).ifPresent(f -> {
            DiskFormat format = DiskFormat.get(f);
            if (format != null) {
                disk.setFormat(format);
            } else {
                disk.getXlParams().add(XlParams.create("format", f));
                warnings.add(Kind.SPEC_PARAM_KEPT, "disk", position, what + ": format=" + f
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
            disk.getXlParams().add(XlParams.create(p.key(), p.value()));
            warnings.add(Kind.SPEC_PARAM_KEPT, "disk", position, what + ": `" + p
                    + "` is not part of the domain model; kept as a disk parameter");
        }
        for (XlSpecParam p : spec.unknownParams()) {
            disk.getXlParams().add(XlParams.create(p.key(), p.value()));
            warnings.add(Kind.SPEC_PARAM_KEPT, "disk", position, what + ": `" + p + "` is not a disk keyword xl "
                    + "knows (xl rejects the disk until it is removed); kept as a disk parameter");
        }
        for (String prefix : spec.deprecatedPrefixes()) {
            String meaning = switch (prefix) {
                case "raw:", "qcow:", "qcow2:", "vhd:" -> "read as format=" + prefix.substring(0, prefix.length() - 1);
                case "iscsi:", "nbd:", "enbd:", "drbd:" -> "read as script=block-"
                        + prefix.substring(0, prefix.length() - 1);
                default -> "ignored by xl and not kept";
            };
            warnings.add(Kind.DEPRECATED, "disk", position, what + ": the deprecated prefix `" + prefix + "` is "
                    + meaning);
        }
        return disk;
    }
}
