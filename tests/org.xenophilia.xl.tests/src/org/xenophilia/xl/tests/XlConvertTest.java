package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.cli.XlConvert;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlEncodeException;

/** The converter command, run in-process: exit codes 0/1/2 and its messages. */
public class XlConvertTest {

    @TempDir
    Path tmp;

    private record Result(int exit, String out, String err) {
    }

    private static Result runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = XlConvert.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result run(String... args) {
        return runWithInput("", args);
    }

    /** The first line of {@code err} that contains {@code start}, from there on; fails if there is none. */
    private static String errorLine(String err, String start) {
        for (String line : err.split("\n")) {
            int at = line.indexOf(start);
            if (at >= 0) {
                return line.substring(at);
            }
        }
        throw new AssertionError("no line with '" + start + "' in:\n" + err);
    }

    private static String fixture(String relative) {
        return TestData.path(relative).toString();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }

    // ------------------------------------------------------------------------------------------------ usage

    @Test
    public void helpGoesToStandardOutputWithExitZero() {
        Result r = run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: xenophilia-xlconv COMMAND"), r.out());
        assertTrue(r.out().contains("to-xml") && r.out().contains("to-xl") && r.out().contains("validate"));
        assertEquals("", r.err());
        assertEquals(0, run("-h").exit());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                              | missing command",
        "convert x.cfg                   | unknown command 'convert'",
        "to-xml                          | missing INPUT",
        "to-xml a.cfg b.cfg              | more than one input",
        "to-xml --frobnicate a.cfg       | unknown option '--frobnicate'",
        "to-xml -o                       | needs a file name",
        "to-xl --strict a.xml            | --strict applies to xl.cfg input only",
        "to-xml --xml a.cfg              | --xml is an option of validate only",
        "validate -o out a.cfg           | -o is not allowed",
        "to-xml a.cfg --help             | --help must be the only argument",
        "to-xml /nonexistent/guest.cfg   | cannot read /nonexistent/guest.cfg: no such file",
    })
    public void usageErrorsExitWithTwo(String args, String message) {
        Result r = run(args.isEmpty() ? new String[0] : args.split(" "));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals("", r.out());
    }

    // ------------------------------------------------------------------------------------------------ to-xml

    @Test
    public void convertsXlCfgToAValidDomainDefinition() throws DomainDefinitionException, XlSyntaxException {
        Result r = run("to-xml", fixture("xl-4.17/guest-pv-net.cfg"));
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("<?xml"), r.out());
        Domain fromXml = DomainDefinitions.load(r.out());
        Domain fromCfg = XlDomainCodec.decode(TestData.text("xl-4.17/guest-pv-net.cfg"), "cfg").domain();
        assertTrue(EcoreUtil.equals(fromCfg, fromXml));
    }

    @Test
    public void printsCodecWarningsButSucceeds() {
        Result r = run("to-xml", fixture("xl-4.17/guest-pvh.cfg"));
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("guest-pvh.cfg:3:1: warning: `cpuid` is not part of the domain model"), r.err());
        assertTrue(r.out().contains("<xlKey key=\"cpuid\">&quot;host,rdtscp=0&quot;</xlKey>"), r.out());
    }

    @Test
    public void aSyntaxErrorExitsWithOneAtFileLineColumn() {
        String file = fixture("xl-4.17/guest-syntax-error.cfg");
        Result r = run("to-xml", file);
        assertEquals(1, r.exit());
        assertEquals(file + ":4:10: error: expected a value (a quoted string, a number or '[') but found '='\n",
                r.err());
        assertEquals("", r.out());
    }

    @Test
    public void anInvalidDomainExitsWithOneNamingFieldValueAndLine() {
        String cfg = "name = \"x\"\nkernel = \"/k\"\nmemory = 512\nmaxmem = 256\nvcpus = 0\n";
        Result r = runWithInput(cfg, "to-xml", "-");
        assertEquals(1, r.exit());
        // the model's validator words the messages; the converter places them at the xl.cfg line
        assertTrue(errorLine(r.err(), "<stdin>:5:1: error: ").matches(".*vcpus.*0.*\\[invalid-value\\]"), r.err());
        assertTrue(errorLine(r.err(), "<stdin>:4:1: error: ").matches(".*maxmem.*\\[maxmem-below-memory\\]"),
                r.err());
        assertEquals("", r.out(), "nothing is written for invalid input");
        Result bridge = runWithInput("name = \"x\"\nkernel = \"/k\"\nvif = [ 'bridge=bridge-name-too-long' ]\n",
                "to-xml", "-");
        assertEquals(1, bridge.exit());
        String line = errorLine(bridge.err(), "<stdin>:3:9: error: ");
        assertTrue(line.contains("vifs[0].bridge") && line.contains("bridge-name-too-long"), bridge.err());
    }

    @Test
    public void anOpenVswitchTrunkBridgeConverts() {
        // vif-openvswitch takes bridge=BRIDGE:VLAN:VLAN (xl-network-configuration(5)); xl accepts this real config
        Result r = run("to-xml", fixture("xlcfg-real/configs/042-libvirt-ovswitch-trunked.cfg"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("bridge=\"ovsbr0:42:43\""), r.out());
    }

    @Test
    public void strictRefusesAFinalCommentWithoutNewline() {
        String file = fixture("xlcfg-real/configs/021-babrakov-ubuntu-bak.cfg");
        Result strict = run("validate", "--strict", file);
        assertEquals(1, strict.exit());
        assertTrue(strict.err().contains(file + ":19:1: error: lexical error: comment at the end of the file"),
                strict.err());
        Result lenient = run("validate", file);
        assertEquals(0, lenient.exit(), lenient.err());
        assertTrue(lenient.err().contains(file + ":19:1: warning: the comment at the end of the file has no line "
                + "break"), lenient.err());
        assertTrue(lenient.err().endsWith(file + ": valid\n"), lenient.err());
    }

    @Test
    public void writesTheOutputFileOnlyOnSuccess() throws IOException {
        Path out = tmp.resolve("guest.xml");
        Result ok = run("to-xml", "-o", out.toString(), fixture("xl-4.17/guest-pv-net.cfg"));
        assertEquals(0, ok.exit(), ok.err());
        assertEquals("", ok.out());
        assertTrue(Files.readString(out).contains("<name>guest-pv-net</name>"));
        Result bad = run("to-xml", "-o", out.toString(), fixture("xl-4.17/guest-syntax-error.cfg"));
        assertEquals(1, bad.exit());
        assertTrue(Files.readString(out).contains("<name>guest-pv-net</name>"), "the old file is kept");
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        Result unwritable = run("to-xml", "-o", tmp.resolve("no/such/dir/x.xml").toString(),
                fixture("xl-4.17/guest-pv-net.cfg"));
        assertEquals(2, unwritable.exit());
        assertTrue(unwritable.err().contains("cannot write"), unwritable.err());
    }

    @Test
    public void anOutputFileKeepsItsPermissionsAndANewOneIsWorldReadable() throws IOException {
        Path existing = write("web.xml", "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, run("to-xml", "-o", existing.toString(), fixture("xl-4.17/guest-pv-net.cfg")).exit());
        assertTrue(Files.readString(existing).contains("<name>guest-pv-net</name>"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)),
                "an admin's file keeps its mode");
        Path fresh = tmp.resolve("new.cfg");
        assertEquals(0, run("to-xl", "-o", fresh.toString(), existing.toString()).exit());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    // ------------------------------------------------------------------------------------------------ to-xl

    @Test
    public void convertsADomainDefinitionToCanonicalXlCfg()
            throws IOException, XlSyntaxException, XlEncodeException {
        Path xml = tmp.resolve("web.xml");
        assertEquals(0, run("to-xml", "-o", xml.toString(), fixture("roundtrip/configs/20-annotations.cfg")).exit());
        Result r = run("to-xl", xml.toString());
        assertEquals(0, r.exit(), r.err());
        String expected = XlDomainCodec.encode(XlDomainCodec.decode(
                TestData.text("roundtrip/configs/20-annotations.cfg"), "a").domain());
        assertEquals(expected, r.out());
        assertTrue(r.out().startsWith("#xenophilia: description = "), r.out());
        assertTrue(r.err().contains(xml + ": warning: disks[0] takes its target from the storage volume "
                + "lvm:0f2b8a52-6c1e-4c39-9d0b-3b5d0f4a2a11/web01-root"), r.err());
        // and from standard input
        Result stdin = runWithInput(Files.readString(xml), "to-xl", "-");
        assertEquals(expected, stdin.out());
    }

    @Test
    public void aMalformedDomainDefinitionExitsWithOneAtItsLine() throws IOException {
        Path xml = write("bad.xml", "<?xml version=\"1.0\"?>\n"
                + "<domain xmlns=\"http://xenophilia.org/schema/domain/1.0\">\n"
                + "  <name>x</name>\n  <memory>lots</memory>\n</domain>\n");
        Result r = run("to-xl", xml.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(xml + ":4:"), r.err());
        assertTrue(r.err().contains("memory"), r.err());
        Path broken = write("broken.xml", "<domain");
        Result b = run("to-xl", broken.toString());
        assertEquals(1, b.exit());
        assertTrue(b.err().startsWith(broken.toString() + ":"), b.err());
        assertEquals("", b.out());
    }

    @Test
    public void aDomainXlCfgCannotExpressExitsWithOneNamingTheField() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<domain xmlns=\"http://xenophilia.org/schema/domain/1.0\">\n  <name>x</name>\n"
                + "  <kernel>/k</kernel>\n  <vif script=\"vif-a,b\"/>\n</domain>\n";
        Result r = runWithInput(xml, "to-xl", "-");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("<stdin>: error: vifs[0].script = \"vif-a,b\": a comma cannot be written"),
                r.err());
    }

    @Test
    public void validatesBothKinds() throws IOException {
        assertEquals(0, run("validate", fixture("xl-4.17/guest-pv-net.cfg")).exit());
        Path xml = tmp.resolve("g.xml");
        assertEquals(0, run("to-xml", "-o", xml.toString(), fixture("xl-4.17/guest-pv-net.cfg")).exit());
        Result v = run("validate", xml.toString());
        assertEquals(0, v.exit(), v.err());
        assertEquals(xml + ": valid\n", v.err());
        Result asXl = runWithInput(Files.readString(xml), "validate", "--xl", "-");
        assertEquals(1, asXl.exit(), "XML is not xl.cfg");
        assertTrue(asXl.err().startsWith("<stdin>:1:1: error:"), asXl.err());
        assertEquals(0, runWithInput(Files.readString(xml), "validate", "--xml", "-").exit());
        assertFalse(run("validate", fixture("xl-4.17/guest-syntax-error.cfg")).exit() == 0);
    }

    @Test
    public void validateChecksEveryInputAndExitsWithTheWorstResult() throws IOException {
        String good = fixture("xl-4.17/guest-pv-net.cfg");
        String syntax = fixture("xl-4.17/guest-syntax-error.cfg");
        Path xml = tmp.resolve("g.xml");
        assertEquals(0, run("to-xml", "-o", xml.toString(), good).exit());

        Result allGood = run("validate", good, xml.toString());
        assertEquals(0, allGood.exit(), allGood.err());
        assertEquals(good + ": valid\n" + xml + ": valid\n", allGood.err());

        Result oneBad = run("validate", syntax, good, xml.toString());
        assertEquals(1, oneBad.exit(), oneBad.err());
        assertTrue(oneBad.err().startsWith(syntax + ":"), oneBad.err());
        assertTrue(oneBad.err().endsWith(good + ": valid\n" + xml + ": valid\n"), "the others are still checked: "
                + oneBad.err());

        String missing = tmp.resolve("gone.cfg").toString();
        Result unreadable = run("validate", good, missing, syntax);
        assertEquals(2, unreadable.exit(), unreadable.err());
        assertTrue(unreadable.err().contains("cannot read " + missing + ": no such file"), unreadable.err());
        assertTrue(unreadable.err().contains(good + ": valid") && unreadable.err().contains(syntax + ":"),
                unreadable.err());

        Result twice = run("validate", "-", "-");
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("standard input (-) given twice"), twice.err());
    }
}
