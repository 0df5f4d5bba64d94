package org.xenophilia.benchmarks.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One process's use of the machine at one moment, from {@code /proc/PID}: its threads ({@code task/}), open files
 * ({@code fd/}), resident memory ({@code VmRSS}) and the peak resident memory so far ({@code VmHWM}).
 *
 * @param threads threads
 * @param files open file descriptors (sockets included)
 * @param rssKib resident memory in KiB
 * @param hwmKib the highest resident memory in KiB since the process started
 */
record AgentUsage(int threads, int files, long rssKib, long hwmKib) {

    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    private static final Pattern HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    /** @return the use of process {@code pid} now */
    static AgentUsage of(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        int threads;
        try (var s = Files.list(proc.resolve("task"))) {
            threads = (int) s.count();
        }
        int files;
        try (var s = Files.list(proc.resolve("fd"))) {
            files = (int) s.count();
        }
        String status = Files.readString(proc.resolve("status"));
        return new AgentUsage(threads, files, kib(RSS, status), kib(HWM, status));
    }

    /**
     * @return how many threads of the Agent's pools for calls, for waits, for answers of every object and for tasks
     *         are alive: each ends after a few idle seconds (the task pool's after 60 s), so none are once it is at rest
     */
    static int poolThreads(long pid) throws IOException {
        int n = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path t : tasks.toList()) {
                String name;
                try {
                    name = Files.readString(t.resolve("comm")).strip();
                } catch (IOException e) {
                    continue; // the thread just ended
                }
                // thread names as the kernel keeps them: their first 15 characters
                if (name.startsWith("xenophiliad-rpc") || name.startsWith("xenophiliad-wai")
                        || name.startsWith("xenophiliad-all") || name.startsWith("xenophilia-task")) {
                    n++;
                }
            }
        }
        return n;
    }

    /** @return the CPU time process {@code pid} has used so far (user and system), in milliseconds */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // the fields after the command name, which is in parentheses and may hold spaces: utime and stime are the
        // 14th and 15th fields of the line, in clock ticks (100 a second on Linux)
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    private static long kib(Pattern field, String status) {
        Matcher m = field.matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** @return the larger of each figure */
    AgentUsage max(AgentUsage other) {
        return new AgentUsage(Math.max(threads, other.threads), Math.max(files, other.files),
                Math.max(rssKib, other.rssKib), Math.max(hwmKib, other.hwmKib));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d threads, %d open files, RSS %.1f MiB (peak so far %.1f MiB)", threads,
                files, rssKib / 1024.0, hwmKib / 1024.0);
    }
}
