package org.xenophilia.ui.storage.internal.wizards;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.StorageType;
import org.xenophilia.ui.storage.StorageTypePage;
import org.xenophilia.ui.storage.StorageTypePageSite;
import org.xenophilia.ui.storage.internal.Messages;
import org.xenophilia.ui.storage.internal.StorageUi;
import org.xenophilia.ui.storage.internal.registry.BackendTypeDescriptor;
import org.xenophilia.ui.storage.internal.registry.BackendTypeRegistry;
import org.xenophilia.ui.storage.internal.types.GenericTypePage;

/**
 * The New Storage Repository wizard's second page: it shows the chosen type's {@link StorageTypePage}, the one a
 * plug-in contributes (made now, the first time it is needed) or the generic page built from the node's description
 * of the type. The contributed page's code is guarded: whatever it throws is logged and shown as the page's problem,
 * and a page that cannot be made gives way to the generic page, so a broken plug-in never breaks the wizard.
 */
final class ConfigurationPage extends WizardPage {

    private final TypeChoicePage choice;
    private Composite host;
    private StorageTypePage page;
    private String shownFor;
    private boolean generic;

    ConfigurationPage(TypeChoicePage choice) {
        super("configuration", Messages.NewRepositoryWizard_title, null);
        this.choice = choice;
    }

    @Override
    public void createControl(Composite parent) {
        host = new Composite(parent, SWT.NONE);
        host.setLayout(new GridLayout(1, false));
        setControl(host);
        setPageComplete(false);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            showPageOfChosenType();
        }
        super.setVisible(visible);
    }

    /** Makes the chosen type's page, unless it is shown already for the same node and type. */
    private void showPageOfChosenType() {
        NodeConnection node = choice.node();
        StorageType type = choice.type().orElse(null);
        if (node == null || type == null) {
            return;
        }
        String key = node.nodeId() + "/" + type.type();
        if (key.equals(shownFor)) {
            return;
        }
        disposePage();
        shownFor = key;
        setDescription(NLS.bind(Messages.ConfigurationPage_description, TypeChoicePage.label(type),
                node.node().name()));
        setMessage(null);
        Composite area = new Composite(host, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
        Optional<BackendTypeDescriptor> contributed = BackendTypeRegistry.get().descriptor(type.type());
        page = contributed.flatMap(BackendTypeDescriptor::createPage).orElse(null);
        generic = page == null;
        if (generic && contributed.isPresent()) {
            setMessage(NLS.bind(Messages.ConfigurationPage_brokenContribution, type.type(), contributed.get()
                    .contributor()), IMessageProvider.WARNING);
        }
        StorageTypePageSite site = new Site(node, type);
        if (page != null) {
            try {
                page.createControl(area, site);
            } catch (RuntimeException | LinkageError e) {
                StorageUi.logError("the page of storage type '" + type.type() + "' contributed by "
                        + contributed.get().contributor() + " failed to make its controls; the generic page stands"
                        + " in", e);
                for (Control c : area.getChildren()) {
                    c.dispose();
                }
                setMessage(NLS.bind(Messages.ConfigurationPage_brokenContribution, type.type(), contributed.get()
                        .contributor()), IMessageProvider.WARNING);
                page = null;
                generic = true;
            }
        }
        if (page == null) {
            page = new GenericTypePage();
            page.createControl(area, site);
        }
        host.layout(true, true);
        validate();
    }

    private void validate() {
        String problem;
        try {
            problem = page == null ? null : page.problem();
        } catch (RuntimeException e) {
            StorageUi.logError("the page of storage type " + shownFor + " failed to check its values", e);
            problem = NLS.bind(Messages.ConfigurationPage_pageFailed, e);
        }
        setErrorMessage(problem);
        setPageComplete(page != null && problem == null);
    }

    /** @return the configuration the page collected; empty if the page fails to say */
    Map<String, String> deviceConfig() {
        try {
            return page == null ? Map.of() : new LinkedHashMap<>(page.deviceConfig());
        } catch (RuntimeException e) {
            StorageUi.logError("the page of storage type " + shownFor + " failed to give its configuration", e);
            return Map.of();
        }
    }

    /** @return the page shown, for tests */
    StorageTypePage page() {
        return page;
    }

    /** @return whether the generic page is shown (no contribution for the type, or a broken one) */
    boolean generic() {
        return generic;
    }

    private void disposePage() {
        if (page != null) {
            try {
                page.dispose();
            } catch (RuntimeException e) {
                StorageUi.logError("the page of storage type " + shownFor + " failed to dispose", e);
            }
            page = null;
        }
        for (Control c : host.getChildren()) {
            c.dispose();
        }
        shownFor = null;
    }

    @Override
    public void dispose() {
        if (host != null && !host.isDisposed()) {
            disposePage();
        }
        super.dispose();
    }

    /** What the shown page is given. */
    private final class Site implements StorageTypePageSite {
        private final NodeConnection node;
        private final StorageType type;

        Site(NodeConnection node, StorageType type) {
            this.node = node;
            this.type = type;
        }

        @Override
        public String type() {
            return type.type();
        }

        @Override
        public String nodeName() {
            return node.node().name();
        }

        @Override
        public Optional<StorageType> storageType() {
            return type.described() ? Optional.of(type) : Optional.empty();
        }

        @Override
        public void changed() {
            if (getControl() != null && !getControl().isDisposed()) {
                validate();
            }
        }
    }
}
