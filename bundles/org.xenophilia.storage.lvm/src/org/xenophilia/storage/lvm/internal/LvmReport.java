package org.xenophilia.storage.lvm.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads what LVM's reporting commands print with {@code --reportformat json --units b}:
 * {@code {"report": [{"lv": [{"lv_name": "web", "lv_size": "104857600B", ...}]}]}}, every value a string. Strict: a
 * document that is not exactly that shape (trailing text, a value that is not a string, a size without its unit) is
 * refused rather than guessed at, since what is read decides which LVs are touched.
 */
final class LvmReport {

    private static final Pattern BYTES = Pattern.compile("(\\d{1,19})B");
    private static final Gson GSON = new Gson();

    private LvmReport() {
    }

    /**
     * @param json what the command printed on standard output
     * @param kind the report's kind: {@code lv}, {@code vg}, {@code pv}
     * @return its rows, each field by name, in the order printed
     * @throws IllegalArgumentException if it is not such a report
     */
    static List<Map<String, String>> rows(String json, String kind) {
        JsonElement root;
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            root = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("text after the report");
            }
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException("not a JSON report: " + e.getMessage(), e);
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonElement report : array(object(root, "the document").get("report"), "report")) {
            JsonElement items = object(report, "a report").get(kind);
            if (items == null) {
                continue; // a report of another kind (LVM prints one per kind asked for)
            }
            for (JsonElement item : array(items, kind)) {
                Map<String, String> row = new LinkedHashMap<>();
                for (Map.Entry<String, JsonElement> field : object(item, "a " + kind + " row").entrySet()) {
                    JsonElement v = field.getValue();
                    if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                        throw new IllegalArgumentException(kind + " field " + field.getKey() + " is not a string: "
                                + v);
                    }
                    row.put(field.getKey(), v.getAsString());
                }
                out.add(row);
            }
        }
        return out;
    }

    private static JsonObject object(JsonElement e, String what) {
        if (e == null || !e.isJsonObject()) {
            throw new IllegalArgumentException(what + " is not an object: " + e);
        }
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonElement e, String what) {
        if (e == null || !e.isJsonArray()) {
            throw new IllegalArgumentException(what + " is not a list: " + e);
        }
        return e.getAsJsonArray();
    }

    /**
     * @param row a row
     * @param field a field asked for with {@code -o}
     * @return its value
     * @throws IllegalArgumentException if the row lacks it
     */
    static String field(Map<String, String> row, String field) {
        String v = row.get(field);
        if (v == null) {
            throw new IllegalArgumentException("no field " + field + " in " + row);
        }
        return v;
    }

    /** @return a size field in bytes ({@code --units b}: {@code "104857600B"}); {@code ""} is 0 */
    static long bytes(Map<String, String> row, String field) {
        String v = field(row, field);
        if (v.isEmpty()) {
            return 0;
        }
        if (!BYTES.matcher(v).matches()) {
            throw new IllegalArgumentException(field + " is not a size in bytes: " + v);
        }
        return Long.parseLong(v.substring(0, v.length() - 1));
    }

    /** @return a percentage field ({@code "12.50"}), or 0 if empty (not applicable to that LV) */
    static BigDecimal percent(Map<String, String> row, String field) {
        String v = field(row, field);
        if (v.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a percentage: " + v, e);
        }
    }

    /** @return a count field ({@code "3"}) */
    static int count(Map<String, String> row, String field) {
        String v = field(row, field);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a count: " + v, e);
        }
    }

    /** @return a tags field ({@code "a,b"}) as a set; {@code ""} is none */
    static Set<String> tags(Map<String, String> row, String field) {
        String v = field(row, field);
        Set<String> tags = new LinkedHashSet<>();
        if (!v.isEmpty()) {
            for (String t : v.split(",")) {
                tags.add(t);
            }
        }
        return tags;
    }
}
