package org.xenophilia.agent.internal.sim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.internal.state.DefinitionStore;

/**
 * Converts the first format of {@code simulated.properties} ({@code domain.<index>.uuid}, {@code .name},
 * {@code .memory} ... with the definition inside) to definition files and run-time state by uuid. The definitions are
 * written before the state file is rewritten, so an interrupted migration is done again at the next start.
 */
final class StateFormatMigration {

    private StateFormatMigration() {
    }

    /**
     * Converts the entries of the first format, if there are any; otherwise changes nothing.
     *
     * @param p the state file as read; changed to the current format
     * @param store where the definitions go
     * @param file the state file, rewritten once the definitions are saved
     * @throws IOException if a definition or the file cannot be written
     */
    static void migrate(Properties p, DefinitionStore store, SimulatedStateFile file) throws IOException {
        List<String> indexes = new ArrayList<>();
        for (String k : p.stringPropertyNames()) {
            if (k.matches("domain\\.[0-9]+\\.uuid")) {
                indexes.add(k.substring(7, k.length() - 5));
            }
        }
        if (indexes.isEmpty()) {
            return;
        }
        for (String i : indexes) {
            String k = "domain." + i + ".";
            DomainSpec spec = new DomainSpec(p.getProperty(k + "uuid"), p.getProperty(k + "name"),
                    p.getProperty(k + "description", ""), Long.parseLong(p.getProperty(k + "memory")),
                    Long.parseLong(p.getProperty(k + "max-memory")), Integer.parseInt(p.getProperty(k + "vcpus")),
                    Integer.parseInt(p.getProperty(k + "max-vcpus")));
            store.save(spec.toDomain());
            String n = "domain." + spec.uuid() + ".";
            for (String field : List.of("state", "domid", "memory-actual", "vcpus-online")) {
                String v = p.getProperty(k + field);
                if (v != null) {
                    p.setProperty(n + field, v);
                }
            }
            for (String key : List.copyOf(p.stringPropertyNames())) {
                if (key.startsWith(k)) {
                    p.remove(key);
                }
            }
        }
        file.write(p);
    }
}
