package org.xenophilia.agent.internal.network;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.network.BridgeNames;
import org.xenophilia.network.NetworkDefinitionException;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.network.definition.Network;

/**
 * The node's network definitions on disk: {@code <state dir>/networks/<name>.xml}, one canonical document per
 * network, each written atomically ({@link NetworkDefinitions#save(Network, Path)}). A definition is read when it is
 * needed; what is kept in memory is only each network's bridge, by name, so that a vif's network and a bridge's
 * network are found without reading a file.
 */
public final class NetworkStore {

    /** The subdirectory of the state directory. */
    public static final String DIRECTORY = "networks";

    private static final System.Logger LOG = System.getLogger(NetworkStore.class.getName());
    private static final String SUFFIX = ".xml";
    /** A network's name as the schema allows it, so a file name never leaves the directory. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final Path dir;
    /** Each network's bridge by name, sorted by name. */
    private final ConcurrentSkipListMap<String, String> bridges = new ConcurrentSkipListMap<>();

    private NetworkStore(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens the directory (made if missing) and reads each definition's bridge. A file that does not load is logged
     * and left alone: it is not a network until an admin fixes it.
     *
     * @param stateDir the Agent's state directory
     * @return the store
     * @throws IOException if the directory cannot be made or listed
     */
    public static NetworkStore open(Path stateDir) throws IOException {
        NetworkStore s = new NetworkStore(AtomicFiles.openOwnerOnlyDirectory(stateDir.resolve(DIRECTORY)));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(s.dir, "*" + SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                name = name.substring(0, name.length() - SUFFIX.length());
                try {
                    Network n = NetworkDefinitions.load(f);
                    if (!n.getName().equals(name)) {
                        LOG.log(System.Logger.Level.WARNING, f + " defines network " + n.getName()
                                + ", not " + name + ": left out");
                        continue;
                    }
                    s.bridges.put(name, BridgeNames.of(n));
                } catch (NetworkDefinitionException e) {
                    LOG.log(System.Logger.Level.WARNING, "cannot read " + f + ", left out: " + e.getMessage());
                }
            }
        }
        return s;
    }

    /** @return the names of the networks, sorted */
    public List<String> names() {
        return new ArrayList<>(bridges.keySet());
    }

    /** @return how many networks there are */
    public int count() {
        return bridges.size();
    }

    /**
     * @param name a network's name
     * @return its bridge, if there is a network of that name
     */
    public Optional<String> bridgeOf(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(bridges.get(name));
    }

    /**
     * @param bridge a bridge
     * @return the network whose bridge it is, if one is
     */
    public Optional<String> networkOfBridge(String bridge) {
        return bridges.entrySet().stream().filter(e -> e.getValue().equals(bridge)).map(e -> e.getKey())
                .findFirst();
    }

    /**
     * @param name a network's name
     * @return its definition, read now; empty if there is none (or it went meanwhile)
     * @throws IOException if it cannot be read
     */
    public Optional<Network> load(String name) throws IOException {
        if (!bridges.containsKey(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(NetworkDefinitions.load(file(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (NetworkDefinitionException e) {
            throw new IOException("the definition of network " + name + " does not load: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a definition (atomically), new or replacing the one of its name.
     *
     * @param n the definition
     * @throws IOException if it cannot be written
     */
    public void save(Network n) throws IOException {
        NetworkDefinitions.save(n, file(n.getName()));
        bridges.put(n.getName(), BridgeNames.of(n));
    }

    /**
     * Removes a definition.
     *
     * @param name the network's name
     * @throws IOException if it cannot be removed
     */
    public void delete(String name) throws IOException {
        AtomicFiles.delete(file(name));
        bridges.remove(name);
    }

    private Path file(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a network name: " + name);
        }
        return dir.resolve(name + SUFFIX);
    }
}
