package org.xenophilia.agent.internal.image;

import java.util.List;
import java.util.Map;

import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;

/**
 * The {@code args} of {@code Xenophilia.image.deploy} as sent, each read as its type (docs/images.md): numbers as the
 * wire encodes them (bytes as strings), absent optional ones {@code null}. Nothing is checked against the node here.
 *
 * @param image the image's id
 * @param sr the SR's reference
 * @param name the domain's name
 * @param size the volume's size in bytes, or {@code null} for the image's minimum
 * @param memory the domain's memory in bytes, or {@code null} for the template's
 * @param vcpus the domain's vCPUs, or {@code null} for the template's
 * @param network a network's reference or name, or {@code null} for no vif
 * @param start whether to start the domain
 */
public record DeployRequest(String image, String sr, String name, Long size, Long memory, Long vcpus, String network,
        boolean start) {

    /**
     * @param args the call's {@code args}
     * @return the request
     * @throws XenApiException {@code XENOPHILIA_IMAGE_INVALID [field, words]} for a mandatory field missing or a
     *         field of the wrong type
     */
    public static DeployRequest parse(Map<String, Object> args) throws XenApiException {
        for (String key : args.keySet()) {
            if (!List.of("image", "SR", "name_label", "size", "memory", "VCPUs", "network", "start")
                    .contains(key)) {
                throw ImageErrors.invalid(key, "not a field of a deployment (image, SR, name_label, size, memory,"
                        + " VCPUs, network, start)");
            }
        }
        String network = string(args, "network", false);
        return new DeployRequest(string(args, "image", true), string(args, "SR", true),
                string(args, "name_label", true), number(args, "size"), number(args, "memory"),
                number(args, "VCPUs"), network == null || network.isEmpty() ? null : network,
                args.containsKey("start") && bool(args, "start"));
    }

    private static String string(Map<String, Object> args, String field, boolean mandatory) throws XenApiException {
        Object v = args.get(field);
        if (v == null || mandatory && String.valueOf(v).isEmpty()) {
            if (mandatory) {
                throw ImageErrors.invalid(field, "mandatory");
            }
            return null;
        }
        try {
            return WireValues.asString(v);
        } catch (IllegalArgumentException e) {
            throw ImageErrors.invalid(field, "not a string: " + v);
        }
    }

    private static Long number(Map<String, Object> args, String field) throws XenApiException {
        Object v = args.get(field);
        if (v == null || "".equals(v)) {
            return null;
        }
        try {
            return WireValues.asLong(v);
        } catch (IllegalArgumentException e) {
            throw ImageErrors.invalid(field, "not a whole number: " + v);
        }
    }

    private static boolean bool(Map<String, Object> args, String field) throws XenApiException {
        try {
            return WireValues.asBoolean(args.get(field));
        } catch (IllegalArgumentException e) {
            throw ImageErrors.invalid(field, "not true or false: " + args.get(field));
        }
    }
}
