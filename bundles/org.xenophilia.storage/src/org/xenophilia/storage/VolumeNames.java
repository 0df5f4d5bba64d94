package org.xenophilia.storage;

import java.util.regex.Pattern;

/**
 * The rule for the names of new volumes, the same for every backend so that a name the admin picks works on any
 * repository: 1-64 of {@code A-Z a-z 0-9 _ . + -}, starting with a letter or a digit. So a name is never an option to
 * a tool (no leading {@code -}), never a path ({@code /}, {@code ..} alone), never hidden (leading {@code .}) and
 * never needs quoting; the Agent passes names to tools as single arguments anyway, never through a shell. A backend
 * may refuse more (LVM's reserved words) with {@link StorageException#invalidValue}.
 */
public final class VolumeNames {

    /** What a new volume's name may be. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}");

    private VolumeNames() {
    }

    /**
     * @param name a name asked for
     * @return the name
     * @throws StorageException {@code INVALID_VALUE [name, value]} if it breaks the rule
     */
    public static String check(String name) throws StorageException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw StorageException.invalidValue("name", String.valueOf(name), "a volume's name is 1-64 of A-Z a-z"
                    + " 0-9 _ . + -, starting with a letter or a digit: " + printable(name));
        }
        return name;
    }

    /** The name as it can be shown in a message: control characters escaped, long ones cut. */
    private static String printable(String name) {
        if (name == null) {
            return "(none)";
        }
        StringBuilder b = new StringBuilder("'");
        name.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append(name.length() > 80 ? "...'" : "'").toString();
    }
}
