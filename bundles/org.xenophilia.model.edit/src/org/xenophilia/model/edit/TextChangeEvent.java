package org.xenophilia.model.edit;

import java.util.List;

/**
 * The XML text of a {@link DomainDocument} changed.
 *
 * @param document the document
 * @param oldText the text before
 * @param newText the text now
 * @param changes how to turn {@code oldText} into {@code newText} (sorted, offsets in {@code oldText}); a source page
 *        applies these instead of replacing its whole document
 * @param cause why it changed; for {@link ChangeCause#XML_EDIT} the source page has the text already
 * @param rewritten true when the text could not be edited in place and was written anew in canonical form
 *        (comments and formatting are then lost); never the case for the edits of the form pages
 */
public record TextChangeEvent(DomainDocument document, String oldText, String newText, List<TextChange> changes,
        ChangeCause cause, boolean rewritten) {
}
