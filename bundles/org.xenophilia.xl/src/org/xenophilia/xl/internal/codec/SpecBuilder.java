package org.xenophilia.xl.internal.codec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.xenophilia.domain.XlParam;
import org.xenophilia.xl.codec.XlEncodeException;

/**
 * Builds one spec string of a disk, vif or vfb list: comma-separated {@code key=value} pairs and flags, the
 * attributes of the model first, then its {@code xlParam}s. Refuses what xl would read differently: a comma inside a
 * value, an {@code xlParam} that is not a keyword or repeats an attribute.
 */
final class SpecBuilder {

    private final String path;
    private final List<String> params = new ArrayList<>();
    private final Set<String> attributes = new HashSet<>();

    /**
     * @param path the model path of the device, for errors: {@code disks[0]}, {@code vifs[1]}, {@code display}
     */
    SpecBuilder(String path) {
        this.path = path;
    }

    /**
     * Adds {@code key=value} for an attribute of the model: an enumerator as its literal, a boolean as 1 or 0, a
     * number in decimal; nothing if the value is null.
     */
    void attribute(String key, Object value) throws XlEncodeException {
        if (value != null) {
            add(path, key, value instanceof Enumerator e ? e.getLiteral()
                    : value instanceof Boolean b ? (b ? "1" : "0") : value.toString());
            attributes.add(key);
        }
    }

    /** Adds the {@code index}-th {@code xlParam}: {@code key=value}, or the flag {@code key} without a value. */
    void xlParam(int index, XlParam p) throws XlEncodeException {
        String paramPath = path + ".xlParams[" + index + "]";
        String key = p.getKey();
        if (key == null || !XlParams.isKey(key)) {
            throw new XlEncodeException(paramPath + ".key", String.valueOf(key), "not a spec keyword (a letter, then "
                    + "letters, digits, _ and -)");
        }
        if (attributes.contains(key)) {
            throw new XlEncodeException(paramPath + ".key", key, "the keyword is also set as an attribute");
        }
        if (p.getValue() == null) {
            params.add(key);
        } else {
            add(paramPath, key, p.getValue());
        }
    }

    void xlParams(List<XlParam> xlParams) throws XlEncodeException {
        for (int j = 0; j < xlParams.size(); j++) {
            xlParam(j, xlParams.get(j));
        }
    }

    /** Adds text as it is (checked by the caller), e.g. {@code target=}, which must come last. */
    void addLast(String text) {
        params.add(text);
    }

    private void add(String at, String key, String value) throws XlEncodeException {
        if (value.indexOf(',') >= 0) {
            throw new XlEncodeException(at + "." + key, value, "a comma cannot be written inside a spec value "
                    + "(xl splits the spec at commas)");
        }
        params.add(key + "=" + value);
    }

    String text() {
        return String.join(",", params);
    }
}
