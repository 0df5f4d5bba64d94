package org.xenophilia.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.xenophilia.network.definition.Network;

/**
 * The name of a network's bridge in dom0: its {@code bridge} setting, or one derived from its name. The derivation is
 * part of the format (network.xsd documents it) and never changes, so that a network keeps its bridge across
 * versions: {@value #PREFIX} and the name when that fits Linux's {@value #MAX_LENGTH} characters; otherwise
 * {@value #PREFIX}, the name's first 7 characters, "-" and the first 5 hexadecimal digits of the SHA-256 of the
 * name in UTF-8, so that two long names with a common start still get two bridges.
 */
public final class BridgeNames {

    /** The start of every derived bridge name. */
    public static final String PREFIX = "xn";

    /** The longest Linux interface name (IFNAMSIZ - 1). */
    public static final int MAX_LENGTH = 15;

    private static final int KEPT = 7;
    private static final int DIGEST_DIGITS = 5;

    private BridgeNames() {
    }

    /**
     * Returns the bridge a network uses.
     *
     * @param network a network definition
     * @return its {@code bridge} when set, otherwise {@link #derive(String)} of its name; null when it has neither
     */
    public static String of(Network network) {
        if (network.getBridge() != null) {
            return network.getBridge();
        }
        return network.getName() == null ? null : derive(network.getName());
    }

    /**
     * Derives the bridge name of a network that does not set one.
     *
     * @param networkName the network's name (an identifier of network.xsd)
     * @return "xn" + name when that has at most 15 characters, else "xn" + its first 7 characters + "-" + 5 hex
     *         digits of its SHA-256
     */
    public static String derive(String networkName) {
        Objects.requireNonNull(networkName, "networkName");
        if (PREFIX.length() + networkName.length() <= MAX_LENGTH) {
            return PREFIX + networkName;
        }
        return PREFIX + networkName.substring(0, KEPT) + "-"
                + HexFormat.of().formatHex(sha256(networkName)).substring(0, DIGEST_DIGITS);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform has SHA-256 (java.security.MessageDigest's required algorithms)
            throw new IllegalStateException(e);
        }
    }
}
