package org.xenophilia.agent.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The boundary test double for Xen's {@code xl}: {@code testdata/xl-replay/fake-xl}, a small Python script run as a
 * real process, which replays the real xl 4.17 captures of {@code org.xenophilia.xl.tests/testdata/xl-4.17} (outputs,
 * error messages, exit codes) over a little state of its own, and logs every argument list it is given. Each test
 * gets its own copy in a temporary directory.
 */
final class FakeXl {

    final Path dir;
    final Path executable;

    private FakeXl(Path dir) {
        this.dir = dir;
        this.executable = dir.resolve("fake-xl");
    }

    static FakeXl install(Path dir) throws IOException {
        Path module = Path.of("").toAbsolutePath();
        Path script = module.resolve("testdata/xl-replay/fake-xl");
        Path captures = module.getParent().resolve("org.xenophilia.xl.tests/testdata/xl-4.17");
        if (!Files.isRegularFile(script) || !Files.isDirectory(captures)) {
            throw new IOException("run from tests/org.xenophilia.agent.tests: " + script + " or " + captures
                    + " is missing");
        }
        Files.createDirectories(dir);
        FakeXl f = new FakeXl(dir);
        Files.copy(script, f.executable);
        Files.setPosixFilePermissions(f.executable, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(dir.resolve("fake-xl.conf"), "captures=" + captures + "\n");
        return f;
    }

    /** @return every argument list xl was run with so far (without argv[0]), in order */
    List<List<String>> invocations() throws IOException {
        Path log = dir.resolve("argv.log");
        List<List<String>> out = new ArrayList<>();
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                out.add(line.isEmpty() ? List.of() : List.of(line.split("\t", -1)));
            }
        }
        return out;
    }

    /** @return the invocations of one xl command ({@code create}, {@code pause} ...) */
    List<List<String>> invocations(String command) throws IOException {
        return invocations().stream().filter(a -> !a.isEmpty() && a.get(0).equals(command)).toList();
    }

    /** Makes a control file of the double (see the script's header). */
    void control(String name) throws IOException {
        Files.writeString(dir.resolve(name), "");
    }

    /** Runs the double itself, as an administrator typing an xl command on the host would. */
    String xl(String... args) throws Exception {
        List<String> argv = new ArrayList<>();
        argv.add(executable.toString());
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
