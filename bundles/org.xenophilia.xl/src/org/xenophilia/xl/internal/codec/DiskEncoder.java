package org.xenophilia.xl.internal.codec;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.XlParam;
import org.xenophilia.xl.codec.XlEncodeException;

/**
 * Writes a disk as a {@code key=value} disk spec (xl-disk-configuration(5)): the attributes, then the {@code xlParam}s,
 * then {@code target=}, which takes the rest of the spec and so must come last.
 */
final class DiskEncoder {

    private DiskEncoder() {
    }

    /**
     * @param disk the disk
     * @param path its model path, for errors: {@code disks[i]}
     * @return the spec
     * @throws XlEncodeException if a value cannot be written in a spec
     */
    static String spec(Disk disk, String path) throws XlEncodeException {
        SpecBuilder spec = new SpecBuilder(path);
        if (disk.isSetFormat()) {
            spec.attribute("format", disk.getFormat());
        }
        spec.attribute("vdev", disk.getVdev());
        if (disk.isSetAccess()) {
            spec.attribute("access", disk.getAccess());
        }
        // a disk is what xl assumes without devtype; only a CD-ROM drive says so
        if (disk.isSetDevtype() && disk.getDevtype() == DiskDeviceType.CDROM) {
            spec.attribute("devtype", DiskDeviceType.CDROM);
        }
        if (disk.isSetBackendtype()) {
            spec.attribute("backendtype", disk.getBackendtype());
        }
        spec.attribute("backend", disk.getBackend());
        spec.attribute("script", disk.getScript());
        for (int j = 0; j < disk.getXlParams().size(); j++) {
            XlParam p = disk.getXlParams().get(j);
            if ("target".equals(p.getKey())) {
                throw new XlEncodeException(path + ".xlParams[" + j + "]", p.getKey(), "target is an attribute of "
                        + "the disk, not a parameter");
            }
            spec.xlParam(j, p);
        }
        if (disk.getTarget() != null) {
            String target = disk.getTarget();
            if (target.endsWith(",")) {
                throw new XlEncodeException(path + ".target", target, "xl drops a comma at the end of a disk target");
            }
            // xl takes everything after target= as it is, leading blanks included, and so does the decoder
            spec.addLast("target=" + target);
        }
        return spec.text();
    }
}
