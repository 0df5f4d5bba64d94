package org.xenophilia.ui.editor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.core.storage.VolumeReference;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.domain.DomainType;
import org.xenophilia.model.MacAddresses;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainEdits;
import org.xenophilia.model.edit.SaveCheck;
import org.xenophilia.model.edit.XlCfgExchange;
import org.xenophilia.ui.editor.internal.NodeCalls.NodeCallException;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xl.codec.XlWarning;

/**
 * New Domain: a node (one of the connected ones), a shipped template (minimal PV Linux, PVH, HVM) or an imported
 * xl.cfg file, name, memory, vCPUs, one disk and one network interface with a generated MAC. Finish creates the
 * domain with {@code Xenophilia.VM.create_from_xml} in a job and opens it in the domain editor.
 */
public final class NewDomainWizard extends Wizard {

    /** The wizard's window title. */
    public static final String TITLE = Messages.NewDomainWizard_title;

    /**
     * A definition to start from.
     *
     * @param label what the user sees
     * @param text the XML text
     * @param warnings warnings to show (the unknown keys of an imported xl.cfg)
     */
    public record Source(String label, String text, List<String> warnings) {
        /**
         * An imported xl.cfg file.
         *
         * @param fileName its name
         * @param imported what {@link XlCfgExchange#importXlCfg} made of it
         */
        public Source(String fileName, XlCfgExchange.Import imported) {
            this(NLS.bind(Messages.NewDomainWizard_imported, fileName), imported.document().text(),
                    imported.unknownKeys().stream().map(XlWarning::toString).toList());
        }
    }

    /** The shipped templates, as XML resources of this bundle. */
    static final List<String[]> TEMPLATES = List.of(new String[] {Messages.NewDomainWizard_minimalPv,
        "templates/pv-linux.xml"}, new String[] {Messages.NewDomainWizard_pvh, "templates/pvh.xml"},
            new String[] {Messages.NewDomainWizard_hvm, "templates/hvm.xml"});

    private final Source imported;
    private DomainPage page;

    /** @param imported an imported xl.cfg file to offer first, or null */
    public NewDomainWizard(Source imported) {
        this.imported = imported;
        setWindowTitle(TITLE);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new DomainPage();
        addPage(page);
    }

    static String template(String resource) {
        URL url = FrameworkUtil.getBundle(NewDomainWizard.class).getEntry(resource);
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the template " + resource + " is missing from the bundle", e);
        }
    }

    @Override
    public boolean performFinish() {
        DomainDocument document;
        try {
            document = page.buildDocument();
        } catch (IllegalArgumentException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        SaveCheck check = document.canSave();
        if (!check.allowed()) {
            page.setErrorMessage(check.reason());
            return false;
        }
        new CreateDomainJob(page.node(), document.text(), document.model().getName()).schedule();
        return true;
    }

    /** Creates the domain on its node and opens it in the editor. */
    static final class CreateDomainJob extends NodeJob {
        private final NodeConnection node;
        private final String xml;
        private final String name;

        CreateDomainJob(NodeConnection node, String xml, String name) {
            super(NLS.bind(Messages.NewDomainWizard_creating, name, node.node().name()));
            this.node = node;
            this.xml = xml;
            this.name = name;
            setUser(true);
        }

        @Override
        protected IStatus runCalls(IProgressMonitor monitor) {
            try {
                String uuid = call(node, NLS.bind(Messages.NewDomainWizard_what, name), name, c -> {
                    Ref ref = WireValues.asRef(c.callWithSession("Xenophilia.VM.create_from_xml", xml));
                    return WireValues.asString(c.callWithSession("VM.get_uuid", ref));
                });
                NodeDomainInput input = new NodeDomainInput(node.nodeId(), uuid, name, node.node().name());
                onDisplay(() -> {
                    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                    if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
                    }
                    IWorkbenchPage page = window == null ? null : window.getActivePage();
                    if (page != null) {
                        EditDefinitionHandler.open(page, input);
                    }
                });
                return Status.OK_STATUS;
            } catch (NodeCallException e) {
                return status(IStatus.ERROR, e.getMessage(), e);
            }
        }
    }

    /** The one page: where, from what, and the essentials. */
    final class DomainPage extends WizardPage {
        private final List<NodeConnection> nodes = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private Combo nodeCombo;
        private Combo sourceCombo;
        private Text name;
        private Text memory;
        private Text vcpus;
        private Text disk;
        /** The volume the disk uses, when one was chosen or made; the disk field then names it. */
        private VolumeReference diskVolume;
        private boolean showingVolume;
        private Text bridge;
        /** The node's network the vif names, beside the bridge: choosing one clears the bridge. */
        private Combo network;
        private Text mac;
        private DomainDocument base;

        DomainPage() {
            super("domain", Messages.NewDomainWizard_title, null);
            setDescription(Messages.NewDomainWizard_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            nodeCombo = combo(body, Messages.NewDomainWizard_node, "node");
            for (NodeConnection c : NodeService.get().connections()) {
                if (c.state() == ConnectionState.CONNECTED) {
                    nodes.add(c);
                    nodeCombo.add(NLS.bind(Messages.NewDomainWizard_nodeItem, c.node().name(), c.node().host()));
                }
            }
            if (!nodes.isEmpty()) {
                nodeCombo.select(0);
            }
            sourceCombo = combo(body, Messages.NewDomainWizard_startFrom, "template");
            if (imported != null) {
                sources.add(imported);
            }
            for (String[] t : TEMPLATES) {
                sources.add(new Source(t[0], template(t[1]), List.of()));
            }
            sources.forEach(s -> sourceCombo.add(s.label()));
            name = text(body, Messages.NewDomainWizard_name, "name");
            memory = text(body, Messages.NewDomainWizard_memory, "memory");
            vcpus = text(body, Messages.NewDomainWizard_vcpus, "vcpus");
            new Label(body, SWT.NONE).setText(Messages.NewDomainWizard_disk);
            disk = new Text(body, SWT.BORDER);
            disk.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            disk.setData(FieldsPage.FIELD_KEY, "disk");
            disk.addModifyListener(e -> {
                if (!showingVolume) {
                    diskVolume = null; // a path typed: no volume
                }
                validate();
            });
            volumeButtons(body);
            bridge = text(body, Messages.NewDomainWizard_bridge, "bridge");
            ((GridData) bridge.getLayoutData()).horizontalSpan = 1;
            network = VifNetworks.combo(body, node(), "");
            network.setData(FieldsPage.FIELD_KEY, "network");
            network.setToolTipText(Messages.NewDomainWizard_networkHint);
            network.addModifyListener(e -> {
                if (VifNetworks.namesListed(network)) {
                    bridge.setText(""); // the node gives the vif the network's bridge
                }
            });
            bridge.addModifyListener(e -> {
                if (!bridge.getText().isBlank()) {
                    network.setText("");
                }
            });
            new Label(body, SWT.NONE).setText(Messages.NewDomainWizard_mac);
            mac = new Text(body, SWT.BORDER);
            mac.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            mac.setData(FieldsPage.FIELD_KEY, "mac");
            mac.addModifyListener(e -> validate());
            Button generate = new Button(body, SWT.PUSH);
            generate.setText(Messages.NewDomainWizard_generate);
            generate.addListener(SWT.Selection, e -> mac.setText(MacAddresses.generate(base.model(), new Random())));
            sourceCombo.addModifyListener(e -> sourceChanged());
            nodeCombo.addModifyListener(e -> {
                if (diskVolume != null) {
                    disk.setText(""); // a volume of the node chosen before
                }
                VifNetworks.fill(network, node());
                validate();
            });
            sourceCombo.select(0);
            sourceChanged();
            setControl(body);
        }

        /** Volume... and, with the storage bundle, New Volume...: the disk on a volume of the node's storage. */
        private void volumeButtons(Composite body) {
            Composite buttons = new Composite(body, SWT.NONE);
            GridLayout layout = new GridLayout(2, true);
            layout.marginWidth = 0;
            layout.marginHeight = 0;
            buttons.setLayout(layout);
            Button choose = new Button(buttons, SWT.PUSH);
            choose.setText(Messages.NewDomainWizard_chooseVolume);
            choose.addListener(SWT.Selection, e -> DiskVolumes.choose(getShell(), node()).ifPresent(this::useVolume));
            if (DiskVolumes.canCreate()) {
                Button create = new Button(buttons, SWT.PUSH);
                create.setText(Messages.NewDomainWizard_newVolume);
                create.addListener(SWT.Selection, e -> DiskVolumes.create(node()).ifPresent(this::useVolume));
            }
        }

        /** @param volume the volume the disk is to use, shown by name in the disk field */
        void useVolume(VolumeReference volume) {
            NodeConnection n = node();
            String repository = n == null ? volume.srUuid() : NodeStorage.of(n.model()).repository(volume.srUuid())
                    .map(r -> r.sr().name()).orElse(volume.srUuid());
            showingVolume = true;
            try {
                disk.setText(NLS.bind(Messages.NewDomainWizard_diskVolume, volume.volumeName(), repository));
            } finally {
                showingVolume = false;
            }
            diskVolume = volume;
            validate();
        }

        private Combo combo(Composite body, String label, String key) {
            new Label(body, SWT.NONE).setText(label);
            Combo c = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
            data.widthHint = 320;
            c.setLayoutData(data);
            c.setData(FieldsPage.FIELD_KEY, key);
            return c;
        }

        private Text text(Composite body, String label, String key) {
            new Label(body, SWT.NONE).setText(label);
            Text t = new Text(body, SWT.BORDER);
            t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            t.setData(FieldsPage.FIELD_KEY, key);
            t.addModifyListener(e -> validate());
            return t;
        }

        private Source source() {
            int i = sourceCombo.getSelectionIndex();
            return i < 0 ? null : sources.get(i);
        }

        NodeConnection node() {
            int i = nodeCombo.getSelectionIndex();
            return i < 0 ? null : nodes.get(i);
        }

        private void sourceChanged() {
            Source s = source();
            if (s == null) {
                return;
            }
            base = new DomainDocument(s.text());
            var model = base.model();
            name.setText(FieldsPage.textOf(model, "name"));
            memory.setText(FieldsPage.textOf(model, "memory"));
            vcpus.setText(FieldsPage.textOf(model, "vcpus"));
            disk.setText(model.getDisks().isEmpty() ? "" : nullToEmpty(model.getDisks().get(0).getTarget()));
            bridge.setText(model.getVifs().isEmpty() ? "xenbr0" : nullToEmpty(model.getVifs().get(0).getBridge()));
            String existing = model.getVifs().isEmpty() ? "" : nullToEmpty(model.getVifs().get(0).getMac());
            mac.setText(existing.isEmpty() ? MacAddresses.generate(model, new Random()) : existing);
            validate();
        }

        private void validate() {
            if (mac == null) {
                return;
            }
            String error = null;
            if (nodes.isEmpty()) {
                error = Messages.NewDomainWizard_noNode;
            } else if (node() == null) {
                error = Messages.NewDomainWizard_chooseNode;
            } else if (name.getText().isBlank()) {
                error = Messages.NewDomainWizard_enterName;
            } else if (!positive(memory.getText())) {
                error = Messages.NewDomainWizard_badMemory;
            } else if (!positive(vcpus.getText())) {
                error = Messages.NewDomainWizard_badVcpus;
            }
            setErrorMessage(error);
            Source s = source();
            if (s != null && !s.warnings().isEmpty()) {
                setMessage(NLS.bind(Messages.NewDomainWizard_unknownKeys, String.join("; ", s.warnings())),
                        IMessageProvider.WARNING);
            } else {
                setMessage(null);
            }
            setPageComplete(error == null);
        }

        private static boolean positive(String text) {
            try {
                return Integer.parseInt(text.strip()) > 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private static String nullToEmpty(String s) {
            return s == null ? "" : s;
        }

        /** {@return the definition the page describes} */
        DomainDocument buildDocument() {
            DomainDocument doc = new DomainDocument(source().text());
            doc.execute(DomainEdits.setFromText(doc, "name", name.getText()));
            doc.execute(DomainEdits.setFromText(doc, "memory", memory.getText()));
            doc.execute(DomainEdits.setFromText(doc, "vcpus", vcpus.getText()));
            var model = doc.model();
            if (model.isSetMaxmem() && model.getMaxmem() < model.getMemory()) {
                doc.execute(DomainEdits.set(doc, "maxmem", null));
            }
            if (model.isSetMaxvcpus() && model.getMaxvcpus() < model.getVcpus()) {
                doc.execute(DomainEdits.set(doc, "maxvcpus", null));
            }
            if (diskVolume != null) {
                String vdev = model.getType() == DomainType.HVM ? "hda" : "xvda";
                if (model.getDisks().isEmpty()) {
                    doc.execute(DomainEdits.addDisk(doc, DiskVolumes.onVolume(null, vdev, diskVolume)));
                } else {
                    doc.execute(DomainEdits.editDisk(doc, 0, DiskVolumes.onVolume(model.getDisks().get(0), vdev,
                            diskVolume)));
                }
            } else if (!disk.getText().isBlank()) {
                if (model.getDisks().isEmpty()) {
                    Disk d = (Disk) EcoreUtil.create(DomainPackage.eINSTANCE.getDisk());
                    d.setVdev(model.getType() == DomainType.HVM ? "hda" : "xvda");
                    d.setAccess(DiskAccess.RW);
                    d.setTarget(disk.getText().strip());
                    doc.execute(DomainEdits.addDisk(doc, d));
                } else {
                    doc.execute(DomainEdits.setFromText(doc, "disks[0].target", disk.getText()));
                }
            }
            String net = network.getText().strip();
            if (!bridge.getText().isBlank() || !net.isEmpty()) {
                if (model.getVifs().isEmpty()) {
                    doc.execute(DomainEdits.addVif(doc, DomainEdits.newVif(doc, null, new Random())));
                }
                doc.execute(DomainEdits.setFromText(doc, "vifs[0].bridge", net.isEmpty() ? bridge.getText() : ""));
                doc.execute(DomainEdits.setFromText(doc, "vifs[0].network", net));
                if (!mac.getText().isBlank()) {
                    doc.execute(DomainEdits.setFromText(doc, "vifs[0].mac", mac.getText()));
                }
            }
            if (model.getUuid() != null) {
                doc.execute(DomainEdits.set(doc, "uuid", null)); // the node assigns one; a copied uuid would clash
            }
            return doc;
        }

        /** @param key a field key; @return the control, for tests */
        Control field(String key) {
            return List.<Control>of(nodeCombo, sourceCombo, name, memory, vcpus, disk, bridge, network, mac).stream()
                    .filter(c -> key.equals(c.getData(FieldsPage.FIELD_KEY))).findFirst().orElse(null);
        }
    }
}
