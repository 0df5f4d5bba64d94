package org.xenophilia.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xenophilia.model.DomainRule;
import org.xenophilia.model.edit.DocumentProblem;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainEdits;
import org.xenophilia.model.edit.SaveCheck;

/** Validation problems sit at their field and at their line in the current text, through every kind of edit. */
public class ProblemsTest {

    private static final String ORIGINAL = Fixtures.HAND_WRITTEN;

    private static DocumentProblem only(DomainDocument document, DomainRule rule) {
        List<DocumentProblem> found = document.problems().stream().filter(p -> p.rule() == rule).toList();
        assertEquals(1, found.size(), document.problems().toString());
        return found.get(0);
    }

    @Test
    public void aCrossFieldProblemFollowsItsLineThroughEdits() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        assertTrue(document.problems().isEmpty(), document.problems().toString());

        document.execute(DomainEdits.set(document, "maxmem", 512));
        DocumentProblem problem = only(document, DomainRule.MAXMEM_BELOW_MEMORY);
        assertEquals("maxmem", problem.path(), "the form shows it beside the maxmem field");
        assertEquals(7, problem.line());
        assertEquals("<maxmem>512</maxmem>", document.text().substring(problem.offset(),
                problem.offset() + problem.length()));
        assertTrue(problem.message().startsWith("maxmem 512 MiB is less than memory 1024 MiB"));
        SaveCheck check = document.canSave();
        assertFalse(check.allowed());
        assertEquals("The definition has an error: " + problem.message(), check.reason());

        // three lines typed at the top of the XML page move it down by three
        document.setText(document.text().replace("<!-- web server, owned by ops -->",
                "<!-- web server,\n     owned by ops,\n     see the wiki\n     -->"));
        assertEquals(10, only(document, DomainRule.MAXMEM_BELOW_MEMORY).line());

        // a form edit above it moves it up by one
        document.execute(DomainEdits.set(document, "type", null));
        assertEquals(9, only(document, DomainRule.MAXMEM_BELOW_MEMORY).line());

        document.execute(DomainEdits.set(document, "maxmem", 4096));
        assertTrue(document.problems().isEmpty(), document.problems().toString());
        assertTrue(document.canSave().allowed());
    }

    @Test
    public void anAttributeProblemPointsAtTheAttribute() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        document.execute(DomainEdits.set(document, "vifs[0].mac", "01:16:3e:12:34:56"));
        DocumentProblem problem = only(document, DomainRule.MULTICAST_MAC);
        assertEquals("vifs[0].mac", problem.path());
        assertEquals(13, problem.line());
        assertEquals("mac=\"01:16:3e:12:34:56\"", document.text().substring(problem.offset(),
                problem.offset() + problem.length()));
        assertEquals(document.text().lines().toList().get(12).indexOf("mac=") + 1, problem.column());
    }

    @Test
    public void aMissingFieldIsPlacedAtItsElement() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        document.execute(DomainEdits.set(document, "kernel", null));
        DocumentProblem problem = only(document, DomainRule.NO_BOOT_SOURCE);
        assertEquals("kernel", problem.path());
        assertEquals(3, problem.line(), "kernel is missing: at the <domain> start tag");
        assertTrue(document.text().startsWith("<domain", problem.offset()));
    }

    @Test
    public void warningsDoNotBlockSaving() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        document.execute(DomainEdits.set(document, "cmdline", "root=/dev/xvda1"));
        DocumentProblem problem = only(document, DomainRule.CMDLINE_OVERRIDES);
        assertFalse(problem.isError());
        assertEquals(12, problem.line(), "at extra (line 12 once cmdline is inserted after kernel)");
        assertTrue(document.canSave().allowed());
    }

    @Test
    public void aFormFieldWithTextThatIsNotANumberIsRefusedWithAMessage() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DomainEdits.setFromText(document, "memory", "lots"));
        assertEquals("memory 'lots' is not valid: expected an amount of memory in MiB, at least 1", e.getMessage());
        assertEquals(1024, document.model().getMemory());
    }
}
