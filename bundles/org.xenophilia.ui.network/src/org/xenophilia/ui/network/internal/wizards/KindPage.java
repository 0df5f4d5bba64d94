package org.xenophilia.ui.network.internal.wizards;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.network.NetworkKind;
import org.xenophilia.network.BridgeNames;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.definition.Network;
import org.xenophilia.ui.network.internal.Messages;
import org.xenophilia.ui.network.internal.NetworkText;
import org.xenophilia.ui.network.internal.NetworkUi;

/**
 * The first page: the network's name (fixed when it is edited: a vif names it), its kind (each with what it gives the
 * guests), a description, and the bridge's name and MTU when the defaults (the bridge derived from the name) do not
 * suit.
 */
final class KindPage extends DefinitionPage {

    private final Map<NetworkKind, Button> kinds = new EnumMap<>(NetworkKind.class);
    private Text name;
    private Text description;
    private Text bridge;
    private Text mtu;

    KindPage(NetworkWizard wizard) {
        super("kind", wizard);
        setTitle(wizard.editing() ? NLS.bind(Messages.KindPage_editTitle, wizard.original().getName())
                : Messages.KindPage_title);
        setDescription(NLS.bind(Messages.KindPage_description, wizard.node().node().label()));
    }

    @Override
    public void createControl(Composite parent) {
        Network original = wizard.original();
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        name = text(body, Messages.KindPage_name, "name", original == null ? "" : original.getName());
        name.setEditable(!wizard.editing());
        description = text(body, Messages.KindPage_descriptionField, "description", original == null ? ""
                : original.getDescription());
        Group group = new Group(body, SWT.NONE);
        group.setText(Messages.KindPage_kind);
        group.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
        NetworkKind initial = original == null || original.getKind() == null ? NetworkKind.NAT
                : NetworkKind.of(original.getKind().getLiteral()).orElse(NetworkKind.NAT);
        for (NetworkKind k : NetworkKind.values()) {
            Button b = new Button(group, SWT.RADIO);
            b.setText(NetworkText.kind(k));
            b.setData(NetworkUi.FIELD_KEY, "kind:" + k.wireName());
            b.setSelection(k == initial);
            b.addListener(SWT.Selection, e -> {
                if (b.getSelection()) {
                    changed();
                }
            });
            Label what = new Label(group, SWT.WRAP);
            what.setText(explanation(k));
            GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(what);
            kinds.put(k, b);
        }
        marks.field("kind", group);
        bridge = text(body, Messages.KindPage_bridge, "bridge", original == null ? "" : original.getBridge());
        mtu = text(body, Messages.KindPage_mtu, "mtu", original != null && original.isSetMtu() ? Integer.toString(
                original.getMtu()) : "");
        name.addModifyListener(e -> bridge.setMessage(derivedBridge()));
        bridge.setMessage(derivedBridge());
        setControl(body);
    }

    private String derivedBridge() {
        String n = name.getText().strip();
        try {
            return n.isEmpty() ? "" : NLS.bind(Messages.KindPage_bridgeDerived, BridgeNames.derive(n));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String explanation(NetworkKind k) {
        return switch (k) {
            case BRIDGED -> Messages.KindPage_bridgedWhat;
            case NAT -> Messages.KindPage_natWhat;
            case ROUTED -> Messages.KindPage_routedWhat;
            case PRIVATE -> Messages.KindPage_privateWhat;
        };
    }

    /** @return the kind chosen */
    NetworkKind kind() {
        for (Map.Entry<NetworkKind, Button> e : kinds.entrySet()) {
            if (e.getValue().getSelection()) {
                return e.getKey();
            }
        }
        return NetworkKind.NAT;
    }

    /** @return the name typed */
    String name() {
        return name.getText().strip();
    }

    @Override
    void fill(Network draft, List<NetworkProblem> problems) {
        draft.setName(DraftValues.text(name.getText()));
        draft.setKind(org.xenophilia.network.definition.NetworkKind.get(kind().wireName()));
        draft.setDescription(DraftValues.text(description.getText()));
        draft.setBridge(DraftValues.text(bridge.getText()));
        Integer m = DraftValues.number(mtu.getText(), "mtu", problems);
        if (m == null) {
            draft.unsetMtu();
        } else {
            draft.setMtu(m);
        }
    }
}
