package org.xenophilia.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.DomainProblem;
import org.xenophilia.model.DomainRule;

/** Hostile documents are refused, quickly, without reading or loading anything they point to. */
class DomainDefinitionsSecurityTest {

    /** Something /etc/passwd always contains; must never show up in a message. */
    private static final String PASSWD_CONTENT = "root:";

    private static DomainDefinitionException rejected(String file) {
        return assertThrows(DomainDefinitionException.class, () -> DomainDefinitions.load(TestData.file(file)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "attacks/xxe-external-entity.xml", "attacks/xxe-parameter-entity.xml",
        "attacks/external-dtd.xml" })
    void externalEntitiesAndDtdsAreRejectedWithoutLeakingFileContent(String file) throws Exception {
        assertTrue(Files.readString(Path.of("/etc/passwd")).contains(PASSWD_CONTENT), "precondition");

        DomainDefinitionException e = rejected(file);

        assertEquals(1, e.getProblems().size(), e.getMessage());
        DomainProblem problem = e.getProblems().get(0);
        assertEquals(DomainRule.DOCTYPE, problem.rule());
        assertEquals(2, e.getLine(), "the DOCTYPE is on line 2");
        assertTrue(e.getMessage().contains("DOCTYPE") && e.getMessage().contains("not allowed"), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWD_CONTENT), e.getMessage());
        assertFalse(problem.toString().contains("/bin/"), problem.toString());
    }

    @Test
    void billionLaughsIsRejectedQuickly() {
        DomainDefinitionException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> rejected("attacks/billion-laughs.xml"));

        assertEquals(DomainRule.DOCTYPE, e.getProblems().get(0).rule());
        assertFalse(e.getMessage().contains("lollol"), e.getMessage());
    }

    @Test
    void schemaLocationsAreNotFollowed() {
        DomainDefinitionException e = rejected("attacks/schema-location.xml");

        DomainProblem problem = e.getProblems().get(0);
        assertEquals(DomainRule.UNKNOWN_CONTENT, problem.rule());
        assertEquals(8, problem.line());
        assertTrue(problem.message().startsWith("unknown element <payload> in <domain>"), problem.message());
        assertFalse(e.getMessage().contains(PASSWD_CONTENT), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "attacks/java-namespace.xml", "attacks/xsi-type-java.xml" })
    void javaNamespacesDoNotLoadClasses(String file) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // give EMF's class lookup every chance to find the class
        Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
        try {
            DomainDefinitionException e = rejected(file);
            assertTrue(e.getProblems().stream().allMatch(DomainProblem::isError));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertNull(System.getProperty(ClassLoadTripwire.PROPERTY), "the document made the loader initialise a class");
    }

    @Test
    void hrefProxiesAreUnknownAttributes() {
        DomainDefinitionException e = rejected("attacks/href-proxy.xml");

        DomainProblem problem = e.getProblems().get(0);
        assertEquals(DomainRule.UNKNOWN_CONTENT, problem.rule());
        assertEquals("disks[0].href", problem.path());
        assertTrue(problem.message().startsWith("unknown attribute href on <disk> (disks[0]); allowed attributes: "
                + "access, backend, backendtype"), problem.message());
    }

    @Test
    void oversizedDocumentsAreRejectedWithoutReadingThemToTheEnd() {
        byte[] start = ("<domain xmlns=\"" + DomainDefinitions.NAMESPACE + "\"><name>big</name><description>")
                .getBytes(StandardCharsets.US_ASCII);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        DomainDefinitionException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(DomainDefinitionException.class, () -> DomainDefinitions
                        .load(new SequenceInputStream(new ByteArrayInputStream(start), endless))));

        assertEquals(DomainRule.SIZE_LIMIT, e.getProblems().get(0).rule());
        assertTrue(e.getMessage().contains("larger than 4 MiB"), e.getMessage());
    }
}
