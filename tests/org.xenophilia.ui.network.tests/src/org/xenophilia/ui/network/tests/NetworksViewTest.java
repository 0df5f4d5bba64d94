package org.xenophilia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xenophilia.ui.network.tests.NetworkNode.TIMEOUT;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.core.network.NetworkJob;
import org.xenophilia.core.network.NetworkOperation;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.network.internal.LeaseItem;
import org.xenophilia.ui.network.internal.NetworkItem;
import org.xenophilia.ui.network.internal.NetworkUi;
import org.xenophilia.ui.network.internal.handlers.DeleteNetworkHandler;
import org.xenophilia.ui.network.internal.view.NetworkColumn;
import org.xenophilia.ui.network.internal.view.NetworksView;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;

/**
 * The Networks view against a real Agent with simulated networking, changed by another administrator: a network made
 * through the API shows with its kind, bridge, subnet, range and forwards, and goes when it is destroyed; a domain
 * started on a network shows among its domains and its lease under it; the filter keeps the rows that match; a network
 * a running domain uses is refused deletion naming the domain, before the node is asked; a burst of changes has the
 * leases read again one read per network at a time. No XenAPI call may happen on the UI thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class NetworksViewTest {

    private NetworkNode n;
    private IWorkbenchPage page;
    private NetworksView view;

    @BeforeAll
    void start() throws Exception {
        n = new NetworkNode("networks-view-test", "networks-view");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (NetworksView) page.showView(NetworksView.ID);
    }

    @AfterEach
    void checkTheUiThread() {
        view.getFilter().setText("");
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @AfterAll
    void stop() throws Exception {
        n.close();
    }

    private Optional<NetworkItem> listed(String name) {
        return view.listedNetworks().stream().filter(i -> i.node() == n.node && i.network().map(
                NodeNetworks.Network::name).orElse("").equals(name)).findFirst();
    }

    private NetworkItem network(String name) {
        return UiConditions.waitFor("network " + name + " listed", TIMEOUT, () -> listed(name).orElse(null));
    }

    private String cell(Object element, NetworkColumn column) {
        return view.cellText(element, column);
    }

    @Test
    public void aNetworkMadeThroughTheApiShowsLiveAndGoesWhenDestroyed() {
        String ref = n.createNat("made", "10.20.30", 8081);
        NetworkItem made = network("made");
        assertEquals("made", cell(made, NetworkColumn.NAME));
        assertEquals("NAT", cell(made, NetworkColumn.KIND));
        assertEquals("xnmade", cell(made, NetworkColumn.BRIDGE));
        assertEquals("10.20.30.0/24", cell(made, NetworkColumn.SUBNET));
        assertEquals("10.20.30.100 \u2013 10.20.30.199", cell(made, NetworkColumn.DHCP));
        assertEquals("tcp 8081 \u2192 10.20.30.10:80", cell(made, NetworkColumn.FORWARDS));
        assertEquals("", cell(made, NetworkColumn.DOMAINS));

        n.call(c -> c.callWithSession("network.destroy", ref));
        UiConditions.waitFor("made gone", TIMEOUT, () -> listed("made").isEmpty());
    }

    @Test
    public void aDomainStartedOnANetworkShowsAsAttachedWithItsLease() throws Exception {
        n.createNat("leased", "10.40.0", 8082);
        NetworkItem leased = network("leased");
        n.runningDomainOn("guest1", "leased", "00:16:3e:40:00:01");
        UiConditions.waitFor("guest1 attached", TIMEOUT, () -> "guest1 (vif 0)".equals(cell(leased,
                NetworkColumn.DOMAINS)));
        LeaseItem lease = UiConditions.waitFor("guest1's lease listed", TIMEOUT, () -> view.listedLeases(leased)
                .stream().findFirst().orElse(null));
        String shown = cell(lease, NetworkColumn.NAME);
        assertTrue(shown.matches("00:16:3e:40:00:01 \u2192 10\\.40\\.0\\.1\\d\\d \u2192 guest1"), shown);
        Screenshots.save(view.getViewer().getControl().getShell(), "networks-view");

        view.getFilter().setText("10.40.0");
        UiConditions.waitFor("only leased kept", TIMEOUT, () -> view.listedNetworks().stream().allMatch(i -> i.equals(
                leased)) && !view.listedNetworks().isEmpty());
        view.getFilter().setText("no such network");
        UiConditions.waitFor("none kept", TIMEOUT, () -> view.listedNetworks().isEmpty());
    }

    @Test
    public void aNetworkARunningDomainUsesIsRefusedDeletionNamingTheDomain() throws Exception {
        n.createNat("busy", "10.50.0", 8083);
        NetworkItem busy = network("busy");
        n.runningDomainOn("web01", "busy", "00:16:3e:50:00:01");
        UiConditions.waitFor("web01 attached", TIMEOUT, () -> "web01 (vif 0)".equals(cell(busy,
                NetworkColumn.DOMAINS)));

        page.activate(view);
        view.select(List.of(busy));
        List<String> menu = Widgets.menuLabels(view.getViewer().getControl());
        assertTrue(menu.containsAll(List.of("New Network...", "Edit...", "Check", "Delete...")), "menu: " + menu);
        try (ModalShellInspector<String> refusal = new ModalShellInspector<>(DeleteNetworkHandler.IN_USE_TITLE,
                TIMEOUT, shell -> Widgets.all(shell).stream().filter(Label.class::isInstance).map(l -> ((Label) l)
                        .getText()).filter(t -> t.contains("web01")).findFirst().orElse(""))) {
            refusal.arm();
            view.getSite().getService(IHandlerService.class).executeCommand(NetworkUi.DELETE_NETWORK_COMMAND, null);
            UiConditions.waitFor("the refusal", TIMEOUT, refusal::done);
            assertTrue(refusal.result().startsWith("Network busy cannot be deleted while running domains use it:"
                    + " web01 (vif 0)."), refusal.result());
        }
        assertTrue(listed("busy").isPresent(), "not deleted");
    }

    @Test
    public void leasesAreReadAgainOffTheUiThreadOneReadPerNetworkAtATime() {
        n.createNat("burst", "10.90.0", 8096);
        NetworkItem burst = network("burst");
        String vm = n.runningDomainOn("guest9", "burst", "00:16:3e:90:00:09");
        UiConditions.waitFor("guest9's lease listed", TIMEOUT, () -> !view.listedLeases(burst).isEmpty());
        LeaseReads reads = new LeaseReads("burst");
        Job.getJobManager().addJobChangeListener(reads);
        try {
            // another administrator changes guest9 thirty times in a row: thirty changes of the node, each of
            // which has the view read the network's leases again
            long mib = 1L << 20;
            n.call(c -> {
                for (int i = 1; i <= 30; i++) {
                    c.callWithSession("VM.set_memory_target_live", vm, (200L + i) * mib);
                }
                return null;
            });
            String uuid = n.uuid("VM", vm);
            UiConditions.waitFor("the last change seen", TIMEOUT, () -> n.node.model().vm(uuid).map(v -> v
                    .memoryTarget() == 230 * mib).orElse(false));
            UiConditions.waitFor("the reads over", TIMEOUT, () -> reads.running() == 0);
        } finally {
            Job.getJobManager().removeJobChangeListener(reads);
        }
        assertTrue(reads.made() >= 1, "the leases were read again");
        assertEquals(1, reads.mostAtOnce(), "never two reads of one network's leases at once");
        assertTrue(cell(view.listedLeases(burst).get(0), NetworkColumn.NAME).endsWith("\u2192 guest9"));
    }

    /** Counts the lease reads of one network as the job manager sees them scheduled and done. */
    private static final class LeaseReads extends JobChangeAdapter {
        private final String network;
        /** The reads scheduled and not done; one under way when counting starts is not counted. */
        private final Set<Job> running = new HashSet<>();
        private int most;
        private int made;

        LeaseReads(String network) {
            this.network = network;
        }

        private boolean ours(IJobChangeEvent e) {
            return e.getJob() instanceof NetworkJob<?> j && j.operation() == NetworkOperation.READ_LEASES && j
                    .subject().equals(network);
        }

        @Override
        public synchronized void scheduled(IJobChangeEvent e) {
            if (ours(e)) {
                made++;
                running.add(e.getJob());
                most = Math.max(most, running.size());
            }
        }

        @Override
        public synchronized void done(IJobChangeEvent e) {
            running.remove(e.getJob());
        }

        synchronized int running() {
            return running.size();
        }

        synchronized int mostAtOnce() {
            return most;
        }

        synchronized int made() {
            return made;
        }
    }
}
