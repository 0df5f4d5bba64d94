package org.xenophilia.core.storage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes of storage as the Workbench shows and reads them: binary units, one decimal at most. */
public final class ByteSizes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    private static final Pattern TYPED = Pattern.compile("\\s*(\\d+(?:[.,]\\d+)?)\\s*([KMGTP]?)(?:i?B)?\\s*",
            Pattern.CASE_INSENSITIVE);

    private ByteSizes() {
    }

    /**
     * @param bytes a size
     * @return it in the largest binary unit that keeps it at 1 or more, with one decimal unless whole:
     *         {@code 512 B}, {@code 64 MiB}, {@code 1.5 GiB}
     */
    public static String format(long bytes) {
        int unit = 0;
        double value = bytes;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = String.format(Locale.ROOT, "%.1f", value);
        if (number.endsWith(".0")) {
            number = number.substring(0, number.length() - 2);
        }
        return number + " " + UNITS[unit];
    }

    /**
     * Reads a size as users type it: a number, optionally with a decimal part, and a binary unit letter
     * ({@code 10G}, {@code 1.5 GiB}, {@code 512m}); a bare number is in {@code defaultUnit}.
     *
     * @param text what was typed
     * @param defaultUnit the unit of a bare number, one of {@code K M G T P} or empty for bytes
     * @return the bytes (whole bytes, rounded down), or empty if it is not a size or too large
     */
    public static OptionalLong parse(String text, String defaultUnit) {
        Matcher m = TYPED.matcher(text);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        String unit = m.group(2).isEmpty() ? defaultUnit : m.group(2).toUpperCase(Locale.ROOT);
        int power = "KMGTP".indexOf(unit) + 1;
        try {
            BigDecimal bytes = new BigDecimal(m.group(1).replace(',', '.')).multiply(BigDecimal.valueOf(1024)
                    .pow(power)).setScale(0, RoundingMode.DOWN);
            return OptionalLong.of(bytes.longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }
}
