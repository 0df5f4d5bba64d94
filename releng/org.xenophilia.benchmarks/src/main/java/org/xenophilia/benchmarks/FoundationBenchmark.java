package org.xenophilia.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.codec.XlDomainCodec;

/**
 * The foundation benchmark: loading + validating domain XML documents and parsing xl.cfg files, each against a
 * plain JDK DOM parse of the same XML in the same run (the machines are noisy, so the ratio is what to compare).
 * <p>
 * Usage: {@code FoundationBenchmark [documents] [rounds]} (defaults 10000 and 5). Each round parses the whole
 * corpus once per phase; the first round is warm-up, the report gives the median of the others.
 * <p>
 * Besides the generated configs, the {@code xlcfg-real-*} phases parse as many documents cycling over the real
 * admins' xl.cfg files that the codec reads ({@link #REAL_CONFIGS} under the repository, system property
 * {@code xenophilia.repo}, default the working directory): real sizes, comments and layouts.
 */
public final class FoundationBenchmark {

    /** One measured phase: what it does to one document. */
    interface Phase {
        Object run(int index) throws Exception;
    }

    /** The real xl.cfg files of the codec's tests, relative to the repository. */
    static final String REAL_CONFIGS = "tests/org.xenophilia.xl.tests/testdata/xlcfg-real/configs";

    private final int documents;
    private final int rounds;
    private final Map<String, long[]> timings = new LinkedHashMap<>();
    private long sink;

    FoundationBenchmark(int documents, int rounds) {
        this.documents = documents;
        this.rounds = Math.max(2, rounds);
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        FoundationBenchmark benchmark = new FoundationBenchmark(documents, rounds);
        benchmark.run();
        System.out.print(benchmark.report());
    }

    /** Generates the corpora and times every phase over them. */
    void run() throws Exception {
        List<String> xml = DomainCorpus.xmlDocuments(documents, 42);
        List<byte[]> xmlBytes = new ArrayList<>(documents);
        for (String document : xml) {
            xmlBytes.add(document.getBytes(StandardCharsets.UTF_8));
        }
        List<String> cfg = DomainCorpus.xlConfigs(documents, 43);
        List<String> real = realConfigs();
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder dom = dbf.newDocumentBuilder();

        Map<String, Phase> phases = new LinkedHashMap<>();
        phases.put("jdk-dom-parse", i -> dom.parse(new ByteArrayInputStream(xmlBytes.get(i))));
        phases.put("xml-load", i -> DomainDefinitions.load(new ByteArrayInputStream(xmlBytes.get(i))));
        phases.put("xml-load+validate", i -> {
            Domain domain = DomainDefinitions.load(new ByteArrayInputStream(xmlBytes.get(i)));
            if (DomainDefinitionValidator.hasErrors(DomainDefinitionValidator.validate(domain))) {
                throw new IllegalStateException("generated document " + i + " is invalid");
            }
            return domain;
        });
        phases.put("xlcfg-parse", i -> XlConfigParser.parse(cfg.get(i), "bench-" + i + ".cfg"));
        phases.put("xlcfg-parse+decode", i -> XlDomainCodec.decode(cfg.get(i), "bench-" + i + ".cfg").domain());
        phases.put("xlcfg-real-parse", i -> XlConfigParser.parse(real.get(i % real.size()), "real.cfg"));
        phases.put("xlcfg-real-parse+decode",
                i -> XlDomainCodec.decode(real.get(i % real.size()), "real.cfg").domain());
        for (Map.Entry<String, Phase> phase : phases.entrySet()) {
            timings.put(phase.getKey(), new long[rounds]);
        }
        // interleave the phases round by round so that a noisy moment hits all of them alike
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Phase> phase : phases.entrySet()) {
                long start = System.nanoTime();
                for (int i = 0; i < documents; i++) {
                    sink += System.identityHashCode(phase.getValue().run(i));
                }
                timings.get(phase.getKey())[round] = System.nanoTime() - start;
            }
        }
    }

    /** The real xl.cfg files the codec reads (xl reads them too, but for a final comment without a line break). */
    static List<String> realConfigs() throws IOException {
        Path folder = Path.of(System.getProperty("xenophilia.repo", "."), REAL_CONFIGS);
        List<String> accepted = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cfg")).sorted().toList()) {
                String text = XlConfigParser.decode(Files.readAllBytes(file));
                try {
                    XlConfigParser.parse(text, file.getFileName().toString());
                    accepted.add(text);
                } catch (XlSyntaxException e) {
                    // xl refuses it too: not a parse anyone would time
                }
            }
        }
        if (accepted.isEmpty()) {
            throw new IllegalStateException("no real xl.cfg files in " + folder.toAbsolutePath());
        }
        return accepted;
    }

    /** @return the median time per document of a phase, in milliseconds, leaving out the warm-up round */
    double millisPerDocument(String phase) {
        long[] all = timings.get(phase);
        long[] measured = Arrays.copyOfRange(all, 1, all.length);
        Arrays.sort(measured);
        return measured[measured.length / 2] / 1e6 / documents;
    }

    /** @return the phases measured, in order */
    List<String> phases() {
        return new ArrayList<>(timings.keySet());
    }

    String report() {
        double dom = millisPerDocument("jdk-dom-parse");
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Foundation benchmark: %d documents, %d rounds (median of %d after warm-up)%n",
                documents, rounds, rounds - 1));
        b.append(String.format(Locale.ROOT, "%-24s %12s %14s%n", "phase", "ms/document", "x JDK DOM"));
        for (String phase : timings.keySet()) {
            double ms = millisPerDocument(phase);
            b.append(String.format(Locale.ROOT, "%-24s %12.4f %14.2f%n", phase, ms, ms / dom));
        }
        b.append(String.format(Locale.ROOT, "targets: xml-load+validate <= 1 ms, xlcfg-*parse(+decode) <= 0.2 ms (sink %d)%n",
                sink & 1));
        return b.toString();
    }
}
