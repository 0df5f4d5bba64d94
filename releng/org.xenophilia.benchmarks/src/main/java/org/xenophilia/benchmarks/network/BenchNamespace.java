package org.xenophilia.benchmarks.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A network namespace playing the node of a benchmark Agent, joined to this machine's by a veth pair (this side
 * {@value #HERE}, the node {@value #THERE}, {@code /30}), so that clients here reach the Agent there. Whatever the
 * Agent makes in it (bridges, the nftables table, IP forwarding, dnsmasq) is the namespace's: {@link #close()}, also
 * run by a shutdown hook, kills every process left in it by its id and deletes it, and that is all of it gone, the
 * benchmark passed or not. A namespace of the name left by a killed run is deleted first. As root.
 */
final class BenchNamespace implements AutoCloseable {

    /** This machine's end of the link. */
    static final String HERE = "10.254.77.1";
    /** The node's end of the link, where the Agent listens. */
    static final String THERE = "10.254.77.2";

    private final String name;
    private final Thread hook = new Thread(this::delete, "bench-namespace-cleanup");
    private boolean deleted;

    private BenchNamespace(String name) {
        this.name = name;
    }

    /**
     * @param name the namespace's name (at most 13 characters: its veth is named after it)
     * @return the namespace, made and linked
     */
    static BenchNamespace open(String name) throws Exception {
        BenchNamespace n = new BenchNamespace(name);
        n.delete();
        n.deleted = false;
        Runtime.getRuntime().addShutdownHook(n.hook);
        try {
            run("ip", "netns", "add", name);
            n.in("ip", "link", "set", "lo", "up");
            run("ip", "link", "add", n.veth(), "type", "veth", "peer", "name", "up0", "netns", name);
            run("ip", "addr", "add", HERE + "/30", "dev", n.veth());
            run("ip", "link", "set", n.veth(), "up");
            n.in("ip", "addr", "add", THERE + "/30", "dev", "up0");
            n.in("ip", "link", "set", "up0", "up");
        } catch (Exception e) {
            n.close();
            throw e;
        }
        return n;
    }

    private String veth() {
        return name + "-h";
    }

    /** @return what runs a command in the namespace: {@code ip netns exec NAME} */
    List<String> prefix() {
        return List.of("/usr/sbin/ip", "netns", "exec", name);
    }

    /** Runs a command in the namespace; it must succeed. @return what it printed */
    String in(String... argv) throws Exception {
        List<String> all = new ArrayList<>(prefix());
        all.addAll(List.of(argv));
        return DirectNatCommands.exec(true, all);
    }

    /** @return the ids of the processes in the namespace whose command is {@code command} */
    List<Long> processes(String command) throws Exception {
        List<Long> out = new ArrayList<>();
        for (long pid : pids()) {
            Optional<String> cmd = ProcessHandle.of(pid).flatMap(h -> h.info().command());
            if (cmd.isPresent() && Path.of(cmd.get()).getFileName().toString().equals(command)) {
                out.add(pid);
            }
        }
        return out;
    }

    /** @return whether a namespace of that name exists */
    static boolean exists(String name) throws Exception {
        return DirectNatCommands.exec(true, List.of("ip", "netns", "list")).lines()
                .anyMatch(l -> l.split(" ")[0].equals(name));
    }

    private List<Long> pids() throws Exception {
        return DirectNatCommands.exec(false, List.of("ip", "netns", "pids", name)).lines()
                .filter(l -> l.matches("[0-9]+")).map(Long::valueOf).toList();
    }

    private static void run(String... argv) throws Exception {
        DirectNatCommands.exec(true, List.of(argv));
    }

    /** Kills what runs in the namespace (by id) and deletes it with the veth pair. */
    private synchronized void delete() {
        if (deleted) {
            return;
        }
        try {
            for (long pid : pids()) {
                Optional<ProcessHandle> h = ProcessHandle.of(pid);
                if (h.isPresent()) {
                    h.get().destroyForcibly();
                    try {
                        h.get().onExit().get(10, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        // a daemon (dnsmasq) is reaped by init when it will: killed is enough to delete the namespace
                    }
                }
            }
            DirectNatCommands.exec(false, List.of("ip", "link", "del", veth()));
            DirectNatCommands.exec(false, List.of("ip", "netns", "del", name));
            deleted = true;
        } catch (Exception e) {
            System.err.println("could not delete namespace " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs (and finds it deleted)
        }
    }
}
