package org.xenophilia.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.Vif;
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.DomainProblem;
import org.xenophilia.model.DomainProblem.Severity;
import org.xenophilia.model.DomainRule;

/** Every validation rule reports the field, the value and the line, in a message an administrator can act on. */
class DomainDefinitionValidatorTest {

    /** The rules that need a whole (loadable) domain to check; the others are enforced when loading. */
    /** An SR's uuid, as a disk names a volume of it. */
    private static final String SR = "0f2b8a52-6c1e-4c39-9d0b-3b5d0f4a2a11";
    private static final Set<DomainRule> CROSS_FIELD_RULES = EnumSet.range(DomainRule.MAXMEM_BELOW_MEMORY,
            DomainRule.XLPARAM_SHADOWS_MODEL);

    /** A document whose lines after the first are {@code lines}: the first of them is line 2. */
    private static String doc(String... lines) {
        return "<domain xmlns=\"" + DomainDefinitions.NAMESPACE + "\">\n"
                + Arrays.stream(lines).map(line -> "  " + line + "\n").collect(Collectors.joining()) + "</domain>\n";
    }

    private static Arguments rule(DomainRule rule, String path, int line, String message, String... lines) {
        return Arguments.of(rule, path, line, message, doc(lines));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule(DomainRule.MAXMEM_BELOW_MEMORY, "maxmem", 4,
                        "maxmem 512 MiB is less than memory 1024 MiB; maxmem must be at least memory",
                        "<name>web01</name>", "<memory>1024</memory>", "<maxmem>512</maxmem>", "<kernel>/k</kernel>"),
                rule(DomainRule.MAXVCPUS_BELOW_VCPUS, "maxvcpus", 4,
                        "maxvcpus 2 is less than vcpus 4; maxvcpus must be at least vcpus",
                        "<name>web01</name>", "<vcpus>4</vcpus>", "<maxvcpus>2</maxvcpus>", "<kernel>/k</kernel>"),
                rule(DomainRule.HVM_PREBALLOONED, "maxmem", 5,
                        "maxmem 2048 MiB is more than memory 1024 MiB on an hvm guest: it starts pre-ballooned and "
                                + "crashes unless the guest runs a balloon driver",
                        "<name>win</name>", "<type>hvm</type>", "<memory>1024</memory>", "<maxmem>2048</maxmem>"),
                rule(DomainRule.NO_BOOT_SOURCE, "kernel", 1,
                        "kernel is missing: a guest of type pv (type is not set) needs kernel, bootloader or "
                                + "firmware pvgrub32/pvgrub64 to boot",
                        "<name>web01</name>", "<memory>128</memory>"),
                rule(DomainRule.NO_BOOT_SOURCE, "kernel", 1,
                        "kernel is missing: a guest of type pvh needs kernel, bootloader or a firmware image to boot",
                        "<name>web01</name>", "<type>pvh</type>"),
                rule(DomainRule.FIRMWARE_TYPE, "firmware", 4, "firmware pvgrub64 is for pv guests, but type is hvm",
                        "<name>web01</name>", "<type>hvm</type>", "<firmware>pvgrub64</firmware>"),
                rule(DomainRule.FIRMWARE_TYPE, "firmware", 5, "firmware uefi is for hvm guests, but type is pvh",
                        "<name>web01</name>", "<type>pvh</type>", "<kernel>/k</kernel>", "<firmware>uefi</firmware>"),
                rule(DomainRule.CMDLINE_OVERRIDES, "root", 5,
                        "root /dev/xvda1 is ignored because cmdline is set; put root=/dev/xvda1 into cmdline instead",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<cmdline>quiet</cmdline>",
                        "<root>/dev/xvda1</root>"),
                rule(DomainRule.CMDLINE_OVERRIDES, "extra", 5,
                        "extra 'console=hvc0' is ignored because cmdline is set; put it into cmdline instead",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<cmdline>quiet</cmdline>",
                        "<extra>console=hvc0</extra>"),
                rule(DomainRule.KERNEL_SETTING_UNUSED, "ramdisk", 4,
                        "ramdisk '/boot/initrd.img' has no effect: neither kernel nor bootloader is set",
                        "<name>win</name>", "<type>hvm</type>", "<ramdisk>/boot/initrd.img</ramdisk>"),
                rule(DomainRule.BOOTLOADER_ARGS_UNUSED, "bootloaderArgs[0]", 4,
                        "bootloaderArgs [--entry=1] have no effect: bootloader is not set",
                        "<name>win</name>", "<type>hvm</type>", "<bootloaderArg>--entry=1</bootloaderArg>"),
                rule(DomainRule.BOOTLOADER_ON_HVM, "bootloader", 4,
                        "bootloader pygrub is ignored for an hvm guest, which boots from its firmware",
                        "<name>win</name>", "<type>hvm</type>", "<bootloader>pygrub</bootloader>"),
                rule(DomainRule.SOFT_RESET_UNSUPPORTED, "onCrash", 4,
                        "onCrash soft-reset is supported for Xen-aware hvm guests only, but type is pv (type is not "
                                + "set)",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<onCrash>soft-reset</onCrash>"),
                rule(DomainRule.NIL_UUID, "uuid", 3,
                        "uuid 00000000-0000-0000-0000-000000000000 is the nil UUID; set a real UUID or remove uuid to "
                                + "let xl generate one",
                        "<name>web01</name>", "<uuid>00000000-0000-0000-0000-000000000000</uuid>",
                        "<kernel>/k</kernel>"),
                rule(DomainRule.RESERVED_NAME, "name", 2,
                        "name Domain-0 is the name of the control domain (dom0); choose another name",
                        "<name>Domain-0</name>", "<kernel>/k</kernel>"),
                rule(DomainRule.DUPLICATE_TAG, "tags[2]", 5, "tags[2] web appears more than once (also tags[0])",
                        "<name>web01</name>", "<tag>web</tag>", "<tag>prod</tag>", "<tag>web</tag>",
                        "<kernel>/k</kernel>"),
                rule(DomainRule.DUPLICATE_VDEV, "disks[1].vdev", 5, "disks[1].vdev xvda is already used by disks[0]",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<disk vdev=\"xvda\" target=\"/dev/vg0/a\"/>",
                        "<disk vdev=\"xvda\" target=\"/dev/vg0/b\"/>"),
                rule(DomainRule.DISK_WITHOUT_SOURCE, "disks[0].target", 4,
                        "disks[0].target is missing: the disk has neither a target nor a storageBackend and volume "
                                + "(only a cdrom drive may be empty)",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<disk vdev=\"xvda\"/>"),
                rule(DomainRule.INCOMPLETE_VOLUME, "disks[0].volume", 4,
                        "disks[0].volume is missing: disks[0].storageBackend lvm needs a volume",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<disk vdev=\"xvda\" storageBackend=\"lvm\"/>"),
                rule(DomainRule.INCOMPLETE_VOLUME, "disks[0].storageBackend", 4,
                        "disks[0].storageBackend is missing: disks[0].volume " + SR + "/web01 needs a storage"
                                + " backend",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<disk vdev=\"xvda\" volume=\"" + SR
                                + "/web01\"/>"),
                rule(DomainRule.TARGET_AND_VOLUME, "disks[0].target", 4,
                        "disks[0].target /dev/vg0/old will be replaced by the path storage backend lvm resolves for "
                                + "volume " + SR + "/web01",
                        "<name>web01</name>", "<kernel>/k</kernel>",
                        "<disk vdev=\"xvda\" target=\"/dev/vg0/old\" storageBackend=\"lvm\" volume=\"" + SR
                                + "/web01\"/>"),
                rule(DomainRule.VOLUME_REFERENCE, "disks[0].volume", 4,
                        "disks[0].volume vg0/web01 is not <SR uuid>/<volume name>",
                        "<name>web01</name>", "<kernel>/k</kernel>",
                        "<disk vdev=\"xvda\" storageBackend=\"lvm\" volume=\"vg0/web01\"/>"),
                rule(DomainRule.VOLUME_REFERENCE, "disks[0].volume", 4,
                        "disks[0].volume " + SR + "/../etc/shadow is not <SR uuid>/<volume name>",
                        "<name>web01</name>", "<kernel>/k</kernel>",
                        "<disk vdev=\"xvda\" storageBackend=\"file\" volume=\"" + SR + "/../etc/shadow\"/>"),
                rule(DomainRule.VOLUME_REFERENCE, "disks[0].volume", 4,
                        "disks[0].volume " + SR + "/-rf is not <SR uuid>/<volume name>",
                        "<name>web01</name>", "<kernel>/k</kernel>",
                        "<disk vdev=\"xvda\" storageBackend=\"lvm\" volume=\"" + SR + "/-rf\"/>"),
                rule(DomainRule.VOLUME_REFERENCE, "disks[0].volume", 4,
                        "disks[0].volume " + SR + "/web01;reboot is not <SR uuid>/<volume name>",
                        "<name>web01</name>", "<kernel>/k</kernel>",
                        "<disk vdev=\"xvda\" storageBackend=\"lvm\" volume=\"" + SR + "/web01;reboot\"/>"),
                rule(DomainRule.FORMAT_BACKEND, "disks[0].format", 4,
                        "disks[0].format qcow2 is not supported by backendtype phy, which handles raw only",
                        "<name>web01</name>", "<kernel>/k</kernel>",
                        "<disk vdev=\"xvda\" target=\"/x.qcow2\" format=\"qcow2\" backendtype=\"phy\"/>"),
                rule(DomainRule.WRITABLE_CDROM, "disks[0].access", 4,
                        "disks[0].access rw on a cdrom drive: a CD-ROM is read-only, use ro",
                        "<name>web01</name>", "<kernel>/k</kernel>",
                        "<disk vdev=\"xvdc\" target=\"/x.iso\" devtype=\"cdrom\" access=\"rw\"/>"),
                rule(DomainRule.DUPLICATE_MAC, "vifs[1].mac", 5,
                        "vifs[1].mac 00:16:3E:00:00:01 is already used by vifs[0]",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<vif mac=\"00:16:3e:00:00:01\"/>",
                        "<vif mac=\"00:16:3E:00:00:01\"/>"),
                rule(DomainRule.MULTICAST_MAC, "vifs[0].mac", 4,
                        "vifs[0].mac 01:00:5e:00:00:01 is a multicast address; a guest NIC needs a unicast address "
                                + "(even first byte, e.g. 00:16:3e:xx:xx:xx)",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<vif mac=\"01:00:5e:00:00:01\"/>"),
                rule(DomainRule.BRIDGE_AND_NETWORK, "vifs[0].network", 4,
                        "vifs[0] is attached to both bridge xenbr0 and network lan; keep only one of them",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<vif bridge=\"xenbr0\" network=\"lan\"/>"),
                rule(DomainRule.DUPLICATE_VIFNAME, "vifs[1].vifname", 5,
                        "vifs[1].vifname web0 is already used by vifs[0]",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<vif vifname=\"web0\"/>",
                        "<vif vifname=\"web0\"/>"),
                rule(DomainRule.VIFNAME_TOO_LONG, "vifs[0].vifname", 4,
                        "vifs[0].vifname win10-public has 12 characters: on an hvm guest its tap twin "
                                + "win10-public-emu exceeds the 15-character limit of interface names",
                        "<name>win</name>", "<type>hvm</type>", "<vif vifname=\"win10-public\"/>"),
                rule(DomainRule.HVM_ONLY_VIF_SETTING, "vifs[0].model", 4,
                        "vifs[0].model e1000 applies to hvm guests only, but type is pv (type is not set)",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<vif model=\"e1000\"/>"),
                rule(DomainRule.VNC_DISPLAY_TWICE, "display.vncdisplay", 4,
                        "display.vncdisplay 1 conflicts with the display number in display.vnclisten 127.0.0.1:2; "
                                + "give the display number only once",
                        "<name>web01</name>", "<kernel>/k</kernel>",
                        "<display vnclisten=\"127.0.0.1:2\" vncdisplay=\"1\"/>"),
                rule(DomainRule.VNC_SETTINGS_UNUSED, "display.vnclisten", 4,
                        "display.vnclisten 127.0.0.1 has no effect because display.vnc is false",
                        "<name>web01</name>", "<kernel>/k</kernel>",
                        "<display vnc=\"false\" vnclisten=\"127.0.0.1\"/>"),
                rule(DomainRule.VNC_WITHOUT_PASSWORD, "display.vnclisten", 4,
                        "display.vnclisten 0.0.0.0 exposes the VNC console to the network without a password; set "
                                + "display.vncpasswd or listen on 127.0.0.1",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<display vnclisten=\"0.0.0.0\"/>"),
                rule(DomainRule.XLKEY_SHADOWS_MODEL, "xlKeys[0].key", 4,
                        "xlKeys[0].key memory duplicates the field memory, which is set too; keep only the field",
                        "<name>web01</name>", "<memory>512</memory>", "<xlKey key=\"memory\">1024</xlKey>",
                        "<kernel>/k</kernel>"),
                rule(DomainRule.XLKEY_MODELLED_KEY, "xlKeys[0].key", 4,
                        "xlKeys[0].key vcpus is kept as raw text and not checked; set the field vcpus instead",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<xlKey key=\"vcpus\">2</xlKey>"),
                rule(DomainRule.DUPLICATE_XLKEY, "xlKeys[1].key", 5,
                        "xlKeys[1].key viridian is assigned again (first in xlKeys[0]); xl uses only the last "
                                + "assignment",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<xlKey key=\"viridian\">1</xlKey>",
                        "<xlKey key=\"viridian\">0</xlKey>"),
                rule(DomainRule.XLPARAM_SHADOWS_MODEL, "disks[0].xlParams[0].key", 5,
                        "disks[0].xlParams[0].key cdrom is a disk setting the model represents; set disks[0].devtype "
                                + "instead",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<disk vdev=\"hdc\" target=\"/x.iso\">",
                        "  <xlParam key=\"cdrom\"/>", "</disk>"),
                rule(DomainRule.XLPARAM_SHADOWS_MODEL, "vifs[0].xlParams[0].key", 5,
                        "vifs[0].xlParams[0].key mac is a vif setting the model represents; set vifs[0].mac instead",
                        "<name>web01</name>", "<kernel>/k</kernel>", "<vif>", "  <xlParam key=\"mac\" value=\"x\"/>",
                        "</vif>"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rules")
    void ruleReportsFieldValueAndLine(DomainRule rule, String path, int line, String message, String xml)
            throws Exception {
        Domain domain = DomainDefinitions.load(xml);

        List<DomainProblem> problems = DomainDefinitionValidator.validate(domain);

        assertEquals(1, problems.size(), () -> xml + problems);
        DomainProblem problem = problems.get(0);
        assertEquals(rule, problem.rule());
        assertEquals(rule.severity(), problem.severity());
        assertEquals(path, problem.path());
        assertEquals(message, problem.message());
        assertEquals(line, problem.line(), xml);
        assertEquals("line " + line + ":" + problem.location().column() + ": " + message, problem.toString());
    }

    @Test
    void everyCrossFieldRuleHasACase() {
        Set<DomainRule> covered = rules().map(arguments -> (DomainRule) arguments.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DomainRule.class)));

        assertEquals(CROSS_FIELD_RULES, covered);
    }

    @Test
    void everyRuleIsDocumented() {
        for (DomainRule rule : DomainRule.values()) {
            assertTrue(rule.id().matches("[a-z]+(-[a-z]+)*"), rule.id());
            assertTrue(rule.description().endsWith("."), rule + ": " + rule.description());
        }
    }

    @Test
    void validDomainsHaveNoProblems() throws Exception {
        String xml = doc("<name>web01</name>", "<type>pvh</type>", "<memory>1024</memory>", "<maxmem>2048</maxmem>",
                "<vcpus>2</vcpus>", "<maxvcpus>2</maxvcpus>", "<kernel>/boot/vmlinuz</kernel>",
                "<disk vdev=\"xvda\" storageBackend=\"lvm\" volume=\"" + SR + "/web01\"/>",
                "<disk vdev=\"xvdb\" storageBackend=\"file\" volume=\"" + SR + "/web01@before-upgrade\"/>",
                "<disk vdev=\"xvdd\" storageBackend=\"lvm\" volume=\"" + SR + "/web01+before\"/>",
                "<disk vdev=\"xvdc\" devtype=\"cdrom\"/>", "<vif mac=\"00:16:3e:00:00:01\" network=\"lan\"/>",
                "<vif mac=\"02:00:00:00:00:01\" bridge=\"xenbr1\"/>",
                "<display vnclisten=\"0.0.0.0\" vncpasswd=\"secret\"/>",
                "<xlKey key=\"cpus\">[ \"0\", \"1\" ]</xlKey>", "<xlKey key=\"pci\">[ '01:00.0' ]</xlKey>",
                "<xlKey key=\"pci\" append=\"true\">[ '02:00.0' ]</xlKey>");

        assertEquals(List.of(), DomainDefinitionValidator.validate(DomainDefinitions.load(xml)));
    }

    @Test
    void vncPasswordNeverAppearsInMessages() throws Exception {
        Domain domain = DomainDefinitions.load(doc("<name>web01</name>", "<kernel>/k</kernel>",
                "<display vnc=\"false\" vncpasswd=\"TopSecret\"/>"));

        List<DomainProblem> problems = DomainDefinitionValidator.validate(domain);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("display.vncpasswd (hidden) has no effect because display.vnc is false",
                problems.get(0).message());
        assertNull(problems.get(0).value());
        assertFalse(problems.toString().contains("TopSecret"));
    }

    @Test
    void domainsBuiltInCodeGetSchemaAndRuleProblemsWithoutLocation() {
        DomainFactory factory = DomainFactory.eINSTANCE;
        Domain domain = factory.createDomain();
        domain.setMemory(0);
        domain.setKernel("/k");
        Vif vif = factory.createVif();
        vif.setMac("00:16:3e:00:00:0g");
        domain.getVifs().add(vif);
        domain.getTags().addAll(List.of("ok", "not ok"));

        List<DomainProblem> problems = DomainDefinitionValidator.validate(domain);

        assertEquals(List.of("name is required but missing (expected a domain name: 1 to 64 characters, letters, "
                + "digits and _ . + : @ -, not starting with a punctuation character (names are used in dom0 file "
                + "paths and command lines))",
                "tags[1] 'not ok' is not valid: expected a tag: 1 to 64 characters, letters, digits and _ . : / -, "
                        + "starting with a letter or digit",
                "memory '0' is not valid: expected an amount of memory in MiB, at least 1",
                "vifs[0].mac '00:16:3e:00:00:0g' is not valid: expected a MAC address: six pairs of hexadecimal "
                        + "digits separated by colons, e.g. 00:16:3e:12:34:56"),
                problems.stream().map(DomainProblem::message).toList());
        assertTrue(problems.stream().allMatch(problem -> problem.location() == null && problem.line() == 0
                && problem.severity() == Severity.ERROR
                && (problem.rule() == DomainRule.INVALID_VALUE || problem.rule() == DomainRule.REQUIRED)));
        assertTrue(DomainDefinitionValidator.hasErrors(problems));
    }

    @Test
    void loadedDomainsPassTheSchemaCheck() throws Exception {
        Domain domain = DomainDefinitions.load(TestData.file("canonical/full-pv.xml"));

        assertEquals(List.of(), DomainDefinitionValidator.validateSchema(domain));
    }
}
