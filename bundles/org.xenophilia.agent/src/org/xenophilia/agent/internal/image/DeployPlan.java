package org.xenophilia.agent.internal.image;

import org.xenophilia.image.CatalogImage;

/**
 * A deployment checked against the node, with every default filled in: what the task will make.
 *
 * @param image the image
 * @param sr the SR the volume goes into
 * @param name the domain's name, also its volume's
 * @param size the volume's size in bytes
 * @param memoryMiB the domain's memory in MiB
 * @param vcpus the domain's vCPUs
 * @param network the name of the network its vif is on, or {@code null} for none
 * @param start whether to start it
 * @param domainUuid the uuid the domain will have (in the journal before it is defined)
 */
public record DeployPlan(CatalogImage image, DeploymentVolumes.Destination sr, String name, long size, int memoryMiB,
        int vcpus, String network, boolean start, String domainUuid) {
}
