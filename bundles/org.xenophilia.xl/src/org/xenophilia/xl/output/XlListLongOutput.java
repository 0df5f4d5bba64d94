package org.xenophilia.xl.output;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads the output of {@code xl list -l} (also {@code xl list --long DOMAIN}): always a JSON array, even for one
 * domain, of objects {@code {"domid": N, "config": {...}}}.
 */
public final class XlListLongOutput {

    private XlListLongOutput() {
    }

    /**
     * Parses the standard output of {@code xl list -l}.
     *
     * @param output the JSON text
     * @return the domains in output order
     * @throws XlOutputFormatException if the text is not JSON, not an array, or an element lacks {@code domid} or
     *                                 {@code config}
     */
    public static List<XlDomainConfig> parse(String output) throws XlOutputFormatException {
        JsonElement root;
        try {
            root = JsonParser.parseString(output);
        } catch (JsonParseException e) {
            throw new XlOutputFormatException("xl list -l output is not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonArray()) {
            throw new XlOutputFormatException(0, "xl list -l output is not a JSON array");
        }
        JsonArray array = root.getAsJsonArray();
        List<XlDomainConfig> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonObject()) {
                throw new XlOutputFormatException(0, "element " + i + " of xl list -l is not an object");
            }
            JsonObject o = e.getAsJsonObject();
            JsonElement domid = o.get("domid");
            JsonElement config = o.get("config");
            if (domid == null || !domid.isJsonPrimitive() || !domid.getAsJsonPrimitive().isNumber()) {
                throw new XlOutputFormatException(0, "element " + i + " of xl list -l has no numeric domid");
            }
            if (config == null || !config.isJsonObject()) {
                throw new XlOutputFormatException(0, "element " + i + " of xl list -l has no config object");
            }
            long id = domid.getAsLong();
            if (id < 0 || id > Integer.MAX_VALUE) {
                throw new XlOutputFormatException(0, "element " + i + " of xl list -l has domid " + id);
            }
            result.add(new XlDomainConfig((int) id, config.getAsJsonObject()));
        }
        return result;
    }
}
