package org.xenophilia.ui.editor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.MacAddresses;
import org.xenophilia.model.edit.DomainDocument;

/**
 * Edits one disk or VIF (a copy: the caller turns the result into one command). Values are checked against the
 * attribute's type as they are typed; schema facets and cross-field rules are reported by the editor once applied.
 * A VIF of a domain on a node chooses its network from the node's networks ({@link VifNetworks}): choosing one clears
 * the bridge.
 */
final class DeviceDialog extends TitleAreaDialog {

    /**
     * One attribute of the device.
     *
     * @param name the attribute's name in the model
     * @param label its label
     */
    record Field(String name, String label) {
    }

    static final List<Field> DISK_FIELDS = List.of(new Field("vdev", Messages.DeviceDialog_vdev),
            new Field("target", Messages.DeviceDialog_target), new Field("format", Messages.DeviceDialog_format),
            new Field("access", Messages.DeviceDialog_access), new Field("devtype", Messages.DeviceDialog_devtype),
            new Field("backendtype", Messages.DeviceDialog_backendtype),
            new Field("storageBackend", Messages.DeviceDialog_storageBackend),
            new Field("volume", Messages.DeviceDialog_volume));
    static final List<Field> VIF_FIELDS = List.of(new Field("bridge", Messages.DeviceDialog_bridge),
            new Field("network", Messages.DeviceDialog_network), new Field("mac", Messages.DeviceDialog_mac),
            new Field("ip", Messages.DeviceDialog_ip), new Field("model", Messages.DeviceDialog_model),
            new Field("type", Messages.DeviceDialog_type), new Field("rate", Messages.DeviceDialog_rate),
            new Field("mtu", Messages.DeviceDialog_mtu));

    private final String title;
    private final EObject device;
    private final List<Field> fields;
    private final DomainDocument document;
    private final NodeConnection node;
    private final Map<String, Control> controls = new LinkedHashMap<>();

    /**
     * @param parent the shell
     * @param title its title
     * @param device the disk or VIF to edit (a copy)
     * @param fields its fields
     * @param document the domain's document
     * @param node the domain's node, whose networks a VIF's network is chosen from; null for a local file
     */
    DeviceDialog(Shell parent, String title, EObject device, List<Field> fields, DomainDocument document,
            NodeConnection node) {
        super(parent);
        this.title = title;
        this.device = device;
        this.fields = fields;
        this.document = document;
        this.node = node;
    }

    /** {@return the edited device} */
    EObject device() {
        return device;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(Messages.DeviceDialog_message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (Field field : fields) {
            new Label(body, SWT.NONE).setText(field.label());
            EAttribute attribute = DevicesPage.attribute(device.eClass(), field.name());
            Control control;
            if (field.name().equals("network") && node != null) {
                Combo combo = VifNetworks.combo(body, node, textOf(device, field.name()));
                combo.addModifyListener(e -> {
                    if (VifNetworks.namesListed(combo) && controls.get("bridge") instanceof Text bridge) {
                        bridge.setText(""); // the node gives the vif the network's bridge
                    }
                    validate();
                });
                control = combo;
            } else if (attribute.getEAttributeType() instanceof EEnum type) {
                Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
                combo.add("");
                for (EEnumLiteral literal : type.getELiterals()) {
                    combo.add(literal.getLiteral());
                }
                combo.setText(textOf(device, field.name()));
                combo.addModifyListener(e -> validate());
                control = combo;
            } else {
                Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
                text.setText(textOf(device, field.name()));
                text.addModifyListener(e -> validate());
                control = text;
            }
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 300;
            data.horizontalSpan = field.name().equals("mac") ? 1 : 2;
            control.setLayoutData(data);
            control.setData(FieldsPage.FIELD_KEY, field.name());
            controls.put(field.name(), control);
            if (field.name().equals("mac")) {
                Button generate = new Button(body, SWT.PUSH);
                generate.setText(Messages.DeviceDialog_generate);
                generate.setToolTipText(NLS.bind(Messages.DeviceDialog_generateHint, MacAddresses.XEN_OUI));
                generate.addListener(SWT.Selection, e -> ((Text) control).setText(generateMac()));
            }
        }
        return area;
    }

    private String generateMac() {
        Domain model = document.model();
        return MacAddresses.generate(model, new Random());
    }

    /** {@return the current text of a field, for tests} */
    Control control(String name) {
        return controls.get(name);
    }

    private String text(String name) {
        Control c = controls.get(name);
        return c instanceof Text t ? t.getText() : ((Combo) c).getText();
    }

    private String validate() {
        for (Field field : fields) {
            EAttribute attribute = DevicesPage.attribute(device.eClass(), field.name());
            String value = text(field.name()).strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                if (EcoreUtil.createFromString(attribute.getEAttributeType(), value) == null) {
                    throw new IllegalArgumentException();
                }
            } catch (RuntimeException e) {
                String error = NLS.bind(Messages.DeviceDialog_invalid, field.label().replace(":", ""), value);
                setErrorMessage(error);
                getButton(IDialogConstants.OK_ID).setEnabled(false);
                return error;
            }
        }
        setErrorMessage(null);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(true);
        }
        return null;
    }

    @Override
    protected void okPressed() {
        if (validate() != null) {
            return;
        }
        for (Field field : fields) {
            EAttribute attribute = DevicesPage.attribute(device.eClass(), field.name());
            String value = text(field.name()).strip();
            if (value.isEmpty()) {
                device.eUnset(attribute);
            } else {
                device.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
            }
        }
        super.okPressed();
    }

    /**
     * @param device a disk or VIF
     * @param name an attribute's name
     * @return its value as text, empty when unset
     */
    static String textOf(EObject device, String name) {
        EAttribute attribute = DevicesPage.attribute(device.eClass(), name);
        if (attribute == null || (attribute.isUnsettable() && !device.eIsSet(attribute))) {
            return "";
        }
        Object value = device.eGet(attribute);
        return value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }
}
