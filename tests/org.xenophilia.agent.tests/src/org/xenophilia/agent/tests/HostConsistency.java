package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What an Agent restarted after a crash must agree on, whatever the crash interrupted: the VMs it lists, the
 * definitions in its state directory and the domains the backend runs (for the xl backend, the state of the
 * {@link FakeXl} double). Checked: every definition file is whole and listed, nothing is listed without one, no
 * temporary file is left, no file refers to a domain that is not defined, a next-boot definition is whole, one per
 * domain, and waits exactly while the VM says something is pending, and (xl) each VM's power state and domid are the
 * toolstack's, which also holds the configuration of a pending next boot ({@code xl config-update}).
 */
final class HostConsistency {

    private static final Pattern UUID_FILE = Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}"
            + "-[0-9a-f]{12})(@(-?\\d+))?\\.(xml|cfg|next\\.cfg|building|detached|hotplug)");

    private final Path state;
    private final XenApiClient client;
    /** The VM records by uuid, the control domain left out. */
    private final Map<String, Map<String, Object>> records = new TreeMap<>();

    private HostConsistency(Path state, XenApiClient client) throws Exception {
        this.state = state;
        this.client = client;
        for (Object r : WireValues.asMap(client.callWithSession("VM.get_all_records")).values()) {
            Map<String, Object> record = WireValues.asMap(r);
            if (!WireValues.asBoolean(record.get("is_control_domain"))) {
                records.put((String) record.get("uuid"), record);
            }
        }
    }

    /**
     * Checks an Agent's view against its state directory and its backend.
     *
     * @param state the state directory
     * @param client logged in to the Agent (operator or above: definitions are read)
     * @param xl the xl backend's double, or {@code null} for the simulated backend
     */
    static void check(Path state, XenApiClient client, FakeXl xl) throws Exception {
        HostConsistency c = new HostConsistency(state, client);
        c.noTemporaryFiles();
        c.definitionsAreTheVms();
        c.nextBootDefinitionsWaitWhilePending();
        c.noFileOfAnUndefinedDomain("xl");
        if (xl != null) {
            c.vmsAreTheToolstacks(xl);
        }
    }

    private void noTemporaryFiles() throws IOException {
        try (Stream<Path> all = Files.walk(state)) {
            List<Path> tmp = all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), tmp, "temporary files left in the state directory");
        }
    }

    private List<Path> files(String subdirectory) throws IOException {
        Path dir = state.resolve(subdirectory);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static Matcher uuidFile(Path p) {
        Matcher m = UUID_FILE.matcher(p.getFileName().toString());
        if (!m.matches()) {
            fail("a file the Agent does not write: " + p);
        }
        return m;
    }

    private void definitionsAreTheVms() throws Exception {
        Map<String, String> defined = new TreeMap<>();
        for (Path p : files("domains")) {
            Domain d = DomainDefinitions.load(p); // whole, or it throws
            assertEquals(uuidFile(p).group(1), d.getUuid(), p + " holds another domain");
            defined.put(d.getUuid(), d.getName());
        }
        Map<String, String> listed = new TreeMap<>();
        records.forEach((uuid, r) -> listed.put(uuid, (String) r.get("name_label")));
        assertEquals(defined, listed, "the VMs listed are the definitions in domains/");
    }

    private void nextBootDefinitionsWaitWhilePending() throws Exception {
        Map<String, Long> waiting = new HashMap<>();
        for (Path p : files("next-boot")) {
            Matcher m = uuidFile(p);
            Domain d = DomainDefinitions.load(p);
            assertEquals(m.group(1), d.getUuid(), p + " holds another domain");
            assertTrue(records.containsKey(d.getUuid()), p + " is the next boot of a domain that is not defined");
            assertEquals(null, waiting.put(d.getUuid(), Long.parseLong(m.group(3))), "two next boots of "
                    + d.getUuid());
        }
        for (Map.Entry<String, Map<String, Object>> r : records.entrySet()) {
            String vm = (String) client.callWithSession("VM.get_by_uuid", r.getKey());
            List<Object> pending = WireValues.asList(client.callWithSession("Xenophilia.VM.get_pending_changes",
                    vm));
            if (!pending.isEmpty()) {
                assertEquals(WireValues.asLong(r.getValue().get("domid")), waiting.get(r.getKey()), r.getKey()
                        + " has pending changes " + pending + ": its next-boot file is for its domid");
            }
        }
    }

    private void noFileOfAnUndefinedDomain(String subdirectory) throws IOException {
        for (Path p : files(subdirectory)) {
            assertTrue(records.containsKey(uuidFile(p).group(1)), p + " belongs to no defined domain");
            assertFalse(p.toString().endsWith(".building") || p.toString().endsWith(".hotplug"), p
                    + ": an interrupted operation the restart left");
        }
    }

    /** Each VM's power state and domid as the double's state has them, and a pending next boot given to xl. */
    private void vmsAreTheToolstacks(FakeXl xl) throws Exception {
        Map<String, JsonObject> domains = new HashMap<>();
        Path stateFile = xl.dir.resolve("state.json");
        if (Files.exists(stateFile)) {
            JsonObject json = JsonParser.parseString(Files.readString(stateFile, StandardCharsets.UTF_8))
                    .getAsJsonObject();
            for (JsonElement e : json.getAsJsonArray("domains")) {
                JsonObject d = e.getAsJsonObject();
                domains.put(d.get("uuid").getAsString(), d);
            }
        }
        for (String uuid : Set.copyOf(domains.keySet())) {
            assertTrue(records.containsKey(uuid), "xl runs " + domains.get(uuid) + ", which is not defined");
        }
        for (Map.Entry<String, Map<String, Object>> r : records.entrySet()) {
            JsonObject d = domains.get(r.getKey());
            String flags = d == null ? "---s--" : d.get("flags").getAsString();
            String power = flags.charAt(3) == 's' ? "Halted" : flags.charAt(2) == 'p' ? "Paused" : "Running";
            assertEquals(power, r.getValue().get("power_state"), r.getKey() + " as xl has it: " + d);
            if (!power.equals("Halted")) {
                assertEquals(d.get("domid").getAsLong(), WireValues.asLong(r.getValue().get("domid")), "domid");
                String vm = (String) client.callWithSession("VM.get_by_uuid", r.getKey());
                disksAreTheToolstacks(vm, d);
                if (!WireValues.asList(client.callWithSession("Xenophilia.VM.get_pending_changes", vm)).isEmpty()) {
                    long maxmem = DomainSpec.of(DomainDefinitions.load((String) client.callWithSession(
                            "Xenophilia.VM.get_xml", vm))).maxMemory() >> 20;
                    JsonObject updated = d.getAsJsonObject("updated_cfg");
                    assertTrue(updated != null && updated.get("maxmem").getAsLong() == maxmem, r.getKey()
                            + " waits for a next boot with maxmem " + maxmem + " MiB, which xl was not given: " + d);
                }
            }
        }
    }

    /** A running VM's disks are attached exactly where xl has them ({@code block-attach}, {@code block-detach}). */
    private void disksAreTheToolstacks(String vm, JsonObject domain) throws Exception {
        Set<String> xlHas = new java.util.TreeSet<>();
        if (domain.has("disks")) {
            domain.getAsJsonArray("disks").forEach(v -> xlHas.add(v.getAsString()));
        }
        Set<String> attached = new java.util.TreeSet<>();
        for (Object vbd : WireValues.asList(WireValues.asMap(client.callWithSession("VM.get_record", vm))
                .get("VBDs"))) {
            Map<String, Object> r = WireValues.asMap(client.callWithSession("VBD.get_record", vbd));
            if (WireValues.asBoolean(r.get("currently_attached"))) {
                attached.add((String) r.get("device"));
            }
        }
        assertEquals(xlHas, attached, vm + ": the disks attached, as xl has them: " + domain);
    }
}
