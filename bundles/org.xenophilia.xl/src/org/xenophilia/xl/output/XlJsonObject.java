package org.xenophilia.xl.output;

import java.util.Optional;
import java.util.OptionalLong;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Read access to a JSON object printed by {@code xl list -l}, following libxl's JSON conventions: booleans are the
 * strings {@code "True"} and {@code "False"}, numbers are JSON numbers, and absent fields mean "default".
 */
public class XlJsonObject {

    private final JsonObject object;

    XlJsonObject(JsonObject object) {
        this.object = object;
    }

    JsonObject object() {
        return object;
    }

    /**
     * @param path field names from this object down, e.g. {@code "b_info", "sched_params", "sched"} (names may
     *             contain dots, such as {@code type.pv}, so they are given one by one)
     * @return the string at the path; a number is returned as its decimal text
     */
    public Optional<String> string(String... path) {
        JsonElement e = find(path);
        return e != null && e.isJsonPrimitive() ? Optional.of(e.getAsString()) : Optional.empty();
    }

    /**
     * @param path field names from this object down
     * @return the whole number at the path (JSON number, or a string of digits)
     */
    public OptionalLong number(String... path) {
        JsonElement e = find(path);
        if (e == null || !e.isJsonPrimitive()) {
            return OptionalLong.empty();
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        try {
            long value = p.isNumber() ? p.getAsBigDecimal().longValueExact() : Long.parseLong(p.getAsString());
            return OptionalLong.of(value);
        } catch (ArithmeticException | NumberFormatException ex) {
            return OptionalLong.empty();
        }
    }

    /**
     * @param path field names from this object down
     * @return the boolean at the path: libxl's {@code "True"}/{@code "False"}, a JSON boolean, or the numbers 1/0
     */
    public Optional<Boolean> bool(String... path) {
        JsonElement e = find(path);
        if (e == null || !e.isJsonPrimitive()) {
            return Optional.empty();
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return Optional.of(p.getAsBoolean());
        }
        String s = p.getAsString();
        return switch (s) {
            case "True", "true", "1" -> Optional.of(Boolean.TRUE);
            case "False", "false", "0" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /**
     * @param path field names from this object down
     * @return whether there is any value at the path
     */
    public boolean has(String... path) {
        return find(path) != null;
    }

    private JsonElement find(String... path) {
        JsonElement e = object;
        for (String name : path) {
            if (e == null || !e.isJsonObject()) {
                return null;
            }
            e = e.getAsJsonObject().get(name);
        }
        return e == null || e.isJsonNull() ? null : e;
    }

    /** @return the object as compact JSON text */
    public String toJson() {
        return object.toString();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
