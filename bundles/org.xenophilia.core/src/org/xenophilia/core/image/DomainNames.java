package org.xenophilia.core.image;

import java.util.regex.Pattern;

import org.xenophilia.core.NodeModel;

/**
 * The names a deployment may give its new domain, as the node checks them (docs/images.md, <i>deploy args</i>): what
 * {@code domain.xsd}'s {@code DomainName} allows, and not a name a domain of the node has (nor the control domain's).
 * The Deploy Image wizard checks as the user types, to spare a refusal.
 */
public final class DomainNames {

    /** {@code domain.xsd}'s {@code DomainName}: 1 to 64 characters, not starting with punctuation. */
    private static final Pattern DOMAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+:@\\-]{0,63}");
    /** The control domain's name, which no guest may take. */
    private static final String CONTROL_DOMAIN = "Domain-0";

    private DomainNames() {
    }

    /**
     * @param name a name
     * @return whether a domain may be called so
     */
    public static boolean valid(String name) {
        return DOMAIN_NAME.matcher(name).matches();
    }

    /**
     * @param name a name
     * @param model a node's model
     * @return whether a domain of the node (or its control domain) has it
     */
    public static boolean taken(String name, NodeModel model) {
        return name.equals(CONTROL_DOMAIN) || !model.vmsNamed(name).isEmpty();
    }
}
