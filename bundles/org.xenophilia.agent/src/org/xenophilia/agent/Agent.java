package org.xenophilia.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.net.ssl.SSLContext;

import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.backend.HypervisorBackendFactory;
import org.xenophilia.agent.backend.PluginContext;
import org.xenophilia.agent.internal.api.ApiRegistry;
import org.xenophilia.agent.internal.api.DeviceApi;
import org.xenophilia.agent.internal.api.DomainCreator;
import org.xenophilia.agent.internal.api.ImageMethod;
import org.xenophilia.agent.internal.api.ImagesApi;
import org.xenophilia.agent.internal.image.DeploymentVolumes;
import org.xenophilia.agent.internal.image.NodeImages;
import org.xenophilia.agent.internal.api.DomainOutlines;
import org.xenophilia.agent.internal.api.Dispatcher;
import org.xenophilia.agent.internal.api.TaskManager;
import org.xenophilia.agent.internal.api.ResourceApi;
import org.xenophilia.agent.internal.api.EventApi;
import org.xenophilia.agent.internal.api.EventHub;
import org.xenophilia.agent.internal.api.HostApi;
import org.xenophilia.agent.internal.api.HostObjects;
import org.xenophilia.agent.internal.api.PoolApi;
import org.xenophilia.agent.internal.api.SessionApi;
import org.xenophilia.agent.internal.api.VmApi;
import org.xenophilia.agent.internal.api.VolumeLinks;
import org.xenophilia.agent.internal.api.NetworkApi;
import org.xenophilia.agent.internal.api.NetworkLinks;
import org.xenophilia.agent.internal.network.AgentNetworking;
import org.xenophilia.agent.internal.network.HostNetworks;
import org.xenophilia.agent.internal.network.NetworkStore;
import org.xenophilia.agent.internal.network.NetworkStartup;
import org.xenophilia.agent.internal.auth.LoginThrottle;
import org.xenophilia.agent.internal.auth.SessionRegistry;
import org.xenophilia.agent.internal.auth.UserStore;
import org.xenophilia.agent.internal.plugin.PluginRegistry;
import org.xenophilia.agent.internal.server.AgentServer;
import org.xenophilia.agent.internal.state.HostIdentity;
import org.xenophilia.agent.internal.storage.SrRegistry;
import org.xenophilia.agent.internal.storage.StorageBackends;
import org.xenophilia.agent.internal.storage.StorageRepositories;
import org.xenophilia.agent.internal.plugin.StoragePlugin;
import org.xenophilia.agent.internal.api.SrApi;
import org.xenophilia.agent.internal.tls.AgentIdentity;
import org.xenophilia.files.AtomicFiles;

/**
 * A running Agent: backend, users, sessions, the API and the listening server, assembled from an
 * {@link AgentConfig}. {@code xenophiliad serve} runs one until it is stopped; tests start one in-process.
 */
public final class Agent implements AutoCloseable {

    private final AgentServer server;
    private final HypervisorBackend backend;
    private final String fingerprint;
    private final SessionRegistry sessions;

    private TaskManager tasks;
    private ApiRegistry registry;
    /** The storage backends, or null without the storage SPI on the class path (so its classes are never loaded). */
    private StorageBackends storage;
    /** The node's networks (whose host networking watches their leases). */
    private HostNetworks networks;
    /** The node's image deployer, or null without the image deployer SPI on the class path. */
    private NodeImages images;

    private Agent(AgentServer server, HypervisorBackend backend, String fingerprint, SessionRegistry sessions) {
        this.server = server;
        this.backend = backend;
        this.fingerprint = fingerprint;
        this.sessions = sessions;
    }

    /**
     * Starts an Agent. With TLS (the default) the identity is loaded from the configuration directory, or generated
     * there on first start (then announced on {@code out} with its fingerprint).
     *
     * @param config the settings
     * @param out where to print first-start notices
     * @return the running Agent
     * @throws AgentServer.InsecureListenException if plain HTTP is asked for on a non-loopback address
     * @throws IOException if files cannot be read or written, or the address cannot be bound
     */
    public static Agent start(AgentConfig config, PrintStream out) throws IOException {
        if (config.plainHttp()) {
            AgentServer.checkPlainHttpAllowed(config.listen());
        }
        // a write a crash interrupted leaves its temporary file (simulated.properties' is in the state directory)
        AtomicFiles.openOwnerOnlyDirectory(config.stateDir());
        // the backend resolves disks that name storage volumes through it, once the SRs are open (below)
        VolumeLinks volumes = new VolumeLinks();
        // the node's network definitions; vifs naming them get their bridges through the links
        NetworkStore networkStore = NetworkStore.open(config.stateDir());
        NetworkLinks networkLinks = new NetworkLinks(AgentConfig.NO_NETWORKING.equals(config.networking()) ? null
                : networkStore);
        HypervisorBackend backend = openBackend(config, volumes, networkLinks);
        StorageBackends storage = null;
        HostNetworks networks = null;
        NodeImages images = null;
        try {
            networks = AgentNetworking.open(config, networkStore, backend);
            String fingerprint = null;
            SSLContext tls = null;
            if (!config.plainHttp()) {
                AgentIdentity identity = AgentIdentity.loadOrGenerate(config.configDir(), out);
                fingerprint = identity.fingerprint();
                tls = identity.serverContext();
            }
            SessionRegistry sessions = new SessionRegistry(config.clock(), config.sessionIdleTimeout(),
                    config.maxSessions());
            UserStore users = UserStore.open(config.usersFile());
            HostObjects host = HostObjects.create(HostIdentity.loadOrCreate(config.stateDir()), backend);
            ApiRegistry registry = new ApiRegistry();
            SessionApi.register(registry, sessions, users, new LoginThrottle(config.clock()), host);
            EventHub events = new EventHub(config.clock());
            HostApi.register(registry, host, events);
            PoolApi.register(registry, host, events);
            TaskManager tasks = new TaskManager(config.clock(), events, host.hostRef());
            tasks.register(registry);
            DomainOutlines outlines = new DomainOutlines(host, events);
            DomainCreator creator = VmApi.register(registry, host, events, tasks, outlines, new VmApi.Limits(
                    (int) Math.min(Integer.MAX_VALUE, config.limit("max-domains")),
                    (int) Math.min(Integer.MAX_VALUE, config.limit("max-definition-bytes"))));
            DeviceApi.register(registry, host, events, outlines, volumes, networkLinks);
            NetworkApi.register(registry, host, events, outlines, networks, networkLinks);
            NetworkStartup.repair(networks);
            DeploymentVolumes deploymentVolumes = DeploymentVolumes.NONE;
            if (PluginRegistry.storageSpiInstalled()) {
                OpenStorage open = openStorage(config, registry, host, events, outlines, volumes);
                storage = open.backends();
                deploymentVolumes = open.volumes();
            } else {
                // no storage SPI, no repositories: the SRs and VDIs are the views of the disks' paths alone
                ResourceApi.register(registry, host, events, outlines);
            }
            if (PluginRegistry.imageSpiInstalled()) {
                images = openImages(config, registry, host, events, tasks, deploymentVolumes, creator, networkLinks);
            } else {
                ImageMethod.registerUnavailable(registry, "the image deployer SPI is not installed on this node");
            }
            AgentServer.Limits limits = limits(config);
            EventApi.register(registry, events, limits.maxEventWaits());
            AgentServer server = AgentServer.start(new AgentServer.Settings(config.listen(), tls,
                    config.maxRequestBytes(), limits), new Dispatcher(registry, sessions));
            Agent agent = new Agent(server, backend, fingerprint, sessions);
            agent.tasks = tasks;
            agent.registry = registry;
            agent.storage = storage;
            agent.networks = networks;
            agent.images = images;
            return agent;
        } catch (IOException | RuntimeException e) {
            closeAll(backend, storage, networks, images);
            throw e;
        } catch (GeneralSecurityException e) {
            closeAll(backend, storage, networks, images);
            throw new IOException("TLS setup failed: " + e.getMessage(), e);
        }
    }

    /**
     * The storage as the Agent opened it.
     *
     * @param backends the storage backends open
     * @param volumes the registered SRs as image deployments make volumes in them
     */
    private record OpenStorage(StorageBackends backends, DeploymentVolumes volumes) {
    }

    /**
     * Opens the storage backends found and attaches the registered SRs through them, then serves the SR, PBD and VDI
     * classes. Only called with the storage SPI on the class path: this is where the Agent first names its classes.
     */
    private static OpenStorage openStorage(AgentConfig config, ApiRegistry registry, HostObjects host,
            EventHub events, DomainOutlines outlines, VolumeLinks volumes) throws IOException {
        List<AgentPlugin> storageTypes = PluginRegistry.installed().storageBackends();
        StorageBackends storage = StorageBackends.open(storageTypes, config.stateDir(), config::pluginSettings);
        Map<String, StoragePlugin> types = new TreeMap<>();
        storageTypes.forEach(t -> types.put(t.name(), (StoragePlugin) t));
        try {
            StorageRepositories srs = StorageRepositories.open(SrRegistry.at(config.stateDir()), storage, types);
            return new OpenStorage(storage, SrApi.register(registry, host, events, outlines, srs, volumes));
        } catch (IOException | RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /**
     * Opens the image deployer (the first found that runs here) and serves the image methods, after putting right
     * what deployments a stop interrupted left; without a deployer that runs here, the methods say why and the
     * journals of deployments wait for one. Only called with the image deployer SPI on the class path: this is where
     * the Agent first names its classes.
     *
     * @return the node's images, to close when the Agent stops
     */
    private static NodeImages openImages(AgentConfig config, ApiRegistry registry, HostObjects host,
            EventHub events, TaskManager tasks, DeploymentVolumes volumes, DomainCreator creator,
            NetworkLinks networks) throws IOException {
        NodeImages images = NodeImages.open(PluginRegistry.installed().imageDeployers(), config.stateDir(),
                config::pluginSettings);
        if (images.unavailable().isPresent()) {
            ImageMethod.registerUnavailable(registry, images.unavailable().get());
            return images;
        }
        try {
            ImagesApi.register(registry, host, events, tasks, images, volumes, creator, networks, config.stateDir());
        } catch (IOException | RuntimeException e) {
            images.close();
            throw e;
        }
        return images;
    }

    private static void closeAll(HypervisorBackend backend, StorageBackends storage, HostNetworks networks,
            NodeImages images) {
        if (images != null) {
            images.close();
        }
        if (networks != null) {
            networks.close();
        }
        if (storage != null) {
            storage.close();
        }
        backend.close();
    }

    /** Opens the backend chosen by name, from the plug-ins found on the class path ({@code backend = NAME}). */
    private static HypervisorBackend openBackend(AgentConfig config, VolumeLinks volumes, NetworkLinks networks)
            throws IOException {
        HypervisorBackendFactory factory = config.backendFactory();
        return factory.open(new PluginContext(config.stateDir(), config.pluginSettings(factory.name()),
                config.clock(), AgentIdentity.localHostName(), volumes, networks));
    }

    private static AgentServer.Limits limits(AgentConfig c) {
        return new AgentServer.Limits(c.threads(), (int) c.limit("max-event-waits"), (int) c.limit("max-connections"),
                (int) c.limit("max-connections-per-source"), Duration.ofSeconds(c.limit("handshake-timeout")),
                Duration.ofSeconds(c.limit("request-header-timeout")), Duration.ofSeconds(c.limit("idle-timeout")),
                Duration.ofSeconds(c.limit("request-body-timeout")), c.limit("min-response-rate"));
    }

    /** @return the URL clients use */
    public URI uri() {
        return server.uri();
    }

    /** @return the TLS certificate's SHA-256 fingerprint, or {@code null} for plain HTTP */
    public String fingerprint() {
        return fingerprint;
    }

    /** @return how many HTTP requests have come so far */
    public long requests() {
        return server.requests();
    }

    /** @return the backend */
    public HypervisorBackend backend() {
        return backend;
    }

    /** @return the storage backends open, if the storage SPI is on the class path */
    public Optional<StorageBackends> storage() {
        return Optional.ofNullable(storage);
    }

    /** @return the methods served, on every wire encoding */
    public ApiRegistry registry() {
        return registry;
    }

    /** @return the live sessions */
    public SessionRegistry sessions() {
        return sessions;
    }

    /** Stops serving and closes the backend (and stops watching the networks' leases). */
    @Override
    public void close() {
        server.close();
        if (tasks != null) {
            tasks.close();
        }
        closeAll(backend, storage, networks, images);
    }
}
