package org.xenophilia.storage.lvm.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One real command's capture in {@code fixtures/lvm-2.03.16/} (see the README there): its command line, exit code,
 * standard output and error.
 *
 * @param command the command line as captured (words separated by single spaces)
 * @param exitCode its exit code
 * @param stdout what it printed
 * @param stderr what it printed as errors
 */
public record Capture(String command, int exitCode, String stdout, String stderr) {

    private static final Pattern FORMAT = Pattern.compile(
            "command: (.*)\nexit code: (\\d+)\n--- stdout ---\n(.*)--- stderr ---\n(.*)", Pattern.DOTALL);

    /** @return the fixtures' folder ({@code fixtures/} of this bundle, the tests' working directory) */
    public static Path fixtures() {
        return Path.of("fixtures").toAbsolutePath();
    }

    /**
     * @param name the capture's name, without {@code .txt}
     * @return it
     * @throws IOException if it cannot be read or is not in the format
     */
    public static Capture of(String name) throws IOException {
        String text = Files.readString(fixtures().resolve("lvm-2.03.16").resolve(name + ".txt"),
                StandardCharsets.UTF_8);
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IOException(name + ".txt is not a capture");
        }
        return new Capture(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4));
    }

    /** @return the command's arguments after the tool ({@code lvm vgcreate ...}: from {@code vgcreate}) */
    public List<String> arguments() {
        List<String> words = List.of(command.split(" "));
        return words.subList(1, words.size());
    }
}
