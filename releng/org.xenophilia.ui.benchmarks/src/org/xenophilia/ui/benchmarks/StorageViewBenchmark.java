package org.xenophilia.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.storage.internal.RepositoryItem;
import org.xenophilia.ui.storage.internal.view.StorageView;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The Storage view at fleet scale, in the running Workbench, against real Agent processes with the {@code file}
 * storage backend: each Agent is a node with one repository of {@code volumes} volumes (sparse files of 64 MiB put in
 * its directory, as an admin's existing images would be, then found by {@code SR.scan}).
 * <ol>
 * <li>initial load: every node registered at once; the time until the view lists every node's repository and every
 * volume, and the heap used afterwards (after a full GC);</li>
 * <li>one repository expanded and scrolled a page at a time, each page painted (its rows made as they are shown);</li>
 * <li>a volume made by another client ({@code VDI.create}) until the view lists it.</li>
 * </ol>
 * Sizes from system properties ({@code run.sh storage}). Asserts only that every volume arrives, never timings.
 */
public class StorageViewBenchmark {

    private static final long VOLUME_SIZE = 64L << 20;
    private static final List<AgentNode> AGENTS = new ArrayList<>();
    private static final List<String> NODE_IDS = new ArrayList<>();

    @AfterAll
    static void stopAgents() throws Exception {
        for (String id : NODE_IDS) {
            NodeService.get().removeNode(id);
        }
        AGENTS.forEach(AgentNode::close);
    }

    @Test
    public void storageViewAtFleetScale() throws Exception {
        int agents = Integer.getInteger("xenophilia.bench.agents", 2);
        int volumes = Integer.getInteger("xenophilia.bench.volumes", 50);
        int changes = Integer.getInteger("xenophilia.bench.changes", 20);
        int total = agents * volumes;
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%d nodes x %d volumes = %d volumes (file backend, one repository each)",
                agents, volumes, total));
        startAgents(agents, volumes);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        StorageView view = (StorageView) page.showView(StorageView.ID);

        // 1. initial load
        System.gc();
        long t0 = System.nanoTime();
        for (int a = 0; a < agents; a++) {
            AgentNode agent = AGENTS.get(a);
            NodeDescriptor node = new NodeDescriptor("storage-" + a, "storage-" + a, "127.0.0.1", agent.port(),
                    AgentNode.ADMIN, agent.fingerprint());
            NODE_IDS.add(node.id());
            NodeService.get().putSessionNode(node, AgentNode.PASSWORD);
        }
        // each node also has the views of its demo domains' disk paths: the view lists what the models hold
        Fleet.waitFor("all " + total + " volumes in the Storage view", () -> benchVolumes() == total
                && view.listedVolumes().size() == allVolumes(), () -> "; in the models: " + benchVolumes()
                        + " bench volumes of " + allVolumes() + "; listed: " + view.listedVolumes().size());
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        report.add(String.format(Locale.ROOT, "initial load, every repository and volume listed: %.2f s", loadSeconds));
        report.add(String.format(Locale.ROOT, "heap used after a full GC: %.1f MB (-Xmx %.0f MB)", heap / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6));

        // 2. one repository expanded, scrolled page by page
        RepositoryItem first = view.listedRepositories().stream().filter(r -> NodeStorage.of(r.node().model())
                .repository(r.srUuid()).map(x -> x.sr().name().equals("bench")).orElse(false)).findFirst()
                .orElseThrow();
        view.getViewer().reveal(first);
        view.getViewer().expandToLevel(first, 1);
        Fleet.flush();
        Tree tree = view.getViewer().getTree();
        TreeItem repositoryRow = (TreeItem) view.getViewer().testFindItem(first);
        repositoryRow.setExpanded(true);
        Fleet.waitFor("the repository's rows", () -> repositoryRow.getItemCount() == volumes,
                () -> ": " + repositoryRow.getItemCount());
        int visible = Math.max(1, tree.getClientArea().height / Math.max(1, tree.getItemHeight()));
        List<Long> pages = new ArrayList<>();
        for (int i = 0; i < volumes; i += visible) {
            long p0 = System.nanoTime();
            tree.setTopItem(repositoryRow.getItem(i));
            tree.update(); // paints now: the virtual rows of the page are asked for and drawn
            Fleet.flush();
            pages.add(System.nanoTime() - p0);
        }
        long made = java.util.Arrays.stream(repositoryRow.getItems()).filter(i -> i.getData() != null).count();
        report.add(String.format(Locale.ROOT, "scrolling %d pages of %d rows, each painted: %s; rows made: %d of %d",
                pages.size(), visible, Fleet.summary(pages), made, volumes));

        // 3. a volume made by another client, until the view lists it
        List<Long> toView = new ArrayList<>();
        ExecutorService otherAdmin = Executors.newSingleThreadExecutor();
        try (XenApiClient other = XenApiClient.builder(AGENTS.get(0).uri())
                .pinnedFingerprint(AGENTS.get(0).fingerprint()).build()) {
            Future<String> login = otherAdmin.submit(() -> {
                other.login(AgentNode.ADMIN, AgentNode.PASSWORD);
                return WireValues.asList(other.callWithSession("SR.get_by_name_label", "bench")).get(0).toString();
            });
            Fleet.waitFor("the other client logged in", login::isDone);
            String sr = login.get();
            for (int i = 0; i < changes; i++) {
                int before = view.listedVolumes().size();
                String name = "new-" + i;
                long c0 = System.nanoTime();
                Future<?> create = otherAdmin.submit(() -> other.callWithSession("VDI.create", Map.of("SR", sr,
                        "name_label", name, "virtual_size", Long.toString(VOLUME_SIZE), "type", "user", "sharable",
                        false, "read_only", false, "other_config", Map.of())));
                Fleet.waitFor(name + " in the view", () -> view.listedVolumes().size() == before + 1);
                toView.add(System.nanoTime() - c0);
                create.get();
            }
            otherAdmin.submit(other::close).get();
        } finally {
            otherAdmin.shutdown();
        }
        report.add("VDI.create by another client -> the view lists it: " + Fleet.summary(toView));
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls on the UI thread");

        String text = String.join("\n", report) + "\n";
        System.out.print(text);
        String file = System.getProperty("xenophilia.bench.storageReport");
        if (file != null) {
            Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
        }
    }

    /** @return the volumes of the nodes' bench repositories, as their models hold them */
    private static long benchVolumes() {
        return NodeService.get().connections().stream().flatMap(c -> NodeStorage.of(c.model()).repositories()
                .stream()).filter(r -> r.sr().name().equals("bench")).mapToLong(r -> r.volumes().size()).sum();
    }

    /** @return every volume of every node, as the models hold them */
    private static long allVolumes() {
        return NodeService.get().connections().stream().mapToLong(c -> NodeStorage.of(c.model()).volumeCount())
                .sum();
    }

    /** Starts the Agents in parallel, each with one file repository of {@code volumes} volumes. */
    private static void startAgents(int count, int volumes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 4));
        List<Future<AgentNode>> started = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            int index = a;
            started.add(pool.submit(() -> {
                Path dir = Files.createTempDirectory("xenophilia-ui-storage-bench-" + index);
                AgentNode agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin()
                        .withStoragePlugins(List.of(AgentNode.fileBackendJar())).start(0);
                Path location = dir.resolve("volumes");
                try (XenApiClient c = XenApiClient.builder(agent.uri()).pinnedFingerprint(agent.fingerprint())
                        .build()) {
                    c.login(AgentNode.ADMIN, AgentNode.PASSWORD);
                    String host = (String) WireValues.asList(c.callWithSession("host.get_all")).get(0);
                    String sr = (String) c.callWithSession("SR.create", host, Map.of("location", location.toString()),
                            0L, "bench", "", "file", "user", false, Map.of());
                    for (int i = 0; i < volumes; i++) {
                        try (RandomAccessFile f = new RandomAccessFile(location.resolve(String.format(Locale.ROOT,
                                "vol-%04d.raw", i)).toFile(), "rw")) {
                            f.setLength(VOLUME_SIZE);
                        }
                    }
                    c.callWithSession("SR.scan", sr);
                }
                return agent;
            }));
        }
        pool.shutdown();
        for (Future<AgentNode> f : started) {
            AGENTS.add(f.get());
        }
    }
}
