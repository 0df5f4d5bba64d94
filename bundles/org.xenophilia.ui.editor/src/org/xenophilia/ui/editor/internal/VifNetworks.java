package org.xenophilia.ui.editor.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.network.NodeNetworks;

/**
 * A domain's vifs on networks of its node: the networks a vif can name (the node's own, from its model, as the
 * Networks view lists them; no call to the node), and the choice of one beside the bridge field, which names the
 * network and clears the bridge (the node gives the vif the network's bridge when the domain starts), as the disks
 * choose volumes ({@link DiskVolumes}). Without a node (a definition in a local file) the network is typed.
 */
final class VifNetworks {

    private VifNetworks() {
    }

    /**
     * @param node a node, or null
     * @return the names of the networks a vif on it can name, by name; none without a node
     */
    static List<String> names(NodeConnection node) {
        return node == null ? List.of() : NodeNetworks.of(node.model()).defined().stream()
                .map(NodeNetworks.Network::name).toList();
    }

    /**
     * A choice of the node's networks that may also be typed, with an empty first item for "none".
     *
     * @param parent where it goes
     * @param node the node, or null
     * @param current the network named now, or empty
     * @return the combo
     */
    static Combo combo(Composite parent, NodeConnection node, String current) {
        Combo c = new Combo(parent, SWT.DROP_DOWN);
        fill(c, node);
        c.setText(current);
        return c;
    }

    /**
     * Lists a node's networks in a combo, keeping what it shows.
     *
     * @param c the combo
     * @param node the node, or null
     */
    static void fill(Combo c, NodeConnection node) {
        String shown = c.getText();
        c.removeAll();
        c.add("");
        names(node).forEach(c::add);
        c.setText(shown);
    }

    /**
     * @param c a combo of {@link #combo}
     * @return whether it names one of the networks it lists (chosen, or typed as listed)
     */
    static boolean namesListed(Combo c) {
        String t = c.getText().strip();
        return !t.isEmpty() && c.indexOf(t) > 0;
    }
}
