package org.xenophilia.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainDocumentListener;
import org.xenophilia.model.edit.DomainEdits;

/** One undo history for form and XML edits; text and model always agree; the dirty flag follows the save point. */
public class UndoRedoTest {

    private static final String ORIGINAL = Fixtures.HAND_WRITTEN;

    @Test
    public void mixedEditsUndoAndRedoInOrderWithTextAndModelTogether() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        List<String> texts = new ArrayList<>();
        List<Domain> models = new ArrayList<>();
        Runnable snapshot = () -> {
            texts.add(document.text());
            models.add(EcoreUtil.copy(document.model()));
        };
        snapshot.run();
        document.execute(DomainEdits.set(document, "memory", 2048));
        snapshot.run();
        document.setText(document.text().replace("<kernel>/boot/vmlinuz</kernel>",
                "<kernel>/boot/vmlinuz-6.1</kernel>\n    <ramdisk>/boot/initrd-6.1</ramdisk>"));
        snapshot.run();
        document.execute(DomainEdits.removeVif(document, 0));
        snapshot.run();
        document.execute(DomainEdits.addTag(document, "web"));
        snapshot.run();
        document.setText(document.text().replace("<type>pvh</type>", "<type>pv</type>"));
        snapshot.run();

        for (int step = texts.size() - 2; step >= 0; step--) {
            assertTrue(document.commandStack().canUndo());
            document.undo();
            assertEquals(texts.get(step), document.text(), "text after undo to step " + step);
            assertTrue(EcoreUtil.equals(models.get(step), document.model()), "model after undo to step " + step);
        }
        assertFalse(document.commandStack().canUndo());
        assertFalse(document.isDirty());
        for (int step = 1; step < texts.size(); step++) {
            document.redo();
            assertEquals(texts.get(step), document.text(), "text after redo to step " + step);
            assertTrue(EcoreUtil.equals(models.get(step), document.model()), "model after redo to step " + step);
        }
    }

    @Test
    public void undoAfterATextOnlyEditKeepsTheNewComment() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        document.execute(DomainEdits.set(document, "memory", 2048));
        document.setText(document.text().replace("<!-- boot -->", "<!-- boot: direct kernel -->"));
        document.undo();
        assertEquals(ORIGINAL.replace("<!-- boot -->", "<!-- boot: direct kernel -->"), document.text(),
                "memory goes back in place, the comment typed since stays");
        assertEquals(1024, document.model().getMemory());
    }

    @Test
    public void undoWhileTheXmlDoesNotParseIsRefused() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        document.execute(DomainEdits.set(document, "memory", 2048));
        document.setText(document.text().replace("</domain>", "</domai"));
        assertFalse(document.commandStack().canUndo());
        document.undo();
        assertEquals(2048, document.model().getMemory());
    }

    @Test
    public void dirtyFollowsTheSavePoint() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        List<Boolean> dirtyEvents = new ArrayList<>();
        document.addListener(new DomainDocumentListener() {
            @Override
            public void dirtyChanged(DomainDocument source, boolean dirty) {
                dirtyEvents.add(dirty);
            }
        });
        assertFalse(document.isDirty());
        document.execute(DomainEdits.set(document, "memory", 2048));
        assertTrue(document.isDirty());
        document.undo();
        assertFalse(document.isDirty(), "back at the opened text");
        document.redo();
        assertEquals(document.text(), document.save());
        assertFalse(document.isDirty());
        assertFalse(document.commandStack() instanceof org.eclipse.emf.common.command.BasicCommandStack stack
                && stack.isSaveNeeded());
        document.undo();
        assertTrue(document.isDirty(), "undo past the save point");
        document.redo();
        assertFalse(document.isDirty());
        assertEquals(List.of(true, false, true, false, true, false), dirtyEvents);
    }

    @Test
    public void revertGoesBackToTheSavedTextAndClearsTheHistory() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        Domain model = document.model();
        document.execute(DomainEdits.set(document, "memory", 2048));
        document.setText(document.text().replace("</domain>", "</dom"));
        document.revert();
        assertEquals(ORIGINAL, document.text());
        assertTrue(document.isTextValid());
        assertEquals(1024, model.getMemory(), "the same model object, back to the saved values");
        assertFalse(document.isDirty());
        assertFalse(document.commandStack().canUndo());
    }

    @Test
    public void commandStackListenersSeeTheNewText() {
        DomainDocument document = new DomainDocument(ORIGINAL);
        List<String> seen = new ArrayList<>();
        document.commandStack().addCommandStackListener(event -> seen.add(document.text()));
        document.execute(DomainEdits.set(document, "memory", 2048));
        document.undo();
        assertEquals(List.of(ORIGINAL.replace("1024", "2048"), ORIGINAL), seen);
    }
}
