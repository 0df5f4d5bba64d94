package org.xenophilia.ui.network.internal.wizards;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.PifInfo;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.definition.Network;
import org.xenophilia.ui.network.internal.Messages;

/**
 * A bridged network's page: the uplink, one of the node's physical interfaces (its PIFs, from the node's model; one
 * can be typed too), and the VLAN tag whose interface joins the bridge instead of the uplink. A bridged network has
 * no addresses, DHCP or forwards of its own: the draft has none.
 */
final class BridgedPage extends DefinitionPage {

    private Combo uplink;
    private Text vlan;

    BridgedPage(NetworkWizard wizard) {
        super("bridged", wizard);
        setTitle(Messages.BridgedPage_title);
        setDescription(Messages.BridgedPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Network original = wizard.original();
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText(Messages.BridgedPage_uplink);
        uplink = new Combo(body, SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(260, SWT.DEFAULT).applyTo(uplink);
        for (PifInfo p : NodeNetworks.of(wizard.node().model()).pifs()) {
            if (p.vlan() < 0) {
                uplink.add(p.device());
            }
        }
        uplink.setText(original == null || original.getUplink() == null ? "" : original.getUplink());
        if (uplink.getText().isEmpty() && uplink.getItemCount() > 0) {
            uplink.select(0);
        }
        marks.field("uplink", uplink);
        uplink.addModifyListener(e -> changed());
        vlan = text(body, Messages.BridgedPage_vlan, "vlan", original != null && original.isSetVlan() ? Integer
                .toString(original.getVlan()) : "");
        setControl(body);
    }

    @Override
    void fill(Network draft, List<NetworkProblem> problems) {
        draft.setUplink(DraftValues.text(uplink.getText()));
        Integer tag = DraftValues.number(vlan.getText(), "vlan", problems);
        if (tag == null) {
            draft.unsetVlan();
        } else {
            draft.setVlan(tag);
        }
        draft.setIpv4(null);
        draft.setIpv6(null);
        draft.getForwards().clear();
    }
}
