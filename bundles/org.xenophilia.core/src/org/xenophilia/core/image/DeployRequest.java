package org.xenophilia.core.image;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a deployment makes, as {@code Xenophilia.image.deploy}'s {@code args} say it (docs/images.md, <i>deploy
 * args</i>): the image, the repository its volume is made in, the new domain's name, and what the node defaults when
 * left out (the size: the image's minimum disk; memory and vCPUs: its template's; no network: no vif).
 *
 * @param image the image's id, {@code NAME:VERSION}
 * @param srUuid the repository's UUID
 * @param name the new domain's name
 * @param size the volume's size in bytes; empty for the image's minimum disk
 * @param memory the domain's memory in bytes; empty for the template's
 * @param vcpus the domain's vCPUs; empty for the template's
 * @param network the UUID of the network its vif is on; empty for no vif
 * @param start whether the domain is started once defined
 */
public record DeployRequest(String image, String srUuid, String name, OptionalLong size, OptionalLong memory,
        OptionalInt vcpus, Optional<String> network, boolean start) {

    /** Checks that the mandatory fields are there. */
    public DeployRequest {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(srUuid, "srUuid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(vcpus, "vcpus");
        Objects.requireNonNull(network, "network");
    }

    /**
     * @param sr the repository's reference on the node now
     * @param networkRef the network's reference on the node now, if one is asked for
     * @return the call's {@code args}: sizes as decimal strings (XML-RPC has no 64-bit int)
     */
    Map<String, Object> args(String sr, Optional<String> networkRef) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("image", image);
        args.put("SR", sr);
        args.put("name_label", name);
        size.ifPresent(s -> args.put("size", Long.toString(s)));
        memory.ifPresent(m -> args.put("memory", Long.toString(m)));
        vcpus.ifPresent(v -> args.put("VCPUs", (long) v));
        networkRef.ifPresent(n -> args.put("network", n));
        args.put("start", start);
        return args;
    }
}
