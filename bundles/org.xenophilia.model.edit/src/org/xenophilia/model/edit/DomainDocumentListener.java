package org.xenophilia.model.edit;

import java.util.List;

/**
 * Hears about changes of a {@link DomainDocument}. Called on the thread that made the change (the UI thread), after
 * text, model and problems are consistent again, in this order: text, model, problems, dirty state.
 */
public interface DomainDocumentListener {

    /**
     * The XML text changed.
     *
     * @param event what changed
     */
    default void textChanged(TextChangeEvent event) {
    }

    /**
     * The model changed (forms refresh their fields from {@link DomainDocument#model()}).
     *
     * @param document the document
     * @param cause why
     */
    default void modelChanged(DomainDocument document, ChangeCause cause) {
    }

    /**
     * The problems changed.
     *
     * @param document the document
     * @param problems the current problems, see {@link DomainDocument#problems()}
     */
    default void problemsChanged(DomainDocument document, List<DocumentProblem> problems) {
    }

    /**
     * The dirty state changed.
     *
     * @param document the document
     * @param dirty see {@link DomainDocument#isDirty()}
     */
    default void dirtyChanged(DomainDocument document, boolean dirty) {
    }
}
