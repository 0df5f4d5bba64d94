package org.xenophilia.xl.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.Vif;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.DomainProblem;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlDiagnostic;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.codec.XlDecodeResult;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlEncodeException;
import org.xenophilia.xl.codec.XlWarning;

/**
 * The {@code xenophilia-xlconv} command: converts xl.cfg files to Xenophilia domain definitions (XML) and back, and checks
 * either kind of file. Every conversion validates the domain with the model's validator.
 *
 * <pre>
 * xenophilia-xlconv to-xml [-o FILE] [--strict] INPUT.cfg|-
 * xenophilia-xlconv to-xl  [-o FILE] INPUT.xml|-
 * xenophilia-xlconv validate [--strict] [--xl|--xml] INPUT...|-
 * xenophilia-xlconv --help
 * </pre>
 *
 * Exit codes: {@value #EXIT_OK} success (warnings may have been printed), {@value #EXIT_INVALID} invalid input (each
 * error on standard error as {@code FILE:LINE:COLUMN: error: ...}, or naming the field and its value),
 * {@value #EXIT_USAGE} usage error (unknown command or option, missing argument, unreadable input or unwritable
 * output). With {@code -o} the output file is replaced atomically, and only on success; an existing file keeps its
 * permissions. {@code validate} checks every input it is given (e.g. {@code /etc/xen/*.cfg}) and exits with the
 * worst result: 2 if an input could not be read, else 1 if one was invalid.
 */
public final class XlConvert {

    /** Exit code: success. */
    public static final int EXIT_OK = 0;
    /** Exit code: the input is not a valid xl.cfg file or domain definition. */
    public static final int EXIT_INVALID = 1;
    /** Exit code: wrong arguments, or a file that cannot be read or written. */
    public static final int EXIT_USAGE = 2;

    private static final String USAGE = """
            Usage: xenophilia-xlconv COMMAND [OPTIONS] INPUT

            Convert between xl.cfg(5) domain configuration files and Xenophilia domain definitions (XML).

            Commands:
              to-xml [-o FILE] [--strict] INPUT.cfg|-   read xl.cfg, write the domain definition (XML)
              to-xl  [-o FILE] INPUT.xml|-              read a domain definition, write canonical xl.cfg
              validate [--strict] [--xl|--xml] INPUT...|-
                                                        check files (xl.cfg unless a name ends in .xml or --xml);
                                                        each is reported, the exit status is the worst result

            Options:
              -o FILE    write the result to FILE (replaced atomically, only on success; an existing file
                         keeps its permissions) instead of stdout
              --strict   accept only what xl itself accepts (by default a final comment without a line
                         break is accepted with a warning)
              --xl       (validate) the input is xl.cfg
              --xml      (validate) the input is a domain definition
              -h, --help show this help

            INPUT "-" reads standard input. Messages go to standard error as FILE:LINE:COLUMN: error: ...
            Keys the domain model does not represent are kept verbatim and reported as warnings.

            Exit status: 0 success, 1 invalid input, 2 usage error (including unreadable input or unwritable output).
            """;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    /** The xl.cfg input's decoding, to place validation problems at their line. */
    private XlDecodeResult decoded;

    private XlConvert(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command with standard input as {@code -}.
     *
     * @param args the command-line arguments
     * @param out  receives the converted document (when no {@code -o} is given) and the help text
     * @param err  receives errors and warnings
     * @return the exit code: {@value #EXIT_OK}, {@value #EXIT_INVALID} or {@value #EXIT_USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /**
     * Runs the command.
     *
     * @param args  the command-line arguments
     * @param stdin what {@code -} reads
     * @param out   receives the converted document (when no {@code -o} is given) and the help text
     * @param err   receives errors and warnings
     * @return the exit code: {@value #EXIT_OK}, {@value #EXIT_INVALID} or {@value #EXIT_USAGE}
     */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        try {
            return new XlConvert(stdin, out, err).dispatch(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command-line entry point.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    // ------------------------------------------------------------------------------------------------ arguments

    /** Thrown for a usage error; the message is printed before the usage hint. */
    private static final class UsageException extends Exception {
        /** Serialization version. */
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private record Options(String command, List<String> inputs, Path output, boolean strict, Boolean xml) {

        /** The one input of to-xml and to-xl. */
        String input() {
            return inputs.get(0);
        }
    }

    private int dispatch(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.print(USAGE);
            return EXIT_OK;
        }
        Options options;
        try {
            options = parseArguments(args);
        } catch (UsageException e) {
            err.println("xenophilia-xlconv: " + e.getMessage());
            err.println("Try 'xenophilia-xlconv --help' for more information.");
            return EXIT_USAGE;
        }
        try {
            return switch (options.command()) {
                case "to-xml" -> toXml(options);
                case "to-xl" -> toXl(options);
                default -> validateAll(options);
            };
        } catch (UsageException e) {
            err.println("xenophilia-xlconv: " + e.getMessage());
            return EXIT_USAGE;
        }
    }

    private static Options parseArguments(String[] args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("missing command (to-xml, to-xl or validate)");
        }
        String command = args[0];
        if (!List.of("to-xml", "to-xl", "validate").contains(command)) {
            throw new UsageException("unknown command '" + command + "' (expected to-xml, to-xl or validate)");
        }
        List<String> inputs = new ArrayList<>();
        Path output = null;
        boolean strict = false;
        Boolean xml = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                throw new UsageException("--help must be the only argument");
            } else if (a.equals("-o") || a.equals("--output")) {
                if (command.equals("validate")) {
                    throw new UsageException("validate writes no output; -o is not allowed");
                }
                if (++i == args.length) {
                    throw new UsageException("option " + a + " needs a file name");
                }
                if (output != null) {
                    throw new UsageException("-o given twice");
                }
                output = Path.of(args[i]);
            } else if (a.equals("--strict")) {
                if (command.equals("to-xl")) {
                    throw new UsageException("--strict applies to xl.cfg input only");
                }
                strict = true;
            } else if (a.equals("--xl") || a.equals("--xml")) {
                if (!command.equals("validate")) {
                    throw new UsageException(a + " is an option of validate only");
                }
                xml = a.equals("--xml");
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new UsageException("unknown option '" + a + "'");
            } else if (!inputs.isEmpty() && !command.equals("validate")) {
                throw new UsageException("more than one input given ('" + inputs.get(0) + "' and '" + a + "')");
            } else if (inputs.contains("-") && a.equals("-")) {
                throw new UsageException("standard input (-) given twice");
            } else {
                inputs.add(a);
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException(command + ": missing INPUT (a file name, or - for standard input)");
        }
        return new Options(command, List.copyOf(inputs), output, strict, xml);
    }

    // ------------------------------------------------------------------------------------------------ commands

    private int toXml(Options o) throws UsageException {
        Domain domain = readXl(o, o.input());
        if (domain == null || !validated(domain, o.input())) {
            return EXIT_INVALID;
        }
        byte[] xml = DomainDefinitions.toXml(domain).getBytes(StandardCharsets.UTF_8);
        write(o.output(), xml);
        return EXIT_OK;
    }

    private int toXl(Options o) throws UsageException {
        Domain domain = readXml(o.input());
        if (domain == null || !validated(domain, o.input())) {
            return EXIT_INVALID;
        }
        String text;
        try {
            text = XlDomainCodec.encode(domain);
        } catch (XlEncodeException e) {
            err.println(displayName(o.input()) + ": error: " + e.getMessage());
            return EXIT_INVALID;
        }
        noteUnresolvedReferences(domain, displayName(o.input()));
        write(o.output(), text.getBytes(StandardCharsets.UTF_8));
        return EXIT_OK;
    }

    /** Storage volumes and networks are Xenophilia references that xl cannot resolve by itself. */
    private void noteUnresolvedReferences(Domain domain, String name) {
        for (int i = 0; i < domain.getDisks().size(); i++) {
            Disk disk = domain.getDisks().get(i);
            if (disk.getVolume() != null && disk.getTarget() == null) {
                err.println(name + ": warning: disks[" + i + "] takes its target from the storage volume "
                        + disk.getStorageBackend() + ":" + disk.getVolume() + " (kept as a #xenophilia: comment); "
                        + "xl create needs the resolved target");
            }
        }
        for (int i = 0; i < domain.getVifs().size(); i++) {
            Vif vif = domain.getVifs().get(i);
            if (vif.getNetwork() != null && vif.getBridge() == null) {
                err.println(name + ": warning: vifs[" + i + "] is attached to the network " + vif.getNetwork()
                        + " (kept as a #xenophilia: comment); xl create needs its bridge");
            }
        }
    }

    /** Checks each input in turn, so that one bad file does not hide the verdict on the others. */
    private int validateAll(Options o) {
        int worst = EXIT_OK;
        for (String input : o.inputs()) {
            int result;
            try {
                result = validate(o, input);
            } catch (UsageException e) {
                err.println("xenophilia-xlconv: " + e.getMessage());
                result = EXIT_USAGE;
            }
            worst = Math.max(worst, result);
        }
        return worst;
    }

    private int validate(Options o, String input) throws UsageException {
        decoded = null;
        boolean xml = o.xml() != null ? o.xml() : input.toLowerCase(Locale.ROOT).endsWith(".xml");
        Domain domain = xml ? readXml(input) : readXl(o, input);
        if (domain == null || !validated(domain, input)) {
            return EXIT_INVALID;
        }
        err.println(displayName(input) + ": valid");
        return EXIT_OK;
    }

    /** Reads and decodes xl.cfg; prints the problems and returns null if it is not valid xl.cfg. */
    private Domain readXl(Options o, String input) throws UsageException {
        String name = displayName(input);
        String text = XlConfigParser.decode(read(input));
        XlConfig config;
        try {
            config = (o.strict() ? XlConfigParser.LIBXLU : XlConfigParser.LENIENT).read(text, name);
        } catch (XlSyntaxException e) {
            for (XlDiagnostic d : e.errors()) {
                err.println(d);
            }
            return null;
        }
        decoded = XlDomainCodec.decode(config);
        for (XlWarning w : decoded.warnings()) {
            err.println(w);
        }
        return decoded.domain();
    }

    /** Loads a domain definition; prints the problems and returns null if it is not valid. */
    private Domain readXml(String input) throws UsageException {
        byte[] bytes = read(input);
        try {
            // the loader takes the encoding from the XML declaration (UTF-8 by default)
            return DomainDefinitions.load(new ByteArrayInputStream(bytes));
        } catch (DomainDefinitionException e) {
            print(displayName(input), e.getProblems());
            return null;
        } catch (IOException e) {
            throw new UsageException("cannot read " + input + ": " + e.getMessage());
        }
    }

    /** Validates; prints every problem (errors and warnings); returns whether there was no error. */
    private boolean validated(Domain domain, String input) {
        List<DomainProblem> problems = DomainDefinitionValidator.validate(domain);
        print(displayName(input), problems);
        return !DomainDefinitionValidator.hasErrors(problems);
    }

    private void print(String name, List<DomainProblem> problems) {
        for (DomainProblem p : problems) {
            StringBuilder sb = new StringBuilder(name);
            if (p.sourceLocation().isPresent()) {
                sb.append(':').append(p.sourceLocation().get().line()).append(':')
                        .append(p.sourceLocation().get().column());
            } else if (decoded != null) {
                decoded.locate(p.path()).ifPresent(at -> sb.append(':').append(at));
            }
            sb.append(": ").append(p.isError() ? "error" : "warning").append(": ");
            String message = p.message();
            if (!p.path().isEmpty() && !message.contains(p.path())) {
                sb.append(p.path());
                if (p.value() != null) {
                    sb.append(" = \"").append(p.value()).append('"');
                }
                sb.append(": ");
            }
            sb.append(message).append(" [").append(p.rule().id()).append(']');
            err.println(sb);
        }
    }

    // ------------------------------------------------------------------------------------------------ files

    private static String displayName(String input) {
        return input.equals("-") ? "<stdin>" : input;
    }

    private byte[] read(String input) throws UsageException {
        try {
            return input.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(input));
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + input + ": no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read " + input + ": " + e.getMessage());
        }
    }

    /** Writes to standard output, or atomically replaces the file (an existing one keeps its permissions). */
    private void write(Path file, byte[] content) throws UsageException {
        if (file == null) {
            out.write(content, 0, content.length);
            return;
        }
        Path absolute = file.toAbsolutePath();
        // as a shell redirection would: an output path into a missing directory is a mistake, not a request
        if (!Files.isDirectory(absolute.getParent())) {
            throw new UsageException("cannot write " + file + ": no such directory " + absolute.getParent());
        }
        try {
            AtomicFiles.writeDocument(absolute, content);
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e);
        }
    }
}
