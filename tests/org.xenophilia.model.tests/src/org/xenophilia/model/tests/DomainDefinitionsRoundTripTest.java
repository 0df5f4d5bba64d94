package org.xenophilia.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.SourceLocation;

/** Loading and saving: canonical form, byte-identical round trips, schema validity of what is saved. */
class DomainDefinitionsRoundTripTest {

    private static final DomainFactory FACTORY = DomainFactory.eINSTANCE;

    @ParameterizedTest
    @ValueSource(strings = { "canonical/full-pv.xml", "canonical/hvm.xml", "canonical/minimal.xml" })
    void canonicalDocumentRoundTripsByteIdentical(String file) throws Exception {
        byte[] original = Files.readAllBytes(TestData.file(file));

        Domain domain = DomainDefinitions.load(new ByteArrayInputStream(original));
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        DomainDefinitions.save(domain, saved);

        assertArrayEquals(original, saved.toByteArray(), () -> "saved:\n" + saved.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = { "canonical/full-pv.xml", "canonical/hvm.xml", "canonical/minimal.xml" })
    void canonicalDocumentsAreValidAgainstTheSchemaAndHaveNoProblems(String file) throws Exception {
        String xml = TestData.read(file);
        TestData.validateAgainstSchema(xml);
        assertEquals(List.of(), DomainDefinitionValidator.validate(DomainDefinitions.load(xml)));
    }

    @Test
    void anyWellFormedSpellingIsSavedInTheCanonicalForm() throws Exception {
        // prefixed namespace, comments, CRLF, single quotes, other element and attribute order
        Domain messy = DomainDefinitions.load(TestData.file("noncanonical/full-pv-messy.xml"));

        assertEquals(TestData.read("canonical/full-pv.xml"), DomainDefinitions.toXml(messy));
    }

    @Test
    void stringPathAndStreamLoadTheSameDomain() throws Exception {
        Path file = TestData.file("canonical/full-pv.xml");
        Domain fromPath = DomainDefinitions.load(file);
        Domain fromString = DomainDefinitions.load(Files.readString(file));
        Domain fromStream;
        try (var in = Files.newInputStream(file)) {
            fromStream = DomainDefinitions.load(in);
        }
        assertTrue(EcoreUtil.equals(fromPath, fromString));
        assertTrue(EcoreUtil.equals(fromPath, fromStream));
        assertEquals("web01.example", fromPath.getName());
        assertEquals(3, fromPath.getDisks().size());
        assertEquals("0f2b8a52-6c1e-4c39-9d0b-3b5d0f4a2a11/web01-root", fromPath.getDisks().get(0).getVolume());
    }

    @Test
    void domainBuiltInCodeIsSavedSchemaValidAndLoadsBackEqual() throws Exception {
        Domain domain = everyFieldSet();

        String xml = DomainDefinitions.toXml(domain);

        TestData.validateAgainstSchema(xml);
        Domain loaded = DomainDefinitions.load(xml);
        assertTrue(EcoreUtil.equals(domain, loaded), () -> "differs after a round trip:\n" + xml);
        assertEquals(xml, DomainDefinitions.toXml(loaded));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<domain xmlns=\""
                + DomainDefinitions.NAMESPACE + "\">\n  <name>db01</name>\n"), xml);
        assertTrue(xml.endsWith("</domain>\n"));
        assertFalse(xml.contains("\r") || xml.contains("schemaLocation"), xml);
    }

    @Test
    void unsetSettingsStayUnsetSoXlDefaultsKeepApplying() throws Exception {
        Domain domain = DomainDefinitions.load(TestData.file("canonical/minimal.xml"));

        assertFalse(domain.isSetMaxmem());
        assertFalse(domain.isSetVcpus());
        assertFalse(domain.isSetOnCrash());
        assertFalse(domain.isSetNomigrate());
        String xml = DomainDefinitions.toXml(domain);
        assertFalse(xml.contains("maxmem") || xml.contains("vcpus") || xml.contains("onCrash"), xml);
    }

    @Test
    void rawXlTextOfUnknownKeysSurvivesExactly() throws Exception {
        Domain domain = FACTORY.createDomain();
        domain.setName("raw");
        domain.setKernel("/boot/vmlinuz");
        String[] raw = { "[ 'a', \"b\" ]", "\"host,rdtscp=0\"", "1", "[ [ \"CARD, short-name=Main\",\n"
                + "    'PCM, name=Main' ], ]  # comment & <stuff>", "0x1F" };
        for (String value : raw) {
            XlKey key = FACTORY.createXlKey();
            key.setKey("k" + domain.getXlKeys().size());
            key.setValue(value);
            domain.getXlKeys().add(key);
        }

        Domain loaded = DomainDefinitions.load(DomainDefinitions.toXml(domain));

        for (int i = 0; i < raw.length; i++) {
            assertEquals(raw[i], loaded.getXlKeys().get(i).getValue());
        }
    }

    @Test
    void nonAsciiTextIsReadInTheDeclaredEncodingAndSavedAsUtf8() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<domain xmlns=\"" + DomainDefinitions.NAMESPACE + "\"><name>m</name>"
                + "<description>Grüße aus Zürich</description><kernel>/k</kernel></domain>\n";
        Domain domain = DomainDefinitions.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));

        assertEquals("Grüße aus Zürich", domain.getDescription());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DomainDefinitions.save(domain, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("<description>Grüße aus Zürich</description>"));
    }

    @Test
    void savingDoesNotChangeOrMoveTheDomain() throws Exception {
        Domain domain = DomainDefinitions.load(TestData.file("canonical/hvm.xml"));
        Resource resource = domain.eResource();
        Domain before = EcoreUtil.copy(domain);

        DomainDefinitions.toXml(domain);

        assertSame(resource, domain.eResource());
        assertTrue(EcoreUtil.equals(before, domain));
    }

    @Test
    void saveToFileWritesTheCanonicalFormAndReplacesTheOldFile(@TempDir Path dir) throws Exception {
        Domain domain = DomainDefinitions.load(TestData.file("canonical/hvm.xml"));
        Path file = dir.resolve("win10.xml");
        Files.writeString(file, "old content");

        DomainDefinitions.save(domain, file);

        assertEquals(TestData.read("canonical/hvm.xml"), Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void loadedObjectsKnowWhereTheyAreInTheText() throws Exception {
        Domain domain = DomainDefinitions.load(TestData.file("canonical/full-pv.xml"));

        SourceLocation memory = DomainDefinitions.locationOf(domain,
                org.xenophilia.domain.DomainPackage.Literals.DOMAIN__MEMORY);
        assertNotNull(memory);
        assertEquals(lineOf("canonical/full-pv.xml", "<memory>"), memory.line());
        Disk second = domain.getDisks().get(1);
        assertEquals(lineOf("canonical/full-pv.xml", "vdev=\"xvdb\""), DomainDefinitions.locationOf(second, null)
                .line());
        assertEquals(null, DomainDefinitions.locationOf(FACTORY.createDisk(), null), "not loaded, no location");
    }

    private static int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(TestData.file(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    /** A domain with every attribute and element of the schema set. */
    static Domain everyFieldSet() {
        Domain domain = FACTORY.createDomain();
        domain.setName("db01");
        domain.setUuid("0f8c2a52-1b7e-4c1f-9d4e-2a6b8c9d0e1f");
        domain.setDescription("Database\n  with <markup> & \"quotes\" and 'apostrophes'");
        domain.getTags().addAll(List.of("db", "prod"));
        domain.setType(DomainType.PVH);
        domain.setMemory(8192);
        domain.setMaxmem(16384);
        domain.setVcpus(4);
        domain.setMaxvcpus(8);
        domain.setCpus("all,^node:1");
        domain.setCpusSoft("0-7");
        domain.setCpuWeight(1024);
        domain.setCap(0);
        domain.setKernel("/boot/vmlinuz");
        domain.setRamdisk("/boot/initrd.img");
        domain.setCmdline("root=/dev/xvda1 console=hvc0");
        domain.setRoot("/dev/xvda1");
        domain.setExtra("console=hvc0");
        domain.setBootloader("pygrub");
        domain.getBootloaderArgs().add("--entry=0");
        domain.setFirmware("/usr/lib/xen/boot/pvh-grub.bin");
        domain.setOnPoweroff(LifecycleAction.DESTROY);
        domain.setOnReboot(LifecycleAction.RESTART);
        domain.setOnWatchdog(LifecycleAction.RENAME_RESTART);
        domain.setOnCrash(LifecycleAction.COREDUMP_DESTROY);
        domain.setOnSoftReset(LifecycleAction.PRESERVE);
        domain.setNomigrate(true);

        Disk disk = FACTORY.createDisk();
        disk.setVdev("xvda");
        disk.setTarget("/dev/vg0/db01");
        disk.setFormat(DiskFormat.QED);
        disk.setAccess(DiskAccess.RW);
        disk.setDevtype(DiskDeviceType.DISK);
        disk.setBackendtype(DiskBackendType.QDISK);
        disk.setBackend("dom0");
        disk.setScript("block-iscsi");
        XlParam discard = FACTORY.createXlParam();
        discard.setKey("no-discard");
        disk.getXlParams().add(discard);
        domain.getDisks().add(disk);
        Disk volume = FACTORY.createDisk();
        volume.setVdev("xvdb");
        volume.setStorageBackend("file");
        volume.setVolume("db01-data");
        volume.setFormat(DiskFormat.VHD);
        domain.getDisks().add(volume);

        Vif vif = FACTORY.createVif();
        vif.setMac("00:16:3E:AA:BB:CC");
        vif.setIp("10.0.0.2/24");
        vif.setNetwork("storage");
        vif.setBackend("netback");
        vif.setScript("vif-route");
        vif.setVifname("db01-st");
        vif.setType(VifType.VIF);
        vif.setModel("virtio-net");
        vif.setRate("250KB/s");
        vif.setMtu(9000);
        XlParam vlan = FACTORY.createXlParam();
        vlan.setKey("gatewaydev");
        vlan.setValue("eth0");
        vif.getXlParams().add(vlan);
        domain.getVifs().add(vif);

        Display display = FACTORY.createDisplay();
        display.setVnc(true);
        display.setVnclisten("127.0.0.1:3");
        display.setVncdisplay(3);
        display.setVncpasswd("pw");
        display.setVncunused(false);
        display.setSdl(false);
        display.setKeymap("fr-ch");
        domain.setDisplay(display);

        XlKey key = FACTORY.createXlKey();
        key.setKey("vtpm");
        key.setValue("[ \"backend=vtpmmgr\" ]");
        key.setAppend(true);
        domain.getXlKeys().add(key);
        return domain;
    }
}
