package org.xenophilia.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainRule;
import org.xenophilia.model.edit.ChangeCause;
import org.xenophilia.model.edit.DocumentProblem;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainDocumentListener;
import org.xenophilia.model.edit.DomainEdits;

/** An edit of the XML page updates the model (one undo step for both) or, when the text does not parse, says why. */
public class XmlEditTest {

    private static final String ORIGINAL = Fixtures.HAND_WRITTEN;

    @Test
    public void xmlEditUpdatesTheModelAndOneUndoRestoresBoth() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        Domain model = document.model();
        Disk disk = model.getDisks().get(0);
        List<ChangeCause> modelChanges = new ArrayList<>();
        document.addListener(new DomainDocumentListener() {
            @Override
            public void modelChanged(DomainDocument source, ChangeCause cause) {
                modelChanges.add(cause);
            }
        });
        Domain before = EcoreUtil.copy(model);
        String edited = ORIGINAL.replace("<memory>1024</memory>", "<memory>4096</memory>")
                .replace("target='/dev/vg0/web01'", "target='/dev/vg0/web01-new'")
                .replace("    <!-- boot -->\n", "    <!-- boot, changed -->\n    <vcpus>4</vcpus>\n");
        document.setText(edited);

        assertEquals(edited, document.text(), "the user's text is kept as typed");
        assertEquals(4096, model.getMemory());
        assertEquals(4, model.getVcpus());
        assertSame(disk, model.getDisks().get(0), "an edited disk stays the same object (forms keep their binding)");
        assertEquals("/dev/vg0/web01-new", disk.getTarget());
        assertEquals(List.of(ChangeCause.XML_EDIT), modelChanges);

        assertTrue(document.commandStack().canUndo());
        document.undo();
        assertEquals(ORIGINAL, document.text());
        assertTrue(EcoreUtil.equals(before, model), "one undo restores the whole model");
        assertFalse(document.commandStack().canUndo());

        document.redo();
        assertEquals(edited, document.text());
        assertEquals(4096, model.getMemory());
    }

    @Test
    public void commentOnlyEditChangesNoModelAndAddsNoUndoStep() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        String edited = ORIGINAL.replace("<!-- boot -->", "<!-- how it boots -->");
        document.setText(edited);
        assertEquals(edited, document.text());
        assertFalse(document.commandStack().canUndo());
        assertTrue(document.isDirty());
    }

    @Test
    public void invalidXmlKeepsTheModelAndReportsTheLine() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        Domain before = EcoreUtil.copy(document.model());
        List<List<DocumentProblem>> reported = new ArrayList<>();
        document.addListener(new DomainDocumentListener() {
            @Override
            public void problemsChanged(DomainDocument source, List<DocumentProblem> problems) {
                reported.add(problems);
            }
        });
        // line 7: the end tag is misspelt
        String broken = ORIGINAL.replace("<maxmem>2048</maxmem>", "<maxmem>2048</maxmen>");
        document.setText(broken);

        assertEquals(broken, document.text());
        assertFalse(document.isTextValid());
        assertTrue(EcoreUtil.equals(before, document.model()), "the model is unchanged");
        DocumentProblem problem = document.problems().get(0);
        assertTrue(problem.parseError());
        assertEquals(DomainRule.XML_SYNTAX, problem.rule());
        assertEquals(7, problem.line(), problem.toString());
        assertEquals(7, lineOf(broken, problem.offset()));
        assertEquals(1, reported.size());
        assertEquals(problem, document.parseError().orElseThrow(), "the reason the XML page cannot be left");

        assertFalse(document.canSave().allowed());
        assertTrue(document.canSave().reason().startsWith("The XML does not parse: line 7:"),
                document.canSave().reason());
        assertThrows(IllegalStateException.class, document::save);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> document.execute(DomainEdits.set(document, "memory", 1)));
        assertTrue(refused.getMessage().contains("line 7"), refused.getMessage());

        String fixed = broken.replace("</maxmen>", "</maxmem>");
        document.setText(fixed);
        assertTrue(document.isTextValid());
        assertTrue(document.problems().isEmpty(), document.problems().toString());
        assertTrue(document.parseError().isEmpty());
        assertTrue(document.canSave().allowed());
    }

    @Test
    public void aNumberThatIsNotANumberIsAParseErrorAtItsLine() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        document.setText(ORIGINAL.replace("<memory>1024</memory>", "<memory>lots</memory>"));
        assertFalse(document.isTextValid());
        assertEquals(6, document.problems().get(0).line(), document.problems().toString());
        assertEquals(1024, document.model().getMemory());
    }

    @Test
    public void aValueOutsideTheSchemaRangeReachesTheModelAndIsReportedAtItsField() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        document.setText(ORIGINAL.replace("<memory>1024</memory>", "<memory>0</memory>"));
        assertTrue(document.isTextValid(), "the model can hold 0: like the same mistake made on the form");
        assertEquals(0, document.model().getMemory());
        DocumentProblem problem = document.problems().stream().filter(p -> p.path().equals("memory")).findFirst()
                .orElseThrow();
        assertEquals(DomainRule.INVALID_VALUE, problem.rule());
        assertFalse(problem.parseError());
        assertEquals(6, problem.line());
        assertFalse(document.canSave().allowed());
        assertTrue(document.canSave().reason().contains("memory '0' is not valid"), document.canSave().reason());
    }

    @Test
    public void aDocumentOpenedBrokenShowsTheErrorAndTakesTheFirstTextThatParses() {
        String broken = ORIGINAL.replace("</domain>", "");
        DomainDocument document = new DomainDocument(broken);
        assertFalse(document.isTextValid());
        assertEquals(broken, document.text());
        document.setText(ORIGINAL);
        assertTrue(document.isTextValid());
        assertEquals("web01", document.model().getName());
        document.undo();
        assertEquals(broken, document.text(), "undo goes back to the text as it was opened");
        assertFalse(document.isTextValid());
        assertTrue(document.commandStack().canRedo());
        document.redo();
        assertEquals(ORIGINAL, document.text());
    }

    @Test
    public void aDoctypeIsRefused() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        document.setText(ORIGINAL.replace("<!-- web server, owned by ops -->",
                "<!DOCTYPE domain [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"));
        assertFalse(document.isTextValid());
        assertEquals(DomainRule.DOCTYPE, document.problems().get(0).rule());
        assertEquals("web01", document.model().getName());
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
