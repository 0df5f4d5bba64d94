package org.xenophilia.xl.internal.codec;

/** Number parsing the way xl does it: C's {@code strtol(s, &end, 0)} with the whole string consumed. */
public final class CNumbers {

    /** A parsed number, or {@link #INVALID}. */
    public record Parsed(boolean valid, long value, boolean octal, boolean hex) {
    }

    /** The result for text that is not a number to xl. */
    public static final Parsed INVALID = new Parsed(false, 0, false, false);

    private CNumbers() {
    }

    /**
     * Parses like libxlu's {@code xlu_cfg_get_long}: leading white space and a sign are allowed, {@code 0x} means
     * hexadecimal, a leading {@code 0} octal, and nothing may follow the digits.
     *
     * @param s the text
     * @return the number, or {@link #INVALID}
     */
    public static Parsed strtol(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isCSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int base = 10;
        boolean hex = false;
        boolean octal = false;
        if (i + 2 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && digit(s.charAt(i + 2), 16) >= 0) {
            base = 16;
            hex = true;
            i += 2;
        } else if (i < n && s.charAt(i) == '0') {
            base = 8;
        }
        int digitsStart = i;
        long value = 0;
        while (i < n) {
            int d = digit(s.charAt(i), base);
            if (d < 0) {
                break;
            }
            try {
                value = Math.addExact(Math.multiplyExact(value, base), d);
            } catch (ArithmeticException e) {
                return INVALID;
            }
            i++;
        }
        if (i == digitsStart || i != n) {
            return INVALID;
        }
        octal = base == 8 && i - digitsStart > 1;
        return new Parsed(true, negative ? -value : value, octal, hex);
    }

    /**
     * @param s the text
     * @return whether the text is one or more decimal digits and nothing else (no sign, no blank)
     */
    public static boolean isDecimal(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digit(char c, int base) {
        int d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            d = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            d = c - 'A' + 10;
        } else {
            return -1;
        }
        return d < base ? d : -1;
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }
}
