package org.xenophilia.network.linux.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.xenophilia.network.host.HostNames;
import org.xenophilia.network.host.LeaseWatcher;

/**
 * Watches the dnsmasq lease files of the networks ({@code <state>/<name>/dnsmasq.leases}) with one
 * {@link WatchService} (inotify) and one thread for every network: the state directory, for the networks' directories
 * made later, and each network's directory, for its lease file. dnsmasq rewrites its lease file in place whenever a
 * lease is given, renewed, released or expired, so a write of it is a change of the network's leases.
 * <p>
 * Why not dnsmasq's {@code dhcp-script}: it would run a process (as root, with what a guest sent as its host name in
 * its arguments) for each lease event, and need a way back into the Agent; the lease file is what
 * {@code leases(name)} reads anyway, and inotify costs no process at all.
 */
final class LeaseFiles implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LeaseFiles.class.getName());

    private final Path stateDir;
    private final LeaseWatcher watcher;
    private final WatchService service;
    /** The network of each network directory's key. */
    private final Map<WatchKey, String> networks = new ConcurrentHashMap<>();
    private final WatchKey stateKey;
    private final Thread thread;

    private LeaseFiles(Path stateDir, LeaseWatcher watcher) throws IOException {
        this.stateDir = stateDir;
        this.watcher = watcher;
        this.service = stateDir.getFileSystem().newWatchService();
        try {
            this.stateKey = stateDir.register(service, StandardWatchEventKinds.ENTRY_CREATE);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        this.thread = new Thread(this::run, "network-lease-files");
        thread.setDaemon(true);
    }

    /**
     * Starts watching.
     *
     * @param stateDir the host networking's state directory, one subdirectory per network
     * @param watcher told of each network whose lease file was written
     * @return the watch, to close
     * @throws IOException if the directories cannot be watched
     */
    static LeaseFiles watch(Path stateDir, LeaseWatcher watcher) throws IOException {
        LeaseFiles f = new LeaseFiles(stateDir, watcher);
        try {
            f.registerAll(false);
        } catch (IOException e) {
            f.close();
            throw e;
        }
        f.thread.start();
        return f;
    }

    /** Watches the directory of every network there is; tells of each one's leases if asked (after an overflow). */
    private void registerAll(boolean tell) throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(stateDir, Files::isDirectory)) {
            for (Path d : dirs) {
                register(d, tell);
            }
        }
    }

    /** Watches a network's directory; tells of its leases if asked, or if its lease file was written before. */
    private void register(Path dir, boolean tell) {
        String name = dir.getFileName().toString();
        if (!HostNames.NETWORK.matcher(name).matches() || !Files.isDirectory(dir)) {
            return;
        }
        try {
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            boolean known = networks.put(key, name) != null;
            // a directory made just now may have had its lease file written before it was watched
            if (tell || !known && Files.size(dir.resolve(Dnsmasq.LEASES)) > 0) {
                tell(name);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // the network went meanwhile (its lease file or its directory)
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot watch the leases of network " + name + ": " + e.getMessage());
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean overflow = false;
                boolean written = false;
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                        overflow = true;
                    } else if (key == stateKey) {
                        register(stateDir.resolve((Path) e.context()), false);
                    } else if (Dnsmasq.LEASES.equals(e.context().toString())) {
                        written = true;
                    }
                }
                String network = networks.get(key);
                if (overflow) {
                    // events were lost: every network may have changed
                    registerAll(true);
                } else if (written && network != null) {
                    tell(network);
                }
                if (!key.reset()) {
                    networks.remove(key); // the network's directory is gone
                }
            }
        } catch (ClosedWatchServiceException e) {
            // closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the networks' leases are no longer watched: " + e);
        }
    }

    private void tell(String network) {
        try {
            watcher.leasesChanged(network);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the watcher of network " + network + "'s leases failed: " + e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot close the watch of the leases: " + e.getMessage());
        }
    }
}
