package org.xenophilia.agent.internal.image;

import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/** The domains and networks of the node as a deployment uses them: implemented over the hypervisor backend. */
public interface DeploymentDomains {

    /** @return whether a domain has this name */
    boolean nameTaken(String name) throws XenApiException;

    /**
     * @param refOrName a network's reference or name
     * @return the name of the node's network it is
     * @throws XenApiException {@code XENOPHILIA_IMAGE_INVALID [network, words]} when the node has no such network
     */
    String network(String refOrName) throws XenApiException;

    /** @return the host's architecture as catalogs name it ({@code x86_64}, {@code aarch64}) */
    String architecture();

    /**
     * Defines a domain as {@code Xenophilia.VM.create_from_xml} does (within {@code max-domains}) and publishes it.
     *
     * @param d its definition, with its uuid
     * @return its reference
     */
    Ref define(Domain d) throws XenApiException;

    /** @return whether a domain of this uuid is defined */
    boolean defined(String uuid) throws XenApiException;

    /** Starts a defined domain. */
    void start(String uuid) throws XenApiException;

    /** Removes a defined, halted domain and publishes its deletion. */
    void undefine(String uuid) throws XenApiException;
}
