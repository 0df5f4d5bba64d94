package org.xenophilia.model.edit;

/** Why the text or the model of a {@link DomainDocument} changed. */
public enum ChangeCause {
    /** A command executed on the model, e.g. a form field edit ({@link DomainDocument#execute}). */
    FORM_EDIT,
    /** New XML text from the source page ({@link DomainDocument#setText}). */
    XML_EDIT,
    /** Undo of a command. */
    UNDO,
    /** Redo of a command. */
    REDO,
    /** The whole definition was replaced ({@link DomainDocument#reload}, {@link DomainDocument#revert}). */
    RELOAD
}
