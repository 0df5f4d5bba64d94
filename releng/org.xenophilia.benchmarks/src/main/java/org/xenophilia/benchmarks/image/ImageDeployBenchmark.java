package org.xenophilia.benchmarks.image;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.DeployProgress;
import org.xenophilia.image.DeployTarget;
import org.xenophilia.image.ImageDeployer;
import org.xenophilia.image.ImageDeployerContext;
import org.xenophilia.image.ImageDeployerType;

/**
 * Deployment throughput of a disk image onto a sparse file through the Agent's deployer ({@code images}, found by
 * the {@link ServiceLoader} as the Agent finds it: decompression, zero blocks skipped, positional writes, a final
 * fsync), against {@code xz -dc FILE | dd of=TARGET bs=1M conv=sparse,fsync} (and {@code zstd -dc}) of the same file
 * onto a new sparse file of the same size on the same disk, alternately, in one run; plus the peak heap of this JVM
 * while the deployer writes. The disk is an ext4 made by {@code mkfs.ext4 -d} of a real directory tree (default: the
 * JDK's), so its content compresses as a guest's would. Prints the medians and the ratio of throughputs
 * (deployer / shell pipeline: 1.0 = as fast).
 *
 * <pre>run.sh image-deploy [disk-MiB=1024] [rounds=3] [tree=/usr/lib/jvm]</pre>
 */
public final class ImageDeployBenchmark {

    private final long diskBytes;
    private final int rounds;
    private final Path tree;
    private final List<String> report = new ArrayList<>();
    private final List<Double> ratios = new ArrayList<>();
    private long peakHeap;

    /**
     * @param diskMiB the disk image's size
     * @param rounds the runs of each, alternately
     * @param tree the directory the disk's ext4 is made of
     */
    public ImageDeployBenchmark(long diskMiB, int rounds, Path tree) {
        this.diskBytes = diskMiB << 20;
        this.rounds = rounds;
        this.tree = tree;
    }

    public static void main(String[] args) throws Exception {
        ImageDeployBenchmark b = new ImageDeployBenchmark(args.length > 0 ? Long.parseLong(args[0]) : 1024,
                args.length > 1 ? Integer.parseInt(args[1]) : 3,
                Path.of(args.length > 2 ? args[2] : System.getProperty("java.home")));
        b.run();
        System.out.println(String.join("\n", b.report()));
    }

    /** Runs both compressions. */
    public void run() throws Exception {
        Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "xen-image-bench");
        try {
            Path local = Files.createDirectories(work.resolve("local"));
            Path disk = local.resolve("disk.raw");
            exec("truncate", "-s", Long.toString(diskBytes), disk.toString());
            exec("mkfs.ext4", "-F", "-q", "-d", tree.toString(), "-E", "root_owner=0:0", disk.toString());
            Path zst = compressed(disk, "zstd", ".zst", "zstd", "-q", "-k", "-f", "-T0", "-3");
            Path xz = compressed(disk, "xz", ".xz", "xz", "-k", "-f", "-T0", "-3");
            Files.writeString(local.resolve("catalog.xml"), catalog(entry("bench-zstd", "zstd", zst),
                    entry("bench-xz", "xz", xz)), StandardCharsets.UTF_8);
            report.add(String.format("disk image: %d MiB ext4 of %s (%s), zstd %.1f MiB, xz %.1f MiB", diskBytes >> 20,
                    tree, exec("du", "-sh", "--apparent-size", tree.toString()).split("\\s")[0],
                    Files.size(zst) / 1048576.0, Files.size(xz) / 1048576.0));
            ImageDeployerType type = ServiceLoader.load(ImageDeployerType.class).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no image deployer on the class path"));
            try (ImageDeployer deployer = type.open(new ImageDeployerContext(work.resolve("state"),
                    Map.of("directory", local.toString())))) {
                measure(deployer, work, "zstd", "bench-zstd", zst);
                measure(deployer, work, "xz", "bench-xz", xz);
            }
            report.add(String.format("peak heap while the deployer wrote: %.1f MiB (of -Xmx %d MiB)",
                    peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() >> 20));
        } finally {
            exec("rm", "-rf", "--one-file-system", work.toString());
        }
    }

    private void measure(ImageDeployer deployer, Path work, String tool, String name, Path file) throws Exception {
        CatalogImage image = deployer.images(true).stream().filter(i -> i.entry().getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " not listed: " + deployer.sourceProblems()));
        Path verified = deployer.fetch(image, DeployProgress.NONE);
        long[] ours = new long[rounds];
        long[] shell = new long[rounds];
        Path target = work.resolve("target.raw");
        for (int i = 0; i < rounds; i++) {
            exec("truncate", "-s", Long.toString(diskBytes), target.toString());
            resetPeaks();
            long t0 = System.nanoTime();
            deployer.write(image, verified, new DeployTarget(target, diskBytes, true), DeployProgress.NONE);
            ours[i] = System.nanoTime() - t0;
            peakHeap = Math.max(peakHeap, heapPeak());
            Files.delete(target);

            exec("truncate", "-s", Long.toString(diskBytes), target.toString());
            t0 = System.nanoTime();
            pipeline(List.of(tool, "-dc", verified.toString()),
                    List.of("dd", "of=" + target, "bs=1M", "conv=sparse,fsync,notrunc", "status=none"));
            shell[i] = System.nanoTime() - t0;
            Files.delete(target);
        }
        double o = median(ours) / 1e9;
        double s = median(shell) / 1e9;
        double mib = diskBytes / 1048576.0;
        ratios.add(s / o);
        report.add(String.format("%s, %d rounds: deployer median %.2f s (%.0f MiB/s), %s -dc | dd conv=sparse "
                + "median %.2f s (%.0f MiB/s): throughput ratio %.2f", tool, rounds, o, mib / o, tool, s, mib / s,
                s / o));
    }

    /** {@return the lines of the report} */
    public List<String> report() {
        return report;
    }

    /** {@return the throughput ratios (deployer / pipeline), zstd then xz} */
    public List<Double> ratios() {
        return ratios;
    }

    /** {@return the peak heap used while the deployer wrote, bytes} */
    public long peakHeap() {
        return peakHeap;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** @return the sum of the heap pools' peaks since they were reset */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static Path compressed(Path disk, String tool, String suffix, String... argv) throws Exception {
        List<String> command = new ArrayList<>(Arrays.asList(argv));
        command.add(disk.toString());
        exec(command.toArray(String[]::new));
        return disk.resolveSibling(disk.getFileName() + suffix);
    }

    private String entry(String name, String compression, Path file) throws Exception {
        return "  <image>\n    <name>" + name + "</name>\n    <version>1</version>\n"
                + "    <architecture>x86_64</architecture>\n    <guestType>pv</guestType>\n"
                + "    <content>disk</content>\n    <compression>" + compression + "</compression>\n"
                + "    <fileSize>" + Files.size(file) + "</fileSize>\n    <contentSize>" + diskBytes
                + "</contentSize>\n    <sha256>" + sha256(file) + "</sha256>\n    <url>" + file.getFileName()
                + "</url>\n    <minimumMemory>64</minimumMemory>\n    <minimumDisk>" + diskBytes
                + "</minimumDisk>\n    <template>\n      <boot>kernel</boot>\n      <kernel>/boot/vmlinuz</kernel>\n"
                + "    </template>\n  </image>\n";
    }

    private static String catalog(String... entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<catalog xmlns=\"http://xenophilia.org/schema/image-catalog/1.0\">\n" + String.join("", entries)
                + "</catalog>\n";
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 20];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Runs {@code a | b}, as a shell would, without one. */
    private static void pipeline(List<String> a, List<String> b) throws Exception {
        List<Process> ps = ProcessBuilder.startPipeline(List.of(new ProcessBuilder(a)
                .redirectError(ProcessBuilder.Redirect.INHERIT), new ProcessBuilder(b)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)));
        for (Process p : ps) {
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(a + " | " + b + " failed");
            }
        }
    }

    private static String exec(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", argv) + " failed: " + out);
        }
        return out;
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
