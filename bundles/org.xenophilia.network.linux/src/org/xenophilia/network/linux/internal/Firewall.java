package org.xenophilia.network.linux.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.linux.internal.Tools.Result;
import org.xenophilia.network.linux.internal.Tools.Tool;

/**
 * The nftables table of ours on the host: loaded whole from standard input ({@code nft -f -}, one transaction), read
 * back as JSON ({@code nft -j list table inet xenophilia}) for the comments of its rules, and as text to put it back
 * exactly as it was when an apply fails. Only this table is ever named, so no other table is touched.
 */
final class Firewall {

    private final Tools tools;

    Firewall(Tools tools) {
        this.tools = tools;
    }

    /** @param ruleset what {@link Ruleset#table} or {@link Ruleset#deletion} made */
    void load(String ruleset) throws NetworkException {
        tools.feed(Tool.NFT, ruleset, "-f", "-");
    }

    /**
     * @return the comments of the table's rules, or empty if the host has no table of ours
     */
    Optional<Set<String>> comments() throws NetworkException {
        Result r = tools.run(Tool.NFT, null, java.util.List.of("-j", "list", "table", "inet", "xenophilia"));
        if (!r.ok()) {
            if (absent(r)) {
                return Optional.empty();
            }
            throw Tools.failed(r);
        }
        Set<String> comments = new LinkedHashSet<>();
        try {
            for (Object o : Json.list(Json.map(Json.parse(r.stdout())).get("nftables"))) {
                Map<?, ?> rule = Json.map(Json.map(o).get("rule"));
                String c = Json.text(rule, "comment", null);
                if (c != null) {
                    comments.add(c);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new NetworkException(NetworkException.Kind.FAILED, "cannot read what nft -j printed: "
                    + e.getMessage(), "", e);
        }
        return Optional.of(comments);
    }

    /**
     * @return the text for {@code nft -f -} that puts the table back as it is now (deleted if there is none)
     */
    String snapshot() throws NetworkException {
        Result r = tools.run(Tool.NFT, null, java.util.List.of("list", "table", "inet", "xenophilia"));
        if (!r.ok()) {
            if (absent(r)) {
                return Ruleset.deletion();
            }
            throw Tools.failed(r);
        }
        return Ruleset.deletion() + r.stdout();
    }

    private static boolean absent(Result r) {
        return r.stderr().contains("No such file or directory");
    }
}
