package org.xenophilia.xl.internal.codec;

import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.XlParam;

/** The {@code xlParam}s of disks and vifs: the spec keywords the model keeps raw, in both directions of the codec. */
final class XlParams {

    private XlParams() {
    }

    static XlParam create(String key, String value) {
        XlParam p = DomainFactory.eINSTANCE.createXlParam();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    /** Whether a keyword fits the model's XlParamName: a letter, then letters, digits, _ and -. */
    static boolean isKey(String key) {
        if (key.isEmpty() || !isAsciiLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
