package org.xenophilia.network.host;

import java.util.Objects;

/**
 * A port of the host forwarded to a guest of a NAT network (destination NAT): connections from other hosts to any of
 * the host's addresses on {@code firstPort..lastPort} go to the guest.
 * <p>
 * A single port may go to another port of the guest ({@code 8080 → 10.0.0.5:80}); a range keeps its ports
 * ({@code 5000-5010 → 10.0.0.5:5000-5010}), so its {@code guestPort} is its {@code firstPort}.
 *
 * @param protocol TCP or UDP
 * @param firstPort 1-65535
 * @param lastPort {@code firstPort}-65535; the same as {@code firstPort} for a single port
 * @param guest the guest's address, in the network's subnet (checked by {@link NetworkPlan})
 * @param guestPort 1-65535
 */
public record PortForward(Protocol protocol, int firstPort, int lastPort, Ipv4Address guest, int guestPort) {

    /** The transport protocols a forward can carry. */
    public enum Protocol {
        /** TCP */
        TCP,
        /** UDP */
        UDP;

        /** @return {@code tcp}, {@code udp}: nft's and users' word */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Checks the invariants. */
    public PortForward {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(guest, "guest");
        port(firstPort);
        port(lastPort);
        port(guestPort);
        if (lastPort < firstPort) {
            throw new IllegalArgumentException("port range " + firstPort + "-" + lastPort + " ends before it starts");
        }
        if (lastPort > firstPort && guestPort != firstPort) {
            throw new IllegalArgumentException("a forwarded port range keeps its ports: " + firstPort + "-" + lastPort
                    + " cannot go to port " + guestPort);
        }
    }

    /**
     * @param protocol TCP or UDP
     * @param hostPort the host's port
     * @param guest the guest's address
     * @param guestPort the guest's port
     * @return a forward of one port
     */
    public static PortForward of(Protocol protocol, int hostPort, Ipv4Address guest, int guestPort) {
        return new PortForward(protocol, hostPort, hostPort, guest, guestPort);
    }

    private static void port(int p) {
        if (p < 1 || p > 65535) {
            throw new IllegalArgumentException("a port is 1-65535: " + p);
        }
    }

    /** @return the host's ports as nft writes them: {@code 8080} or {@code 5000-5010} */
    public String hostPorts() {
        return lastPort == firstPort ? Integer.toString(firstPort) : firstPort + "-" + lastPort;
    }

    /** @param other another forward
     *  @return whether both take some same port of the same protocol */
    public boolean overlaps(PortForward other) {
        return protocol == other.protocol && firstPort <= other.lastPort && other.firstPort <= lastPort;
    }

    /** @return {@code tcp/8080 to 10.0.0.5:80}, as differences and rule comments name it */
    @Override
    public String toString() {
        return protocol.word() + "/" + hostPorts() + " to " + guest + ":"
                + (lastPort == firstPort ? Integer.toString(guestPort) : hostPorts());
    }
}
