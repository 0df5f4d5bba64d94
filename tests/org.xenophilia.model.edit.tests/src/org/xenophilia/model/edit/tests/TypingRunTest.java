package org.xenophilia.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainEdits;

/**
 * Typing into a form field commits on every keystroke; for the user it is one edit. Consecutive edits of one field
 * are one undo step, as in a text editor, and the run ends where the user would expect a new step.
 */
public class TypingRunTest {

    private static final String ORIGINAL = Fixtures.HAND_WRITTEN;

    /** Types {@code typed} into the memory field one character at a time, as a Text widget reports it. */
    private static void typeMemory(DomainDocument document, String typed) {
        for (int i = 1; i <= typed.length(); i++) {
            document.execute(DomainEdits.setFromText(document, "memory", typed.substring(0, i)), "memory");
        }
    }

    @Test
    public void typingANumberIsUndoneInOneStepBackToTheExactText() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        typeMemory(document, "2048");
        assertEquals(2048, document.model().getMemory());
        assertTrue(document.text().contains("<memory>2048</memory>"));

        document.undo();
        assertEquals(ORIGINAL, document.text(), "one undo restores the text from before the typing");
        assertEquals(1024, document.model().getMemory());
        assertFalse(document.commandStack().canUndo(), "the four keystrokes were one step");
        assertFalse(document.isDirty());

        document.redo();
        assertEquals(2048, document.model().getMemory());
        assertTrue(document.text().contains("<memory>2048</memory>"));
        assertFalse(document.commandStack().canRedo());
    }

    @Test
    public void anotherFieldStartsANewStep() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        typeMemory(document, "2048");
        String afterMemory = document.text();
        document.execute(DomainEdits.setFromText(document, "maxmem", "4"), "maxmem");
        document.execute(DomainEdits.setFromText(document, "maxmem", "40"), "maxmem");
        document.execute(DomainEdits.setFromText(document, "maxmem", "4096"), "maxmem");

        document.undo();
        assertEquals(afterMemory, document.text(), "maxmem's typing is one step of its own");
        document.undo();
        assertEquals(ORIGINAL, document.text());
    }

    @Test
    public void leavingTheFieldEndsTheRun() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        typeMemory(document, "2048");
        String first = document.text();
        document.endTypingRun();
        typeMemory(document, "512");

        document.undo();
        assertEquals(first, document.text(), "coming back to the field is a new step");
        document.undo();
        assertEquals(ORIGINAL, document.text());
    }

    @Test
    public void aSaveEndsTheRunSoUndoStopsAtTheSavedText() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        typeMemory(document, "2048");
        document.markSaved();
        String saved = document.text();
        document.execute(DomainEdits.setFromText(document, "memory", "20480"), "memory");
        assertTrue(document.isDirty());

        document.undo();
        assertEquals(saved, document.text(), "the edit after the save is undone alone");
        assertFalse(document.isDirty(), "and the editor is back at its save point");
    }

    @Test
    public void anUndoInBetweenEndsTheRun() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        typeMemory(document, "20");
        document.undo();
        assertEquals(ORIGINAL, document.text());
        typeMemory(document, "30");
        assertFalse(document.commandStack().canRedo(), "the new typing discarded the undone step");
        document.undo();
        assertEquals(ORIGINAL, document.text(), "typing after an undo does not join the undone step");
        assertFalse(document.commandStack().canUndo());
    }

    @Test
    public void anXmlEditInBetweenEndsTheRun() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        typeMemory(document, "2048");
        String afterTyping = document.text();
        document.setText(document.text().replace("<extra>console=hvc0</extra>", "<extra>console=hvc0 quiet</extra>"));
        String afterXml = document.text();
        typeMemory(document, "512");

        document.undo();
        assertEquals(afterXml, document.text());
        document.undo();
        assertEquals(afterTyping, document.text());
        document.undo();
        assertEquals(ORIGINAL, document.text());
    }
}
