package org.xenophilia.xl.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Tells from an {@code xl} command's exit code and standard error whether it failed and why.
 *
 * <p>xl writes errors to standard error and nothing to standard output. Its exit codes are coarse (1 for a syntax
 * error, an unknown domain or a refused {@code mem-set}; 3 for a failed build, whatever the reason), and one error
 * comes with exit code 0 ({@code xl unpause} of a running domain), so the classifier reads the messages. Lines that
 * xl prints on success ({@code Parsing config from ...}, {@code Waiting for ...}) are not errors.
 */
public final class XlErrorClassifier {

    private static final String LIBXL_ERROR = "libxl: error: ";

    private XlErrorClassifier() {
    }

    /**
     * Classifies the result of an xl command.
     *
     * @param exitCode xl's exit code
     * @param stderr   its standard error (may be empty)
     * @return the error, or empty if the command succeeded without reporting an error
     */
    public static Optional<XlError> classify(int exitCode, String stderr) {
        String text = stderr == null ? "" : stderr;
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        OptionalInt domid = firstDomid(lines);

        for (String line : lines) {
            int at = line.indexOf(" is an invalid domain identifier");
            if (at > 0) {
                String domain = line.substring(0, at);
                return Optional.of(new XlError(XlErrorKind.NO_SUCH_DOMAIN, exitCode, line, Optional.of(domain),
                        domid, Optional.empty(), OptionalInt.empty(), text));
            }
        }
        for (String line : lines) {
            int at = line.indexOf(": config parsing error near ");
            if (at > 0) {
                // FILE:LINE: config parsing error near `TOKEN': MESSAGE
                String location = line.substring(0, at);
                int colon = location.lastIndexOf(':');
                Optional<String> file = Optional.empty();
                OptionalInt configLine = OptionalInt.empty();
                if (colon > 0) {
                    try {
                        configLine = OptionalInt.of(Integer.parseInt(location.substring(colon + 1)));
                        file = Optional.of(location.substring(0, colon));
                    } catch (NumberFormatException e) {
                        file = Optional.of(location);
                    }
                }
                return Optional.of(new XlError(XlErrorKind.CONFIG_SYNTAX_ERROR, exitCode, line, Optional.empty(),
                        domid, file, configLine, text));
            }
        }
        for (String line : lines) {
            // libxlu's disk spec parser: FILE: config parsing error in disk specification: MESSAGE in `SPEC'
            int at = line.indexOf(": config parsing error in disk specification: ");
            if (at > 0 || line.startsWith("Failed to parse config")) {
                Optional<String> file = at > 0 ? Optional.of(line.substring(0, at)) : Optional.empty();
                return Optional.of(new XlError(XlErrorKind.CONFIG_SYNTAX_ERROR, exitCode, line, Optional.empty(),
                        domid, file, OptionalInt.empty(), text));
            }
        }
        for (String line : lines) {
            int at = line.indexOf("Domain with name \"");
            if (at >= 0 && line.contains("already exists")) {
                int start = at + "Domain with name \"".length();
                int end = line.indexOf('"', start);
                Optional<String> name = end > start ? Optional.of(line.substring(start, end)) : Optional.empty();
                return Optional.of(error(XlErrorKind.DUPLICATE_NAME, exitCode, line, name, domid, text));
            }
        }
        for (String line : lines) {
            if (line.contains("memory_dynamic_max must be less than or equal to memory_static_max")
                    || line.contains("dynamic max memory to")) {
                return Optional.of(error(XlErrorKind.MEMORY_ABOVE_MAXMEM, exitCode, line, Optional.empty(), domid,
                        text));
            }
        }
        for (String line : lines) {
            if (line.contains("can't allocate low memory") || line.contains("failed to free memory for the domain")
                    || line.contains("Cannot allocate memory") || line.contains("Out of memory")
                    || line.contains("not enough memory")) {
                return Optional.of(error(XlErrorKind.NOT_ENOUGH_MEMORY, exitCode, line, Optional.empty(), domid,
                        text));
            }
        }
        for (String line : lines) {
            if (line.contains("Unpausing domain: Invalid argument")) {
                return Optional.of(error(XlErrorKind.NOT_PAUSED, exitCode, line, Optional.empty(), domid, text));
            }
        }
        for (String line : lines) {
            if (line.endsWith("device already exists in xenstore")) {
                return Optional.of(error(XlErrorKind.DEVICE_EXISTS, exitCode, line, Optional.empty(), domid, text));
            }
            if (line.startsWith("Error: Device ") && line.endsWith(" not connected.")) {
                return Optional.of(error(XlErrorKind.DEVICE_NOT_CONNECTED, exitCode, line, Optional.empty(), domid,
                        text));
            }
        }
        for (String line : lines) {
            if (line.contains("decompress kernel") || line.contains("no loader found")
                    || line.contains("xc_dom_parse_image failed")) {
                return Optional.of(error(XlErrorKind.KERNEL_LOAD_FAILED, exitCode, line, Optional.empty(), domid,
                        text));
            }
        }
        Optional<String> firstError = lines.stream().filter(XlErrorClassifier::isErrorLine).findFirst();
        if (exitCode != 0 || firstError.isPresent()) {
            String message = firstError.orElse(lines.isEmpty() ? "xl exited with code " + exitCode
                    : lines.get(lines.size() - 1));
            return Optional.of(error(XlErrorKind.OTHER, exitCode, message, Optional.empty(), domid, text));
        }
        return Optional.empty();
    }

    private static boolean isErrorLine(String line) {
        return line.contains("error:") || line.startsWith("Failed") || line.startsWith("failed")
                || line.startsWith("cannot") || line.startsWith("Unable") || line.startsWith("unable");
    }

    private static XlError error(XlErrorKind kind, int exitCode, String line, Optional<String> domain,
            OptionalInt domid, String stderr) {
        return new XlError(kind, exitCode, stripLibxlPrefix(line), domain, domid, Optional.empty(),
                OptionalInt.empty(), stderr);
    }

    /**
     * Removes {@code libxl: error: libxl_mem.c:278:libxl_set_memory_target: } (or {@code xc: error: panic: ...:})
     * from a line, keeping the message.
     */
    static String stripLibxlPrefix(String line) {
        String rest;
        if (line.startsWith(LIBXL_ERROR)) {
            rest = line.substring(LIBXL_ERROR.length());
        } else if (line.startsWith("xc: error: panic: ")) {
            rest = line.substring("xc: error: panic: ".length());
        } else {
            return line;
        }
        // file.c:NN:function: message
        int c1 = rest.indexOf(':');
        int c2 = c1 < 0 ? -1 : rest.indexOf(':', c1 + 1);
        if (c1 > 0 && c2 > c1 && rest.substring(0, c1).endsWith(".c")) {
            int c3 = rest.indexOf(':', c2 + 1);
            String afterLine = rest.substring(c2 + 1);
            if (c3 > c2 && rest.substring(c2 + 1, c3).indexOf(' ') < 0) {
                afterLine = rest.substring(c3 + 1);
            }
            return afterLine.strip();
        }
        return rest.strip();
    }

    /** The first {@code Domain N:} in libxl's messages. */
    private static OptionalInt firstDomid(List<String> lines) {
        for (String line : lines) {
            int at = line.indexOf("Domain ");
            while (at >= 0) {
                int p = at + "Domain ".length();
                int start = p;
                while (p < line.length() && Character.isDigit(line.charAt(p))) {
                    p++;
                }
                if (p > start && p < line.length() && line.charAt(p) == ':') {
                    try {
                        return OptionalInt.of(Integer.parseInt(line.substring(start, p)));
                    } catch (NumberFormatException e) {
                        return OptionalInt.empty();
                    }
                }
                at = line.indexOf("Domain ", p);
            }
        }
        return OptionalInt.empty();
    }
}
