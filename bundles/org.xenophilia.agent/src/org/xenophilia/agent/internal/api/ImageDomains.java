package org.xenophilia.agent.internal.api;

import java.util.List;
import java.util.Locale;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.agent.internal.image.DeploymentDomains;
import org.xenophilia.agent.internal.image.ImageErrors;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.DomainProblem;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The node's domains and networks as deployments use them: a domain defined as {@code Xenophilia.VM.create_from_xml}
 * defines one (checked by the definitions' validator), started and removed as {@code VM.start} and
 * {@code VM.destroy} do, each change published.
 */
final class ImageDomains implements DeploymentDomains {

    private final HostObjects host;
    private final EventHub events;
    private final DomainCreator creator;
    private final NetworkLinks networks;

    ImageDomains(HostObjects host, EventHub events, DomainCreator creator, NetworkLinks networks) {
        this.host = host;
        this.events = events;
        this.creator = creator;
        this.networks = networks;
    }

    @Override
    public boolean nameTaken(String name) throws XenApiException {
        try {
            for (DomainSummary s : host.backend().summaries()) {
                if (s.name().equals(name)) {
                    return true;
                }
            }
            return false;
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    @Override
    public String network(String refOrName) throws XenApiException {
        return networks.ownNetwork(host, refOrName).orElseThrow(() -> ImageErrors.invalid("network",
                "no network " + refOrName + " of this node's own"));
    }

    /** The JVM runs in dom0, so its architecture is the host's; Java names x86_64 {@code amd64}. */
    @Override
    public String architecture() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.equals("amd64") ? "x86_64" : arch;
    }

    @Override
    public Ref define(Domain d) throws XenApiException {
        List<DomainProblem> problems = DomainDefinitionValidator.validate(d);
        if (DomainDefinitionValidator.hasErrors(problems)) {
            DomainProblem first = problems.stream().filter(DomainProblem::isError).findFirst().orElseThrow();
            throw ImageErrors.invalid("template", "the image's template makes a domain that is not valid: "
                    + first.message());
        }
        return creator.create(d);
    }

    @Override
    public boolean defined(String uuid) throws XenApiException {
        try {
            return host.backend().domain(uuid).isPresent();
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    @Override
    public void start(String uuid) throws XenApiException {
        Ref vm = host.vmRefs().ref(uuid);
        try {
            host.backend().start(uuid, false);
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, vm);
        }
        events.changed("VM", vm);
        events.changed("host", host.hostRef());
        events.changed("host_metrics", host.hostMetricsRef());
    }

    @Override
    public void undefine(String uuid) throws XenApiException {
        Ref vm = host.vmRefs().ref(uuid);
        try {
            host.backend().undefine(uuid);
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, vm);
        }
        events.deleted("VM", vm);
        events.changed("host_metrics", host.hostMetricsRef());
    }
}
