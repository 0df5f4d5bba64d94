package org.xenophilia.ui.network.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.xenophilia.core.network.NetworkKind;
import org.xenophilia.core.network.NodeNetworks;

/** How the network bundle writes a network's parts for people: its kind, a range, a forward, the domains on it. */
public final class NetworkText {

    private NetworkText() {
    }

    /**
     * @param n a network
     * @return its kind ("NAT"), or what a network the node does not define is
     */
    public static String kind(NodeNetworks.Network n) {
        return n.kind().map(NetworkText::kind).orElse(Messages.Kind_unmanaged);
    }

    /**
     * @param k a kind
     * @return its name for people
     */
    public static String kind(NetworkKind k) {
        return switch (k) {
            case BRIDGED -> Messages.Kind_bridged;
            case NAT -> Messages.Kind_nat;
            case ROUTED -> Messages.Kind_routed;
            case PRIVATE -> Messages.Kind_private;
        };
    }

    /**
     * @param range {@code START-END} as the node's records give it, or empty
     * @return "START – END", or empty
     */
    public static String range(String range) {
        int dash = range.indexOf('-');
        return dash < 0 ? range : NLS.bind(Messages.NetworkText_range, range.substring(0, dash), range.substring(
                dash + 1));
    }

    /**
     * @param forward {@code tcp/8080->192.168.100.10:80} as the node's records give it
     * @return "tcp 8080 → 192.168.100.10:80"
     */
    public static String forward(String forward) {
        return forward.replace("/", " ").replace("->", " \u2192 ");
    }

    /**
     * @param attachments the domains' vifs on a network
     * @return "web01 (vif 0), db01 (vif 1, halted)"
     */
    public static String attachments(List<NodeNetworks.Attachment> attachments) {
        return String.join(", ", attachments.stream().map(a -> NLS.bind(a.running() ? Messages.NetworkText_attached
                : Messages.NetworkText_attachedHalted, a.vmName(), a.device())).toList());
    }
}
