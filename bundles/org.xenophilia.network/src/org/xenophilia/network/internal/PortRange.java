package org.xenophilia.network.internal;

import org.xenophilia.network.definition.Forward;

/** The host ports a port forward takes: hostPort, or hostPort to hostPortEnd. */
final class PortRange {

    private PortRange() {
    }

    /** {@return "8080" or "8000-8010"} */
    static String of(Forward forward) {
        return last(forward) == forward.getHostPort() ? String.valueOf(forward.getHostPort())
                : forward.getHostPort() + "-" + last(forward);
    }

    private static int last(Forward forward) {
        return forward.isSetHostPortEnd() ? Math.max(forward.getHostPort(), forward.getHostPortEnd())
                : forward.getHostPort();
    }

    /** {@return whether two forwards take a host port of one protocol in common} */
    static boolean clash(Forward one, Forward other) {
        return one.isSetProtocol() && one.isSetHostPort() && other.isSetHostPort()
                && one.getProtocol() == other.getProtocol() && one.getHostPort() <= last(other)
                && other.getHostPort() <= last(one);
    }
}
