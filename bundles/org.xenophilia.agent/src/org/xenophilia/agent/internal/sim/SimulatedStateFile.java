package org.xenophilia.agent.internal.sim;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.internal.state.DefinitionStore;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.xenapi.VmPowerState;

/**
 * {@code simulated.properties} in the state directory: the run-time state of the simulated domains that have one
 * (running or paused) by uuid (power state, domid, memory, vCPUs online, start time, the disks it does not have
 * attached ({@code detached}), each disk from a storage volume as the spec xl would be given,
 * {@code volume-disk.<vdev>}) and the next domid, rewritten
 * atomically after every change. A defined domain without an entry is halted, so the file grows with the running
 * domains (which the host's memory bounds), not with the defined ones. The definitions are not in it but in
 * {@link DefinitionStore}: an entry without a definition is dropped when read.
 */
final class SimulatedStateFile {

    /** The file's name in the state directory. */
    static final String NAME = "simulated.properties";
    private static final String COMMENT = "xenophiliad simulated backend: run-time state by domain uuid"
            + " (definitions are in domains/)";

    /**
     * What was read.
     *
     * @param nextDomid the domid the next started domain gets
     * @param domains every defined domain with its run-time state, by uuid
     */
    record Contents(long nextDomid, Map<String, SimulatedDomain> domains) {
    }

    private final Path file;

    /** @param stateDir the state directory */
    SimulatedStateFile(Path stateDir) {
        this.file = stateDir.resolve(NAME);
    }

    /** @return the file */
    Path path() {
        return file;
    }

    /**
     * Writes the run-time state of these domains, atomically.
     *
     * @param domains the domains that are not halted
     * @param nextDomid the domid the next started domain gets
     * @throws IOException if it cannot be written (then the old file is still there)
     */
    void save(Collection<SimulatedDomain> domains, long nextDomid) throws IOException {
        Properties p = new Properties();
        p.setProperty("next-domid", Long.toString(nextDomid));
        for (SimulatedDomain d : domains) {
            String k = "domain." + d.uuid + ".";
            p.setProperty(k + "state", d.state.wireName());
            p.setProperty(k + "domid", Long.toString(d.domid));
            p.setProperty(k + "memory-actual", Long.toString(d.memoryActual));
            p.setProperty(k + "vcpus-online", Integer.toString(d.vcpusOnline));
            p.setProperty(k + "started-at", Long.toString(d.startedAt));
            if (d.detached != null) {
                p.setProperty(k + "detached", String.join(",", d.detached));
            }
            for (int i = 0; d.volumeDisks != null && i < d.volumeDisks.length; i += 2) {
                p.setProperty(k + "volume-disk." + d.volumeDisks[i], d.volumeDisks[i + 1]);
            }
        }
        write(p);
    }

    /** @return the pairs of {@link SimulatedDomain#volumeDisks} kept under {@code prefix + vdev}, or {@code null} */
    private static String[] volumeDisks(Properties p, String prefix) {
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith(prefix)) {
                out.add(key.substring(prefix.length()));
                out.add(p.getProperty(key));
            }
        }
        return out.isEmpty() ? null : out.toArray(String[]::new);
    }

    /** Writes the properties as the file, atomically. */
    void write(Properties p) throws IOException {
        StringWriter w = new StringWriter();
        p.store(w, COMMENT);
        AtomicFiles.write(file, w.toString().getBytes(StandardCharsets.UTF_8), AtomicFiles.WORLD_READABLE);
    }

    /**
     * Reads the file (converting {@linkplain StateFormatMigration the first format}) and gives each definition of
     * the store its run-time state; a definition without an entry is a halted domain.
     *
     * @param store the definitions
     * @return what was read
     * @throws IOException if the file or a definition cannot be read, or the file is damaged
     */
    Contents load(DefinitionStore store) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        }
        try {
            long nextDomid = Long.parseLong(p.getProperty("next-domid", "1"));
            StateFormatMigration.migrate(p, store, this);
            Map<String, SimulatedDomain> domains = new HashMap<>();
            store.forEach(def -> {
                SimulatedDomain d = new SimulatedDomain(DomainSpec.of(def));
                String k = "domain." + d.uuid + ".";
                String state = p.getProperty(k + "state", "Halted");
                for (VmPowerState s : VmPowerState.values()) {
                    if (s.wireName().equals(state)) {
                        d.state = s;
                    }
                }
                if (d.state != VmPowerState.HALTED) {
                    d.domid = Long.parseLong(p.getProperty(k + "domid", "-1"));
                    d.memoryActual = Long.parseLong(p.getProperty(k + "memory-actual", "0"));
                    d.vcpusOnline = Integer.parseInt(p.getProperty(k + "vcpus-online", "0"));
                    d.startedAt = Long.parseLong(p.getProperty(k + "started-at", "0"));
                    String detached = p.getProperty(k + "detached", "");
                    d.detached = detached.isEmpty() ? null : detached.split(",");
                    d.volumeDisks = volumeDisks(p, k + "volume-disk.");
                }
                domains.put(d.uuid, d);
            });
            return new Contents(nextDomid, domains);
        } catch (RuntimeException e) {
            throw new IOException(file + " is damaged: " + e.getMessage(), e);
        }
    }
}
