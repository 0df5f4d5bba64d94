package org.xenophilia.network.host;

import java.util.List;

/**
 * A way of making networks real on a host (the Linux one: iproute2, nftables, dnsmasq), as a plug-in of the Agent:
 * found with {@link java.util.ServiceLoader} on the Agent's class path, through a jar that names its implementation
 * (public, with a public constructor without parameters) in
 * {@code META-INF/services/org.xenophilia.network.host.HostNetworkingType}.
 * <p>
 * The type is created when the Agent reads its configuration and only declares; {@link #open} is called once, when the
 * Agent starts, and is where tools are looked for.
 */
public interface HostNetworkingType {

    /** @return its name, also the namespace of its settings: 1-32 of {@code a-z 0-9 -}, starting with a letter */
    String name();

    /** @return one line saying what it uses, for {@code xenophiliad --help} */
    String description();

    /**
     * Implement it as {@code return NetworkHostApi.VERSION;}: the compiler copies the constant into the class, so the
     * Agent reads the version it was built for ({@link NetworkHostApi#runs}).
     *
     * @return {@code MAJOR.MINOR}
     */
    String apiVersion();

    /** @return its settings in {@code agent.conf}, without the namespace; the default: none */
    default List<HostSetting> settings() {
        return List.of();
    }

    /**
     * @param context its state directory, settings and tool prefix
     * @return the host's networking
     * @throws NetworkException {@code UNAVAILABLE} if it cannot run here (a tool is missing)
     */
    HostNetworking open(HostNetworkingContext context) throws NetworkException;
}
