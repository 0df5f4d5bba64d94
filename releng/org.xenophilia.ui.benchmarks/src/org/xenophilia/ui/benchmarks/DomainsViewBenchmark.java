package org.xenophilia.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.internal.views.DomainsView;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The Domains view at fleet scale, in the running Workbench, against real Agent processes (simulated backend):
 * <ol>
 * <li>initial load: N nodes are registered at once; the time until the view's table has every domain's row, and
 * the heap used afterwards (after a full GC);</li>
 * <li>a full refresh of the table (filter typed and cleared: every row re-filtered and re-sorted);</li>
 * <li>scrolling the whole table a page at a time, each page painted;</li>
 * <li>a change on a node (a domain's memory, by another client) until the row in the view shows it.</li>
 * </ol>
 * Sizes come from system properties (see the pom; {@code run.sh} passes the benchmark's). Each Agent has
 * {@code domains} domains (its three demo domains among them) and is registered {@code nodesPerAgent} times, as
 * different nodes, so that 100 nodes need not be 100 JVMs. Asserts only that every row arrives, never timings.
 */
public class DomainsViewBenchmark {

    private static final List<AgentNode> AGENTS = new ArrayList<>();
    private static final List<String> NODE_IDS = new ArrayList<>();

    private static int property(String name, int fallback) {
        return Integer.getInteger("xenophilia.bench." + name, fallback);
    }

    @AfterAll
    static void stopAgents() throws Exception {
        for (String id : NODE_IDS) {
            NodeService.get().removeNode(id);
        }
        AGENTS.forEach(AgentNode::close);
    }

    @Test
    public void domainsViewAtFleetScale() throws Exception {
        int agents = property("agents", 2);
        int domains = property("domains", 50);
        int nodesPerAgent = property("nodesPerAgent", 1);
        int changes = property("changes", 20);
        int rows = agents * nodesPerAgent * domains;
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%d nodes x %d domains = %d rows (%d Agents, each registered %d times)",
                agents * nodesPerAgent, domains, rows, agents, nodesPerAgent));

        startAgents(agents, domains);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DomainsView view = (DomainsView) page.showView(DomainsView.ID);
        Table table = view.getViewer().getTable();

        // 1. initial load
        System.gc();
        long t0 = System.nanoTime();
        for (int a = 0; a < agents; a++) {
            AgentNode agent = AGENTS.get(a);
            for (int n = 0; n < nodesPerAgent; n++) {
                NodeDescriptor node = new NodeDescriptor("bench-" + a + "-" + n, "bench-" + a + "-" + n, "127.0.0.1",
                        agent.port(), AgentNode.ADMIN, agent.fingerprint());
                NODE_IDS.add(node.id());
                NodeService.get().putSessionNode(node, AgentNode.PASSWORD);
            }
        }
        Fleet.waitFor("all " + rows + " rows in the Domains view", () -> table.getItemCount() == rows);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        report.add(String.format(Locale.ROOT, "initial load, every row in the table: %.2f s (target <= 5 s)",
                loadSeconds));
        report.add(String.format(Locale.ROOT, "heap used after a full GC: %.1f MB (target <= 512 MB; -Xmx %.0f MB)",
                heap / 1e6, Runtime.getRuntime().maxMemory() / 1e6));

        // 2. full refresh: a filter every row matches (all names have a '-'), then none
        List<Long> refreshes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long r0 = System.nanoTime();
            view.getFilter().setText("-");
            Fleet.flush();
            view.getFilter().setText("");
            Fleet.flush();
            refreshes.add((System.nanoTime() - r0) / 2);
        }
        assertEquals(rows, table.getItemCount());
        report.add("full refresh of the table (filter, sort, item count): " + Fleet.summary(refreshes));

        // 3. scrolling page by page, each page painted
        int visible = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
        List<Long> pages = new ArrayList<>();
        for (int top = 0; top < rows; top += visible) {
            long p0 = System.nanoTime();
            table.setTopIndex(top);
            table.update(); // paints now: the virtual rows of the page are asked for and drawn
            Fleet.flush();
            pages.add(System.nanoTime() - p0);
        }
        report.add(String.format(Locale.ROOT, "scrolling %d pages of %d rows, each painted: ", pages.size(), visible)
                + Fleet.summary(pages));

        // 4. a change on a node until its row shows it
        table.setTopIndex(0);
        Fleet.flush();
        List<Long> toRow = new ArrayList<>();
        List<Long> toModel = new ArrayList<>();
        // the other client works on its own thread, as another administrator's tool would: the display thread only
        // waits for the row (and the UI-thread guard stays meaningful)
        ExecutorService otherAdmin = Executors.newSingleThreadExecutor();
        try (XenApiClient other = XenApiClient.builder(AGENTS.get(0).uri())
                .pinnedFingerprint(AGENTS.get(0).fingerprint()).build()) {
            String name = table.getItem(0).getText(0);
            String node = table.getItem(0).getText(1);
            Future<String> login = otherAdmin.submit(() -> {
                other.login(AgentNode.ADMIN, AgentNode.PASSWORD);
                return WireValues.asList(other.callWithSession("VM.get_by_name_label", name)).get(0).toString();
            });
            Fleet.waitFor("the other client logged in", login::isDone);
            String ref = login.get();
            for (int i = 0; i < changes; i++) {
                long mib = 128 + (i % 2) * 64;
                String expected = mib + " MiB";
                long c0 = System.nanoTime();
                Future<?> change = otherAdmin.submit(() -> other.callWithSession("VM.set_memory", ref,
                        Long.toString(mib << 20)));
                org.xenophilia.core.NodeConnection connection = NodeService.get().connections().stream()
                        .filter(c -> c.node().name().equals(node)).findFirst().orElseThrow();
                long[] modelAt = {0};
                Fleet.waitFor("the row of " + name + " on " + node + " showing " + expected, () -> {
                    if (modelAt[0] == 0 && connection.model().vmsNamed(name).get(0).memoryTarget() == mib << 20) {
                        modelAt[0] = System.nanoTime();
                    }
                    return rowShows(table, name, node, expected);
                });
                toRow.add(System.nanoTime() - c0);
                toModel.add((modelAt[0] == 0 ? System.nanoTime() : modelAt[0]) - c0);
                change.get();
            }
            otherAdmin.submit(other::close).get();
        } finally {
            otherAdmin.shutdown();
        }
        report.add("change by another client -> the node's model has it: " + Fleet.summary(toModel));
        report.add("change by another client -> its row shows it: " + Fleet.summary(toRow));
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls on the UI thread");

        String text = String.join("\n", report) + "\n";
        System.out.print(text);
        String file = System.getProperty("xenophilia.bench.report");
        if (file != null) {
            Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
        }
        assertTrue(loadSeconds > 0);
    }

    /** The first row with that name and node (rows of one Agent registered several times differ by node). */
    private static boolean rowShows(Table table, String name, String node, String memory) {
        int limit = Math.min(table.getItemCount(), 50);
        for (int i = 0; i < limit; i++) {
            if (table.getItem(i).getText(0).equals(name) && table.getItem(i).getText(1).equals(node)) {
                return table.getItem(i).getText(3).equals(memory);
            }
        }
        return false;
    }

    /** Starts the Agents in parallel, each with {@code domains} domains (its 3 demo domains and new ones). */
    private static void startAgents(int count, int domains) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 4));
        List<Future<AgentNode>> started = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            int index = a;
            started.add(pool.submit(() -> {
                Path dir = Files.createTempDirectory("xenophilia-ui-bench-" + index);
                AgentNode agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
                try (XenApiClient c = XenApiClient.builder(agent.uri()).pinnedFingerprint(agent.fingerprint())
                        .build()) {
                    c.login(AgentNode.ADMIN, AgentNode.PASSWORD);
                    for (int i = 3; i < domains; i++) {
                        c.callWithSession("Xenophilia.VM.create_from_xml", String.format(Locale.ROOT, """
                                <domain xmlns="http://xenophilia.org/schema/domain/1.0">
                                  <name>vm-%02d-%04d</name>
                                  <type>pvh</type>
                                  <memory>%d</memory>
                                  <vcpus>1</vcpus>
                                  <kernel>/boot/vmlinuz-6.1.0-bench</kernel>
                                </domain>
                                """, index, i, 128 + (i % 4) * 64));
                    }
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
