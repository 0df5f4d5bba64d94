package org.xenophilia.agent.internal.api;

import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * Defines a new domain as {@code Xenophilia.VM.create_from_xml} does: within {@code max-domains}, published as an event
 * of class {@code VM}. What other parts of the Agent that make domains (an image's deployment) define them with.
 */
@FunctionalInterface
public interface DomainCreator {

    /**
     * @param d the definition, valid; given a uuid when it has none
     * @return the new VM's reference
     * @throws XenApiException {@code XENOPHILIA_LIMIT_REACHED}, or the backend's error
     */
    Ref create(Domain d) throws XenApiException;
}
