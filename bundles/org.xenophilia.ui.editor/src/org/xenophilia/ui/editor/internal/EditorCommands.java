package org.xenophilia.ui.editor.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.xenophilia.model.edit.DomainDocument;

/**
 * The workbench commands one domain editor handles while it is active: Edit > Undo and Redo over the document's one
 * command stack (whichever page is shown), File > Save, Save As and Revert. Undo (Redo) is enabled while the stack can
 * undo (redo), or while the XML page holds typing not yet handed to the document (undoing it hands it over first).
 */
final class EditorCommands {

    private final UndoHandler undo;
    private final UndoHandler redo;

    private EditorCommands(DomainEditor editor) {
        undo = new UndoHandler(editor, true);
        redo = new UndoHandler(editor, false);
    }

    /**
     * Activates the handlers on the editor's site.
     *
     * @param editor the editor
     * @param handlers its site's handler service
     * @return the handlers, to {@link #updateUndoState()}
     */
    static EditorCommands activate(DomainEditor editor, IHandlerService handlers) {
        EditorCommands h = new EditorCommands(editor);
        handlers.activateHandler(IWorkbenchCommandConstants.EDIT_UNDO, h.undo);
        handlers.activateHandler(IWorkbenchCommandConstants.EDIT_REDO, h.redo);
        handlers.activateHandler(IWorkbenchCommandConstants.FILE_SAVE, handler(
                () -> editor.getSite().getPage().saveEditor(editor, false)));
        handlers.activateHandler(IWorkbenchCommandConstants.FILE_SAVE_AS, handler(editor::doSaveAs));
        handlers.activateHandler(IWorkbenchCommandConstants.FILE_REVERT, handler(editor::revert));
        return h;
    }

    /** Re-reads whether Undo and Redo can act. */
    void updateUndoState() {
        undo.update();
        redo.update();
    }

    private static AbstractHandler handler(Runnable action) {
        return new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                action.run();
                return null;
            }
        };
    }

    private static final class UndoHandler extends AbstractHandler {
        private final DomainEditor editor;
        private final boolean undo;

        UndoHandler(DomainEditor editor, boolean undo) {
            this.editor = editor;
            this.undo = undo;
        }

        @Override
        public Object execute(ExecutionEvent event) {
            if (undo) {
                editor.undo();
            } else {
                editor.redo();
            }
            return null;
        }

        void update() {
            DomainDocument document = editor.document();
            boolean enabled = document != null
                    && (undo ? document.commandStack().canUndo() : document.commandStack().canRedo());
            setBaseEnabled(enabled || (editor.xmlPage() != null && editor.xmlPage().hasPendingText()));
        }
    }
}
