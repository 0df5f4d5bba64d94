package org.xenophilia.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.DomainProblem;
import org.xenophilia.model.DomainRule;

/**
 * Documents that are not valid domain definitions are rejected with a message naming the field, the value and the
 * line, so the user can fix them.
 */
class DomainDefinitionsErrorsTest {

    private static final String NS = DomainDefinitions.NAMESPACE;

    /** A valid document with {@code LINE4} replaced: the replacement is always on line 4. */
    private static String document(String line4) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <domain xmlns="%s">
                  <name>web01</name>
                %s
                  <kernel>/boot/vmlinuz</kernel>
                  <disk vdev="xvda" target="/dev/vg0/web01"/>
                  <vif mac="00:16:3e:00:00:01"/>
                </domain>
                """.formatted(NS, line4);
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of("  <memory>lots</memory>", "memory", "lots",
                        "memory 'lots' is not valid: expected an amount of memory in MiB, at least 1"),
                Arguments.of("  <memory>0</memory>", "memory", "0",
                        "memory '0' is not valid: expected an amount of memory in MiB, at least 1"),
                Arguments.of("  <memory>99999999999</memory>", "memory", "99999999999",
                        "memory '99999999999' is not valid: expected an amount of memory in MiB"),
                Arguments.of("  <vcpus>-1</vcpus>", "vcpus", "-1",
                        "vcpus '-1' is not valid: expected a number of virtual CPUs, at least 1"),
                Arguments.of("  <type>xen</type>", "type", "xen",
                        "type 'xen' is not valid: expected one of pv, pvh, hvm"),
                Arguments.of("  <onCrash>reboot</onCrash>", "onCrash", "reboot", "onCrash 'reboot' is not valid: "
                        + "expected one of destroy, restart, rename-restart, preserve, coredump-destroy, "
                        + "coredump-restart, soft-reset"),
                Arguments.of("  <cpuWeight>70000</cpuWeight>", "cpuWeight", "70000",
                        "cpuWeight '70000' is not valid: expected a credit/credit2 scheduler weight, 1 to 65535"),
                Arguments.of("  <nomigrate>maybe</nomigrate>", "nomigrate", "maybe",
                        "nomigrate 'maybe' is not valid: expected true or false"),
                Arguments.of("  <uuid>not-a-uuid</uuid>", "uuid", "not-a-uuid",
                        "uuid 'not-a-uuid' is not valid: expected a UUID in the 8-4-4-4-12 hexadecimal form"),
                Arguments.of("  <cpus>0-3;5</cpus>", "cpus", "0-3;5", "cpus '0-3;5' is not valid: expected a host "
                        + "CPU list"),
                Arguments.of("  <tag>has space</tag>", "tags[0]", "has space", "tags[0] 'has space' is not valid"),
                Arguments.of("  <disk vdev=\"xvd-a\" target=\"/x\"/>", "disks[0].vdev", "xvd-a",
                        "disks[0].vdev 'xvd-a' is not valid: expected a virtual device name"),
                Arguments.of("  <disk vdev=\"xvdb\" format=\"vmdk\" target=\"/x\"/>", "disks[0].format", "vmdk",
                        "disks[0].format 'vmdk' is not valid: expected one of raw, qcow, qcow2, vhd, qed"),
                Arguments.of("  <disk vdev=\"xvdb\" access=\"w\" target=\"/x\"/>", "disks[0].access", "w",
                        "disks[0].access 'w' is not valid: expected one of ro, rw"),
                Arguments.of("  <vif mac=\"00:16:3e:zz:00:02\"/>", "vifs[0].mac", "00:16:3e:zz:00:02",
                        "vifs[0].mac '00:16:3e:zz:00:02' is not valid: expected a MAC address: six pairs of "
                                + "hexadecimal digits separated by colons"),
                Arguments.of("  <vif mtu=\"20\"/>", "vifs[0].mtu", "20",
                        "vifs[0].mtu '20' is not valid: expected an interface MTU, 68 to 65535"),
                Arguments.of("  <vif rate=\"fast\"/>", "vifs[0].rate", "fast", "vifs[0].rate 'fast' is not valid: "
                        + "expected a vif rate limit"),
                Arguments.of("  <display vncdisplay=\"-1\"/>", "display.vncdisplay", "-1",
                        "display.vncdisplay '-1' is not valid: expected a VNC display number, 0 to 59635"),
                Arguments.of("  <xlKey key=\"Bad Key\">1</xlKey>", "xlKeys[0].key", "Bad Key",
                        "xlKeys[0].key 'Bad Key' is not valid: expected an xl.cfg key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongValues")
    void wrongValueIsRejectedNamingFieldValueAndLine(String line4, String path, String value, String message) {
        DomainDefinitionException e = assertThrows(DomainDefinitionException.class,
                () -> DomainDefinitions.load(document(line4)));

        DomainProblem problem = e.getProblems().get(0);
        assertEquals(1, e.getProblems().size(), e.getMessage());
        assertEquals(DomainRule.INVALID_VALUE, problem.rule());
        assertEquals(path, problem.path());
        assertEquals(value, problem.value());
        assertEquals(4, problem.line(), e.getMessage());
        assertTrue(problem.message().startsWith(message), problem.message());
        assertTrue(e.getMessage().contains("line 4:"), e.getMessage());
    }

    static Stream<Arguments> structureErrors() {
        return Stream.of(
                Arguments.of("  <memroy>512</memroy>", DomainRule.UNKNOWN_CONTENT, "memroy",
                        "unknown element <memroy> in <domain>; allowed elements: name, uuid, description, tag, "),
                Arguments.of("  <disk vdev=\"xvdb\" path=\"/x\"/>", DomainRule.UNKNOWN_CONTENT, "disks[0].path",
                        "unknown attribute path on <disk> (disks[0]); allowed attributes: access, backend, "),
                Arguments.of("  <disk target=\"/x\"/>", DomainRule.REQUIRED, "disks[0].vdev",
                        "disks[0].vdev is required but missing (expected a virtual device name"),
                Arguments.of("  <xlKey>1</xlKey>", DomainRule.REQUIRED, "xlKeys[0].key",
                        "xlKeys[0].key is required but missing (expected an xl.cfg key"),
                Arguments.of("  <name>again</name>", DomainRule.REPEATED_SETTING, "name",
                        "name is given more than once (first at line 3); a single-valued setting may appear only "
                                + "once"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structureErrors")
    void contentOutsideTheSchemaIsRejectedAtItsLine(String line4, DomainRule rule, String path, String message) {
        DomainDefinitionException e = assertThrows(DomainDefinitionException.class,
                () -> DomainDefinitions.load(document(line4)));

        DomainProblem problem = e.getProblems().get(0);
        assertEquals(1, e.getProblems().size(), e.getMessage());
        assertEquals(rule, problem.rule());
        assertEquals(path, problem.path());
        assertEquals(4, problem.line(), e.getMessage());
        assertTrue(problem.message().startsWith(message), problem.message());
    }

    @Test
    void missingNameIsReportedAtTheDomainElement() {
        String xml = "<domain xmlns=\"" + NS + "\">\n  <kernel>/k</kernel>\n</domain>\n";

        DomainDefinitionException e = assertThrows(DomainDefinitionException.class, () -> DomainDefinitions.load(xml));

        DomainProblem problem = e.getProblems().get(0);
        assertEquals(DomainRule.REQUIRED, problem.rule());
        assertEquals("name", problem.path());
        assertEquals(1, problem.line());
        assertTrue(problem.message().startsWith("name is required but missing (expected a domain name"),
                problem.message());
    }

    @Test
    void allProblemsOfADocumentAreReportedTogetherInLineOrder() {
        String xml = """
                <domain xmlns="%s">
                  <name>web01</name>
                  <type>xen</type>
                  <memory>lots</memory>
                  <vcpus>-1</vcpus>
                  <disk vdev="xvd!" target="/x" size="10G"/>
                </domain>
                """.formatted(NS);

        DomainDefinitionException e = assertThrows(DomainDefinitionException.class, () -> DomainDefinitions.load(xml));

        assertEquals(List.of("type", "memory", "vcpus", "disks[0].size", "disks[0].vdev"),
                e.getProblems().stream().map(DomainProblem::path).toList(), e.getMessage());
        assertEquals(List.of(3, 4, 5, 6, 6), e.getProblems().stream().map(DomainProblem::line).toList());
        assertTrue(e.getMessage().startsWith("Invalid domain definition, 5 problems:\n  line 3:"), e.getMessage());
        assertEquals(3, e.getLine());
    }

    @Test
    void wrongRootElementOrNamespaceIsExplained() {
        DomainDefinitionException noNamespace = assertThrows(DomainDefinitionException.class,
                () -> DomainDefinitions.load("<domain><name>x</name></domain>"));
        assertEquals(DomainRule.ROOT_ELEMENT, noNamespace.getProblems().get(0).rule());
        assertTrue(noNamespace.getMessage().contains("a domain definition is <domain xmlns=\"" + NS + "\">"),
                noNamespace.getMessage());

        DomainDefinitionException otherRoot = assertThrows(DomainDefinitionException.class,
                () -> DomainDefinitions.load("<guest xmlns=\"" + NS + "\"><name>x</name></guest>"));
        int afterStartTag = ("<guest xmlns=\"" + NS + "\">").length() + 1;
        assertEquals(List.of("line 1:" + afterStartTag + ": the root element is <guest>, but a domain "
                + "definition is <domain xmlns=\"" + NS + "\">"),
                otherRoot.getProblems().stream().map(DomainProblem::toString).toList());

        DomainDefinitionException otherNamespace = assertThrows(DomainDefinitionException.class,
                () -> DomainDefinitions.load("<domain xmlns=\"urn:example:vm\"><name>x</name></domain>"));
        assertTrue(otherNamespace.getMessage().contains("namespace 'urn:example:vm' is not allowed"),
                otherNamespace.getMessage());
    }

    @Test
    void malformedXmlIsReportedWithTheParsersLineAndReason() {
        String xml = "<domain xmlns=\"" + NS + "\">\n  <name>x</name>\n  <kernel>/k</kernl>\n</domain>\n";

        DomainDefinitionException e = assertThrows(DomainDefinitionException.class, () -> DomainDefinitions.load(xml));

        DomainProblem problem = e.getProblems().get(0);
        assertEquals(DomainRule.XML_SYNTAX, problem.rule());
        assertEquals(3, problem.line());
        assertTrue(problem.message().startsWith("the document is not well-formed XML: ")
                && problem.message().contains("kernel"), problem.message());
    }

    /** Found by fuzzing (releng/org.xenophilia.fuzz, DomainXmlFuzzTest): the problem had no line. */
    @Test
    void aTruncatedXmlDeclarationIsAProblemAtLineOne() {
        DomainDefinitionException e = assertThrows(DomainDefinitionException.class,
                () -> DomainDefinitions.load("<?xml "));
        assertEquals(DomainRule.XML_SYNTAX, e.getProblems().get(0).rule());
        assertEquals(1, e.getLine(), e.getMessage());
    }

    @Test
    void emptyInputIsNotADomainDefinition() {
        DomainDefinitionException e = assertThrows(DomainDefinitionException.class, () -> DomainDefinitions.load(""));

        assertEquals(DomainRule.XML_SYNTAX, e.getProblems().get(0).rule());
    }

    /** Found by fuzzing (releng/org.xenophilia.fuzz, DomainXmlFuzzTest): it was an IOException, as if the disk failed. */
    @Test
    void anUnknownEncodingInTheDeclarationIsAProblemAtLineOne() {
        byte[] document = document("").replace("UTF-8", "UTF-3").getBytes(StandardCharsets.US_ASCII);
        DomainDefinitionException e = assertThrows(DomainDefinitionException.class,
                () -> DomainDefinitions.load(new ByteArrayInputStream(document)));
        DomainProblem problem = e.getProblems().get(0);
        assertEquals(DomainRule.XML_SYNTAX, problem.rule());
        assertEquals(1, problem.line());
        assertEquals("the document declares the encoding 'UTF-3', which is not supported: write it in UTF-8",
                problem.message());
    }

    /**
     * Found by fuzzing (releng/org.xenophilia.fuzz, DomainXmlFuzzTest): the JDK's parser fails on a DOCTYPE inside an
     * element with a bare "Scanner State 24 not Recognized", which load(String) turned into an IllegalStateException.
     */
    @Test
    void aDoctypeInsideAnElementIsAProblemWhereTheParserStopped() {
        String xml = document("  <onCrash>de<!DOCTYPE x PUBLIC \"\" \"http://foo\">stroy</onCrash>");
        for (Executable load : List.<Executable>of(() -> DomainDefinitions.load(xml),
                () -> DomainDefinitions.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))) {
            DomainDefinitionException e = assertThrows(DomainDefinitionException.class, load);
            DomainProblem problem = e.getProblems().get(0);
            assertEquals(DomainRule.XML_SYNTAX, problem.rule(), problem.toString());
            assertEquals(4, problem.line(), problem.toString());
        }
    }
}
