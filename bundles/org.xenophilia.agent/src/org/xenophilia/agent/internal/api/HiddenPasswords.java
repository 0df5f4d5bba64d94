package org.xenophilia.agent.internal.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the passwords among the raw xl.cfg settings a VM record shows in {@code other_config} ({@code xl:<key>}).
 * Records are read by every role, definitions only from {@code operator} up because they may hold a password; so a
 * setting the model keeps verbatim must not carry one into a record: a key named for a password ({@code spicepasswd},
 * and any other {@code ...passwd} or {@code ...password}) shows {@value #MASK} as its value, and so does each such
 * {@code name=value} inside a value ({@code vfb = ['vnc=1,vncpasswd=...,...']}). The definition keeps them.
 */
final class HiddenPasswords {

    /** What a password shows as. */
    static final String MASK = "********";

    private static final Pattern PASSWORD_NAME = Pattern.compile("(?i)\\w*passw(?:or)?d");
    /** {@code name=value} with a password's name, the value up to the next comma, quote, bracket or blank. */
    private static final Pattern PASSWORD_ITEM = Pattern.compile("(?i)(\\b\\w*passw(?:or)?d\\s*=\\s*)[^,\"'\\]\\s]*");

    private HiddenPasswords() {
    }

    /**
     * @param key an xl.cfg key
     * @param rawValue its value as written in the file
     * @return the value as a record shows it
     */
    static String inSetting(String key, String rawValue) {
        if (PASSWORD_NAME.matcher(key).matches()) {
            String v = rawValue.strip();
            boolean quoted = v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')
                    && v.charAt(v.length() - 1) == v.charAt(0);
            return quoted ? v.charAt(0) + MASK + v.charAt(0) : MASK;
        }
        return PASSWORD_ITEM.matcher(rawValue).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
}
