package org.xenophilia.agent.backend;

import java.util.regex.Pattern;

/**
 * The domain names the Agent lets reach a toolstack: the model's pattern (1-64 of {@code A-Z a-z 0-9 _ . + : @ -},
 * not starting with punctuation), and not {@code Domain-0}. Checked by every backend before a name is used, so a
 * name carrying shell metacharacters, spaces, quotes or a leading {@code -} (which a command would take for an
 * option) never gets as far as a process.
 */
public final class DomainNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+:@-]{0,63}");

    private DomainNames() {
    }

    /**
     * @param name a domain name
     * @return whether it may be used
     */
    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches() && !"Domain-0".equals(name);
    }

    /**
     * @param name a domain name
     * @throws BackendException {@code INVALID_VALUE [name_label, name]} if it may not be used
     */
    public static void check(String name) throws BackendException {
        if (!isValid(name)) {
            throw new BackendException(BackendException.Kind.INVALID_VALUE, "invalid domain name " + name
                    + ": expected 1-64 of A-Z a-z 0-9 _ . + : @ -, not starting with punctuation, not Domain-0",
                    java.util.List.of("name_label", String.valueOf(name)));
        }
    }
}
