package org.xenophilia.model.edit;

import java.util.List;

/**
 * Whether a {@link DomainDocument} may be saved, and if not, why.
 *
 * @param allowed true when the text parses and the definition has no errors (warnings do not block saving)
 * @param reason a sentence for the user when not allowed, e.g. "The XML does not parse: line 7:12: ..." or
 *        "The definition has 2 errors: maxmem 512 MiB is less than memory ..."; empty when allowed
 * @param blocking the problems that block saving
 */
public record SaveCheck(boolean allowed, String reason, List<DocumentProblem> blocking) {

    /** Copies the list. */
    public SaveCheck {
        blocking = List.copyOf(blocking);
    }
}
