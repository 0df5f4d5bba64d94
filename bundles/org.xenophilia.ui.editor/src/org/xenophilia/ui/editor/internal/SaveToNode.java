package org.xenophilia.ui.editor.internal;

import java.util.function.BooleanSupplier;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.xenophilia.model.edit.DomainDocument;

/**
 * Saves of one editor's definition to its node: each runs in a {@link SaveDomainJob}; what it did, or why not, is said
 * in the editor's header and its status line, where the user looks, and no dialog interrupts (the editor may be
 * saved by Save All or on closing). A cancelled save leaves the editor as it was: dirty, its header as before the
 * save, unless the node had applied something already, which the header then says.
 */
final class SaveToNode {

    private final NodeDomainInput input;
    private final DomainEditor editor;
    private final EditorHeader header;
    private final IStatusLineManager statusLine;
    private final BooleanSupplier editorOpen;
    private String headerBefore;
    private int headerTypeBefore;

    /**
     * @param input where the definition is saved
     * @param editor the editor
     * @param header its header
     * @param statusLine its status line
     * @param editorOpen whether the editor still shows (a save may end after it closed)
     */
    SaveToNode(NodeDomainInput input, DomainEditor editor, EditorHeader header, IStatusLineManager statusLine,
            BooleanSupplier editorOpen) {
        this.input = input;
        this.editor = editor;
        this.header = header;
        this.statusLine = statusLine;
        this.editorOpen = editorOpen;
    }

    /** @param text the definition to save, valid: starts its job */
    void start(String text) {
        headerBefore = header.message();
        headerTypeBefore = header.type();
        header.set(NLS.bind(Messages.SaveToNode_saving, input.nodeName()), IMessageProvider.INFORMATION);
        new SaveDomainJob(input, text, editor).schedule();
    }

    /**
     * On the UI thread, when a save's job is done.
     *
     * @param document the editor's document
     * @param savedText the text that was sent
     * @param outcome what happened
     */
    void finished(DomainDocument document, String savedText, SaveDomainJob.Outcome outcome) {
        if (!editorOpen.getAsBoolean()) {
            return;
        }
        if (outcome.error() != null) {
            String message = NLS.bind(Messages.SaveToNode_notSaved, outcome.error());
            header.set(message, IMessageProvider.ERROR);
            statusLine.setErrorMessage(message);
        } else if (outcome.cancelled() && outcome.applied().isEmpty()) {
            header.set(headerBefore, headerTypeBefore);
            statusLine.setMessage(NLS.bind(Messages.SaveToNode_cancelledNothingChanged, input.nodeName()));
        } else if (outcome.cancelled()) {
            header.set(NLS.bind(Messages.SaveToNode_cancelledAfter, SaveDomainJob.Outcome.paths(outcome.applied())),
                    IMessageProvider.WARNING, outcome.details());
            statusLine.setMessage(header.message());
        } else {
            if (document.text().equals(savedText)) {
                document.markSaved();
            }
            if (outcome.running()) {
                header.set(outcome.headline(), IMessageProvider.INFORMATION, outcome.details());
                statusLine.setMessage(outcome.headline());
            } else {
                header.set(null, IMessageProvider.NONE);
                statusLine.setMessage(NLS.bind(Messages.SaveToNode_saved, input.nodeName()));
            }
        }
    }
}
