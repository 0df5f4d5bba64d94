package org.xenophilia.core;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import org.xenophilia.files.AtomicFiles;

/**
 * The nodes the Workbench knows, persisted as {@value #FILE_NAME} (a properties file) in a directory: the bundle's
 * state location in the Workbench ({@link #inStateLocation()}), any directory for headless use. Every change is
 * written at once, atomically (temporary file, fsync, rename), so the file is always either the old or the new list.
 * Thread-safe.
 */
public final class NodeRegistry {

    /** The file in the registry's directory. */
    public static final String FILE_NAME = "nodes.properties";

    private final Path file;
    private final Map<String, NodeDescriptor> nodes = new LinkedHashMap<>();
    private final List<Consumer<NodeRegistry>> listeners = new CopyOnWriteArrayList<>();

    private NodeRegistry(Path file) {
        this.file = file;
    }

    /**
     * Opens (or starts) the registry in a directory.
     *
     * @param directory where {@value #FILE_NAME} lives; created if missing
     * @return the registry with the nodes found there
     * @throws IOException if the file exists but cannot be read or parsed
     */
    public static NodeRegistry open(Path directory) throws IOException {
        Files.createDirectories(directory);
        NodeRegistry r = new NodeRegistry(directory.resolve(FILE_NAME));
        r.load();
        return r;
    }

    /**
     * Opens the registry in this bundle's state location ({@code .metadata/.plugins/org.xenophilia.core}).
     *
     * @return the registry
     * @throws IOException if it cannot be read
     * @throws IllegalStateException outside a running Eclipse platform
     */
    public static NodeRegistry inStateLocation() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(NodeRegistry.class);
        if (bundle == null) {
            throw new IllegalStateException("not running in OSGi; use NodeRegistry.open(directory)");
        }
        return open(Platform.getStateLocation(bundle).toFile().toPath());
    }

    /** @return the file the registry is persisted in */
    public Path file() {
        return file;
    }

    /** @return the nodes, in the order they were added */
    public synchronized List<NodeDescriptor> nodes() {
        return List.copyOf(nodes.values());
    }

    /**
     * @param id a node id
     * @return that node
     */
    public synchronized Optional<NodeDescriptor> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /**
     * Adds a node, or replaces the node with the same id, and saves.
     *
     * @param node the node
     * @throws IOException if it cannot be saved; the registry is then unchanged
     */
    public void put(NodeDescriptor node) throws IOException {
        Objects.requireNonNull(node, "node");
        synchronized (this) {
            NodeDescriptor old = nodes.put(node.id(), node);
            try {
                save();
            } catch (IOException e) {
                if (old == null) {
                    nodes.remove(node.id());
                } else {
                    nodes.put(node.id(), old);
                }
                throw e;
            }
        }
        fire();
    }

    /**
     * Removes a node and saves. Its password stays in the credential store; remove it there too.
     *
     * @param id the node id
     * @return whether it was there
     * @throws IOException if it cannot be saved; the registry is then unchanged
     */
    public boolean remove(String id) throws IOException {
        synchronized (this) {
            Map<String, NodeDescriptor> before = new LinkedHashMap<>(nodes);
            if (nodes.remove(id) == null) {
                return false;
            }
            try {
                save();
            } catch (IOException e) {
                nodes.clear();
                nodes.putAll(before);
                throw e;
            }
        }
        fire();
        return true;
    }

    /**
     * @param listener told (on the thread that made the change) after every change
     */
    public void addListener(Consumer<NodeRegistry> listener) {
        listeners.add(listener);
    }

    /** @param listener a listener added before */
    public void removeListener(Consumer<NodeRegistry> listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Consumer<NodeRegistry> l : listeners) {
            l.accept(this);
        }
    }

    private void load() throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return;
        }
        Properties p = new Properties();
        p.load(new StringReader(text));
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            String[] parts = key.split("\\.", 3);
            if (parts.length == 3 && parts[0].equals("node")) {
                try {
                    indexes.add(Integer.parseInt(parts[1]));
                } catch (NumberFormatException e) {
                    throw new IOException(file + ": bad key " + key);
                }
            }
        }
        for (int i : indexes) {
            String prefix = "node." + i + ".";
            try {
                NodeDescriptor n = new NodeDescriptor(p.getProperty(prefix + "id"), p.getProperty(prefix + "name", ""),
                        p.getProperty(prefix + "host"), Integer.parseInt(p.getProperty(prefix + "port", "8443")),
                        p.getProperty(prefix + "user", ""), p.getProperty(prefix + "fingerprint"));
                nodes.put(n.id(), n);
            } catch (RuntimeException e) {
                throw new IOException(file + ": node " + i + " is incomplete or invalid: " + e.getMessage(), e);
            }
        }
    }

    private void save() throws IOException {
        StringBuilder out = new StringBuilder("# Xenophilia nodes; their secrets are in Eclipse secure storage\n");
        int i = 0;
        for (NodeDescriptor n : nodes.values()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("id", n.id());
            fields.put("name", n.name());
            fields.put("host", n.host());
            fields.put("port", Integer.toString(n.port()));
            fields.put("user", n.user());
            if (n.fingerprint() != null) {
                fields.put("fingerprint", n.fingerprint());
            }
            for (Map.Entry<String, String> f : fields.entrySet()) {
                out.append(escape("node." + i + "." + f.getKey(), f.getValue()));
            }
            i++;
        }
        AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8), AtomicFiles.OWNER_ONLY);
    }

    /** One property line in the exact escaping {@link Properties} reads back. */
    private static String escape(String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter w = new StringWriter();
        try {
            one.store(w, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> lines = new ArrayList<>(w.toString().lines().toList());
        lines.removeIf(l -> l.startsWith("#"));
        return String.join("\n", lines) + "\n";
    }

    @Override
    public synchronized String toString() {
        return "NodeRegistry" + Collections.unmodifiableCollection(nodes.values());
    }
}
