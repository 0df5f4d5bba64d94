package org.xenophilia.xl.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The output of {@code xl info} (also {@code xl info -n}): {@code key : value} lines, with typed getters for the
 * host's memory and CPU figures. Memory figures are in MiB, as xl prints them.
 *
 * <p>With {@code -n}, the keys {@code cpu_topology}, {@code device topology} and {@code numa_info} have an empty value
 * followed by table lines; {@link #section(String)} returns those lines and {@link #cpuTopology()} and
 * {@link #numaNodes()} read them.
 */
public final class XlInfo {

    /**
     * One row of the {@code cpu_topology} table of {@code xl info -n}.
     *
     * @param cpu    the physical CPU number
     * @param core   its core
     * @param socket its socket
     * @param node   its NUMA node
     */
    public record CpuTopology(int cpu, int core, int socket, int node) {
    }

    /**
     * One row of the {@code numa_info} table of {@code xl info -n}.
     *
     * @param node       the node number
     * @param memsizeMiB the node's memory in MiB
     * @param memfreeMiB the node's free memory in MiB
     * @param distances  the distances to every node, in node order (unmodifiable)
     */
    public record NumaNode(int node, long memsizeMiB, long memfreeMiB, List<Integer> distances) {

        /**
         * Validates the components.
         *
         * @param node see {@link #node()}
         * @param memsizeMiB see {@link #memsizeMiB()}
         * @param memfreeMiB see {@link #memfreeMiB()}
         * @param distances see {@link #distances()}
         */
        public NumaNode {
            distances = List.copyOf(distances);
        }
    }

    private final Map<String, String> values;
    private final Map<String, List<String>> sections;

    private XlInfo(Map<String, String> values, Map<String, List<String>> sections) {
        this.values = Collections.unmodifiableMap(values);
        this.sections = Collections.unmodifiableMap(sections);
    }

    /**
     * Parses the standard output of {@code xl info} or {@code xl info -n}.
     *
     * @param output the output
     * @return the information
     * @throws XlOutputFormatException if there are no {@code key : value} lines, or {@code total_memory},
     *                                 {@code free_memory} or {@code nr_cpus} is missing or not a number that is not
     *                                 negative ({@code nr_cpus} also at most {@link Integer#MAX_VALUE})
     */
    public static XlInfo parse(String output) throws XlOutputFormatException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> currentSection = null;
        String[] lines = output.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int colon = keyColon(line);
            if (colon > 0) {
                String key = line.substring(0, colon).strip();
                String value = colon + 1 < line.length() ? line.substring(colon + 1).strip() : "";
                values.put(key, value);
                currentSection = new ArrayList<>();
                sections.put(key, currentSection);
            } else if (!line.isBlank()) {
                if (currentSection == null) {
                    throw new XlOutputFormatException(i + 1, "expected 'key : value', found: " + line.strip());
                }
                currentSection.add(line);
            }
        }
        sections.values().removeIf(List::isEmpty);
        sections.replaceAll((k, v) -> List.copyOf(v));
        XlInfo info = new XlInfo(values, sections);
        for (String required : List.of("total_memory", "free_memory", "nr_cpus")) {
            if (!values.containsKey(required)) {
                throw new XlOutputFormatException(0, "xl info output has no " + required);
            }
            info.number(required);
        }
        if (info.number("nr_cpus") > Integer.MAX_VALUE) {
            // nrCpus() is an int, as the API's cpu_count is
            throw new XlOutputFormatException(0, "nr_cpus is out of range: " + values.get("nr_cpus"));
        }
        return info;
    }

    /**
     * A key line is {@code key<padding>: value}: it starts with a lowercase letter and its first colon follows a
     * blank (table lines such as {@code cpu:    core} or {@code 0000:00:1f.2} do not).
     */
    private static int keyColon(String line) {
        if (line.isEmpty() || line.charAt(0) < 'a' || line.charAt(0) > 'z') {
            return -1;
        }
        int colon = line.indexOf(':');
        return colon > 0 && line.charAt(colon - 1) == ' ' ? colon : -1;
    }

    /** @return every key and its value (trimmed) in output order (unmodifiable) */
    public Map<String, String> asMap() {
        return values;
    }

    /**
     * @param key a key as printed, e.g. {@code xen_version} or {@code device topology}
     * @return its value with surrounding blanks removed (possibly empty), if the key is present
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * @param key a key whose value is followed by table lines, e.g. {@code numa_info}
     * @return those lines as printed, or an empty list
     */
    public List<String> section(String key) {
        return sections.getOrDefault(key, List.of());
    }

    private long number(String key) throws XlOutputFormatException {
        String v = values.get(key);
        try {
            long n = Long.parseLong(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new XlOutputFormatException(0, key + " is not a number that is not negative: " + v);
    }

    private OptionalLong optionalLong(String key) {
        String v = values.get(key);
        if (v == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(v));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private OptionalInt optionalInt(String key) {
        OptionalLong l = optionalLong(key);
        return l.isPresent() && l.getAsLong() == (int) l.getAsLong() ? OptionalInt.of((int) l.getAsLong())
                : OptionalInt.empty();
    }

    /** @return the host's total memory in MiB ({@code total_memory}) */
    public long totalMemoryMiB() {
        return Long.parseLong(values.get("total_memory"));
    }

    /** @return the memory free for new guests in MiB, outstanding claims already subtracted ({@code free_memory}) */
    public long freeMemoryMiB() {
        return Long.parseLong(values.get("free_memory"));
    }

    /** @return memory freed by page sharing, in MiB ({@code sharing_freed_memory}) */
    public OptionalLong sharingFreedMemoryMiB() {
        return optionalLong("sharing_freed_memory");
    }

    /** @return memory used by shared pages, in MiB ({@code sharing_used_memory}) */
    public OptionalLong sharingUsedMemoryMiB() {
        return optionalLong("sharing_used_memory");
    }

    /** @return memory claimed by domains being built, in MiB ({@code outstanding_claims}) */
    public OptionalLong outstandingClaimsMiB() {
        return optionalLong("outstanding_claims");
    }

    /** @return the number of physical CPUs ({@code nr_cpus}) */
    public int nrCpus() {
        return Integer.parseInt(values.get("nr_cpus"));
    }

    /** @return the highest physical CPU id ({@code max_cpu_id}) */
    public OptionalInt maxCpuId() {
        return optionalInt("max_cpu_id");
    }

    /** @return the number of NUMA nodes ({@code nr_nodes}) */
    public OptionalInt nrNodes() {
        return optionalInt("nr_nodes");
    }

    /** @return cores per socket ({@code cores_per_socket}) */
    public OptionalInt coresPerSocket() {
        return optionalInt("cores_per_socket");
    }

    /** @return threads per core ({@code threads_per_core}) */
    public OptionalInt threadsPerCore() {
        return optionalInt("threads_per_core");
    }

    /** @return CPUs in no CPU pool ({@code free_cpus}) */
    public OptionalInt freeCpus() {
        return optionalInt("free_cpus");
    }

    /** @return the CPU clock in MHz ({@code cpu_mhz}, e.g. 2096.027) */
    public OptionalDouble cpuMhz() {
        String v = values.get("cpu_mhz");
        if (v == null) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** @return the hypervisor's page size in bytes ({@code xen_pagesize}) */
    public OptionalInt xenPageSize() {
        return optionalInt("xen_pagesize");
    }

    /** @return the dom0 host name ({@code host}) */
    public Optional<String> host() {
        return get("host");
    }

    /** @return the Xen version, e.g. {@code 4.17.5} ({@code xen_version}) */
    public Optional<String> xenVersion() {
        return get("xen_version");
    }

    /** @return the Xen major version ({@code xen_major}) */
    public OptionalInt xenMajor() {
        return optionalInt("xen_major");
    }

    /** @return the Xen minor version ({@code xen_minor}) */
    public OptionalInt xenMinor() {
        return optionalInt("xen_minor");
    }

    /** @return the scheduler, e.g. {@code credit2} ({@code xen_scheduler}) */
    public Optional<String> xenScheduler() {
        return get("xen_scheduler");
    }

    /** @return the hypervisor command line ({@code xen_commandline}) */
    public Optional<String> xenCommandline() {
        return get("xen_commandline");
    }

    /** @return the virtualization capabilities, e.g. {@code pv hvm hap shadow} ({@code virt_caps}) */
    public Set<String> virtCaps() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(words("virt_caps")));
    }

    /** @return the guest ABIs the hypervisor supports, e.g. {@code xen-3.0-x86_64} ({@code xen_caps}) */
    public List<String> xenCaps() {
        return words("xen_caps");
    }

    private List<String> words(String key) {
        String v = values.getOrDefault(key, "");
        return v.isEmpty() ? List.of() : List.of(v.split("\\s+"));
    }

    /**
     * @return the rows of the {@code cpu_topology} table ({@code xl info -n}); empty without {@code -n}
     * @throws IllegalStateException if a row is not four numbers
     */
    public List<CpuTopology> cpuTopology() {
        List<CpuTopology> rows = new ArrayList<>();
        for (String line : section("cpu_topology")) {
            List<String> f = fields(line);
            if (f.get(0).equals("cpu")) {
                continue; // the table header
            }
            if (f.size() != 4) {
                throw new IllegalStateException("bad cpu_topology row: " + line);
            }
            rows.add(new CpuTopology(parseInt(f.get(0), line), parseInt(f.get(1), line), parseInt(f.get(2), line),
                    parseInt(f.get(3), line)));
        }
        return rows;
    }

    /**
     * @return the rows of the {@code numa_info} table ({@code xl info -n}); empty without {@code -n}
     * @throws IllegalStateException if a row is malformed
     */
    public List<NumaNode> numaNodes() {
        List<NumaNode> rows = new ArrayList<>();
        for (String line : section("numa_info")) {
            List<String> f = fields(line);
            if (f.get(0).equals("node")) {
                continue;
            }
            if (f.size() != 4) {
                throw new IllegalStateException("bad numa_info row: " + line);
            }
            List<Integer> distances = new ArrayList<>();
            for (String d : f.get(3).split(",")) {
                distances.add(parseInt(d, line));
            }
            rows.add(new NumaNode(parseInt(f.get(0), line), parseLong(f.get(1), line), parseLong(f.get(2), line),
                    distances));
        }
        return rows;
    }

    /** Splits a table row at blanks and drops the colon after the first field. */
    private static List<String> fields(String line) {
        List<String> f = new ArrayList<>(List.of(line.strip().split("\\s+")));
        String first = f.get(0);
        if (first.endsWith(":")) {
            f.set(0, first.substring(0, first.length() - 1));
        }
        return f;
    }

    private static int parseInt(String s, String line) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("not a number in '" + line + "': " + s, e);
        }
    }

    private static long parseLong(String s, String line) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("not a number in '" + line + "': " + s, e);
        }
    }
}
