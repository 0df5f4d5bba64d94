package org.xenophilia.ui.network.internal.wizards;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.NetworkRule;
import org.xenophilia.ui.network.internal.Messages;

/**
 * Field text into a definition's values: blank is unset, a number that is not one is a problem at its field (the
 * model holds numbers, so the validator never sees such text; the schema's rule {@code invalid-value} names it).
 */
final class DraftValues {

    private DraftValues() {
    }

    /**
     * @param text a field's text
     * @return the text stripped, or null when blank
     */
    static String text(String text) {
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * @param text a field's text
     * @param path the field's path
     * @param problems where a problem is added
     * @return the number, or null when blank or not a number
     */
    static Integer number(String text, String path, List<NetworkProblem> problems) {
        String s = text(text);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            problems.add(new NetworkProblem(NetworkProblem.Severity.ERROR, NetworkRule.INVALID_VALUE, path, s, NLS
                    .bind(Messages.Draft_notANumber, path, s), 0, 0));
            return null;
        }
    }
}
