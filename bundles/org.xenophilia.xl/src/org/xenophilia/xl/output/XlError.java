package org.xenophilia.xl.output;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A classified failure of an {@code xl} command.
 *
 * @param kind       what went wrong
 * @param exitCode   xl's exit code (0 for {@link XlErrorKind#NOT_PAUSED})
 * @param message    the line of standard error that tells what went wrong, without libxl's
 *                   {@code libxl: error: file.c:NN:function:} prefix
 * @param domain     the domain name or id the error names, if any (e.g. the unknown identifier, or the duplicate name)
 * @param domid      the domain id libxl names ({@code Domain N:}), if any
 * @param configFile the configuration file of a {@link XlErrorKind#CONFIG_SYNTAX_ERROR}
 * @param configLine the line of a {@link XlErrorKind#CONFIG_SYNTAX_ERROR}
 * @param stderr     the whole standard error as received
 */
public record XlError(XlErrorKind kind, int exitCode, String message, Optional<String> domain, OptionalInt domid,
        Optional<String> configFile, OptionalInt configLine, String stderr) {

    /**
     * Validates the components.
     *
     * @param kind see {@link #kind()}
     * @param exitCode see {@link #exitCode()}
     * @param message see {@link #message()}
     * @param domain see {@link #domain()}
     * @param domid see {@link #domid()}
     * @param configFile see {@link #configFile()}
     * @param configLine see {@link #configLine()}
     * @param stderr see {@link #stderr()}
     */
    public XlError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(domid, "domid");
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(configLine, "configLine");
        Objects.requireNonNull(stderr, "stderr");
    }

    /** @return {@code KIND (exit N): message} */
    @Override
    public String toString() {
        return kind + " (exit " + exitCode + "): " + message;
    }
}
