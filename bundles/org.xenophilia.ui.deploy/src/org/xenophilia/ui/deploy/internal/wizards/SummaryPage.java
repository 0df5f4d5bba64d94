package org.xenophilia.ui.deploy.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.image.DeployRequest;
import org.xenophilia.core.image.ImageInfo;
import org.xenophilia.core.storage.ByteSizes;
import org.xenophilia.ui.deploy.internal.DeployUi;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.deploy.internal.Messages;

/** The Deploy Image wizard's last page: what Finish makes on the node, in words. */
final class SummaryPage extends WizardPage {

    private final ImagePage imagePage;
    private final DomainPage domainPage;
    private Text text;

    SummaryPage(ImagePage imagePage, DomainPage domainPage) {
        super("summary", Messages.DeployWizard_title, null);
        this.imagePage = imagePage;
        this.domainPage = domainPage;
        setDescription(Messages.SummaryPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        text = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setData(DeployUi.FIELD_KEY, "summary");
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).applyTo(text);
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            imagePage.selected().ifPresent(item -> text.setText(summary(item)));
        }
        super.setVisible(visible);
    }

    private String summary(ImageItem item) {
        ImageInfo image = item.image();
        DeployRequest r = domainPage.request(item);
        StringBuilder b = new StringBuilder();
        b.append(NLS.bind(Messages.SummaryPage_domain, new Object[] {r.name(), item.node().node().name(), image
            .id()})).append("\n\n");
        if (image.needsDownload()) {
            b.append("\u2022 ").append(NLS.bind(Messages.SummaryPage_download, ByteSizes.format(image.fileSize()),
                    image.urls().isEmpty() ? image.source() : image.urls().get(0))).append('\n');
        }
        b.append("\u2022 ").append(NLS.bind(Messages.SummaryPage_volume, ByteSizes.format(r.size().orElse(image
                .minimumDisk())), domainPage.repositoryText())).append('\n');
        b.append("\u2022 ").append(image.content().equals("rootfs") ? NLS.bind(Messages.SummaryPage_filesystem,
                image.filesystem().isEmpty() ? "ext4" : image.filesystem()) : Messages.SummaryPage_disk).append('\n');
        b.append("\u2022 ").append(NLS.bind(Messages.SummaryPage_resources, ByteSizes.format(r.memory().orElse(image
                .defaultMemory())), r.vcpus().orElse(image.defaultVcpus()))).append('\n');
        b.append("\u2022 ").append(domainPage.networkName().map(n -> NLS.bind(Messages.SummaryPage_network, n))
                .orElse(Messages.SummaryPage_noNetwork)).append('\n');
        b.append("\u2022 ").append(r.start() ? Messages.SummaryPage_started : Messages.SummaryPage_notStarted);
        return b.toString();
    }

    /** @return the summary shown */
    String shown() {
        return text.getText();
    }
}
