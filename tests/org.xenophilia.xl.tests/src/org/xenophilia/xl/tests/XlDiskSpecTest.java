package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.xl.codec.XlDiskSpec;
import org.xenophilia.xl.codec.XlSpecParam;

/** Disk specs as libxlu reads them (xl-disk-configuration(5)). */
public class XlDiskSpecTest {

    /** What xl ends up with: target, effective format, vdev, read-only, CD-ROM. */
    private static String effective(String spec) {
        XlDiskSpec d = XlDiskSpec.parse(spec);
        assertTrue(d.isValid(), spec + ": " + d.errors());
        String format = d.format().filter(f -> !f.isEmpty()).orElse("raw");
        boolean readOnly = d.cdrom() || d.readOnly();
        return d.target().orElse("") + "|" + format + "|" + d.vdev().orElseThrow() + "|" + (readOnly ? "ro" : "rw")
                + "|" + (d.cdrom() ? "cdrom" : "disk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/vg/guest-volume,,hda", "/dev/vg/guest-volume,raw,hda,rw",
        "format=raw, vdev=hda, access=rw, target=/dev/vg/guest-volume", "raw:/dev/vg/guest-volume,hda,w"})
    public void theManualsFirstEquivalentForms(String spec) {
        assertEquals("/dev/vg/guest-volume|raw|hda|rw|disk", effective(spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/root/image.iso,,hdc,cdrom", "/root/image.iso,,hdc,,cdrom",
        "/root/image.iso,raw,hdc,devtype=cdrom",
        "format=raw, vdev=hdc, access=ro, devtype=cdrom, target=/root/image.iso",
        "raw:/root/image.iso,hdc:cdrom,ro"})
    public void theManualsSecondEquivalentForms(String spec) {
        assertEquals("/root/image.iso|raw|hdc|ro|cdrom", effective(spec));
    }

    @Test
    public void readsTheEmptyCdromForm() {
        XlDiskSpec d = XlDiskSpec.parse(",hdc:cdrom,r");
        assertTrue(d.isValid(), d.errors().toString());
        assertEquals("", d.target().orElseThrow());
        assertEquals("hdc", d.vdev().orElseThrow());
        assertTrue(d.cdrom());
        assertTrue(d.format().isEmpty(), "the implied format 'empty' is not a written format");
        assertEquals("r", d.access().orElseThrow());
        assertTrue(XlDiskSpec.parse("vdev=hdc,devtype=cdrom").isValid(), "a CD-ROM needs no target");
    }

    @Test
    public void readsDeprecatedPrefixes() {
        XlDiskSpec tap = XlDiskSpec.parse("tap:aio:/some/path,xvda,w");
        assertEquals(List.of("tap:", "aio:"), tap.deprecatedPrefixes());
        assertEquals("/some/path", tap.target().orElseThrow());
        assertEquals("xvda", tap.vdev().orElseThrow(), "after a prefix, the second positional is the vdev");
        assertEquals("qcow2", XlDiskSpec.parse("qcow2:/a,xvda,w").format().orElseThrow());
        assertEquals("block-iscsi", XlDiskSpec.parse("iscsi:iqn.x:y,xvda,w").script().orElseThrow());
        assertEquals("iqn.x:y", XlDiskSpec.parse("iscsi:iqn.x:y,xvda,w").target().orElseThrow());
        XlDiskSpec nbd = XlDiskSpec.parse("nbd:134.100.233.115 20004,hda1,w");
        assertEquals("134.100.233.115 20004", nbd.target().orElseThrow());
        assertEquals("block-nbd", nbd.script().orElseThrow());
        XlDiskSpec mixed = XlDiskSpec.parse("backend=DomD, phy:/dev/STORAGE_PART3, xvda1");
        assertEquals("DomD", mixed.backend().orElseThrow());
        assertEquals("/dev/STORAGE_PART3", mixed.target().orElseThrow());
        assertEquals("xvda1", mixed.vdev().orElseThrow());
        assertFalse(XlDiskSpec.parse("hdc:cdrom,x").deprecatedPrefixes().contains("hdc:"),
                "a name followed by a letter is no prefix");
    }

    @Test
    public void targetTakesTheRestOfTheString() {
        XlDiskSpec d = XlDiskSpec.parse("vdev=xvda, target=/a,b:c d ,");
        assertEquals("/a,b:c d ", d.target().orElseThrow(), "trailing blanks kept, one trailing comma dropped");
        assertTrue(XlDiskSpec.parse(",,xvda,rw,target=/x").isValid(),
                "target= may follow an empty positional target");
    }

    @Test
    public void collectsFlagsAndKeywordsWithoutGetters() {
        XlDiskSpec d = XlDiskSpec.parse("vdev=xvda, discard, no-discard, direct-io-safe, trusted, untrusted, "
                + "specification=virtio, grant_usage=0, colo, no-colo, colo-host=h, colo-port=1, colo-export=e, "
                + "active-disk=/a, hidden-disk=/h, target=/t");
        assertTrue(d.isValid(), d.errors().toString());
        assertEquals(List.of("discard", "no-discard", "direct-io-safe", "trusted", "untrusted", "specification=virtio",
                "grant_usage=0", "colo", "no-colo", "colo-host=h", "colo-port=1", "colo-export=e", "active-disk=/a",
                "hidden-disk=/h"), d.params().stream().map(XlSpecParam::toString).toList());
        assertEquals("qdisk", XlDiskSpec.parse("/a,,xvda,rw,backendtype=qdisk").backendType().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/dev/vg/x                                | no vdev specified",
        "target=/dev/vg/x                         | no vdev specified",
        "access=rw, target=/dev/vg/x              | no vdev specified",
        "vdev=xvda                                | no target specified",
        "/a,raw,xvda,rw,extra                     | too many positional parameters",
        "/a,bogus,xvda                            | unknown value for format",
        "/a,raw,xvda,rx                           | unknown value for access",
        "format=raw, format=qcow2, vdev=x, target=/a | format respecified",
        "vdev=xvda, vdev=xvdb, target=/a          | vdev respecified",
        "vdev=xvda, devtype=floppy, target=/a     | unknown value for devtype",
        "vdev=xvda, backendtype=nfs, target=/a    | unknown value for backendtype",
        "vdev=xvda, specification=scsi, target=/a | unknown value for specification",
        "vdev=xvda, grant_usage=2, target=/a      | grant_usage=2",
        "vdev=xvda, colo-port=none, target=/a     | colo-port",
        "vdev=xvda, foo=bar, target=/a            | unknown parameter `foo`",
        "vdev=xvda, Vdev=x, target=/a             | bad disk syntax",
        "vdev=xvda, foo=, target=/a               | bad disk syntax",
        "foo:/some/path,xvda                      | unknown deprecated disk prefix `foo:`",
        "/a,,xvda:floppy                          | unknown deprecated type `floppy`",
    })
    public void rejectsWhatXlRejects(String spec, String error) {
        XlDiskSpec d = XlDiskSpec.parse(spec);
        assertFalse(d.isValid(), spec);
        assertTrue(d.errors().get(0).contains(error), spec + ": " + d.errors());
    }

    @Test
    public void readsOnPastUnknownParametersAndAMissingTargetAsLibxluDoes() {
        XlDiskSpec noTarget = XlDiskSpec.parse("vdev=xvda,access=rw");
        assertTrue(noTarget.lacksTarget());
        assertTrue(noTarget.isComplete(), "everything else was read");
        assertFalse(noTarget.isValid());
        assertFalse(XlDiskSpec.parse("access=rw").isComplete(), "no vdev");
        assertFalse(XlDiskSpec.parse("vdev=xvda,target=/a").lacksTarget());

        XlDiskSpec unknown = XlDiskSpec.parse("vdev=xvda, cache=none, x-y=1, target=/a");
        assertFalse(unknown.isValid());
        assertTrue(unknown.isComplete());
        assertEquals(List.of("cache=none", "x-y=1"), unknown.unknownParams().stream().map(XlSpecParam::toString)
                .toList());
        assertEquals("/a", unknown.target().orElseThrow());
        assertFalse(XlDiskSpec.parse("vdev=xvda, cache=none, format=bogus, target=/a").isComplete());
    }
}
