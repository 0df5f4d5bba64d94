package org.xenophilia.ui.internal.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VmInfo;
import org.xenophilia.ui.internal.Messages;
import org.xenophilia.xenapi.VmPowerState;

/** The words and figures the views show for nodes and domains, in one place so that every view says the same. */
public final class DomainText {

    private static final long MIB = 1L << 20;

    private DomainText() {
    }

    /**
     * @param s a power state, or {@code null}
     * @return its name as xapi spells it, e.g. {@code Running}; {@code Unknown} for {@code null}
     */
    public static String state(VmPowerState s) {
        return s == null ? Messages.DomainText_unknownState : s.wireName();
    }

    /**
     * @param bytes an amount of memory
     * @return it in MiB, e.g. {@code 512 MiB}
     */
    public static String memory(long bytes) {
        return NLS.bind(Messages.DomainText_memory, bytes / MIB);
    }

    /**
     * @param vcpus a vCPU count
     * @return e.g. {@code 1 vCPU}, {@code 2 vCPUs}
     */
    public static String vcpus(long vcpus) {
        return NLS.bind(vcpus == 1 ? Messages.DomainText_vcpu : Messages.DomainText_vcpus, vcpus);
    }

    /**
     * @param vm a domain
     * @param now the current time
     * @return how long its current domain has run, e.g. {@code 0:05:12} or {@code 3 d 04:05:06}; empty when it has
     *         no domain or the node does not say
     */
    public static String uptime(VmInfo vm, Instant now) {
        return vm.uptime(now).map(DomainText::duration).orElse("");
    }

    /**
     * @param d a duration
     * @return it as {@code H:MM:SS}, with days in front after a day ({@code 3 d 04:05:06})
     */
    public static String duration(Duration d) {
        long s = d.toSeconds();
        long days = s / 86_400;
        String clock = String.format(Locale.ROOT, days > 0 ? "%02d:%02d:%02d" : "%d:%02d:%02d", s / 3600 % 24,
                s / 60 % 60, s % 60);
        return days > 0 ? NLS.bind(Messages.DomainText_days, days, clock) : clock;
    }

    /**
     * @param vm a domain
     * @return its tags, comma-separated, or the empty string
     */
    public static String tags(VmInfo vm) {
        return String.join(", ", vm.tags());
    }

    /**
     * @param state a connection state
     * @return how the node's status reads, e.g. {@code Disconnected, retrying}
     */
    public static String connection(ConnectionState state) {
        return switch (state) {
            case CLOSED -> Messages.DomainText_closed;
            case CONNECTING -> Messages.DomainText_connecting;
            case CONNECTED -> Messages.DomainText_connected;
            case DISCONNECTED -> Messages.DomainText_disconnected;
            case AUTHENTICATION_FAILED -> Messages.DomainText_authenticationFailed;
            case CERTIFICATE_REJECTED -> Messages.DomainText_certificateRejected;
            case CERTIFICATE_CHANGED -> Messages.DomainText_certificateChanged;
            case CREDENTIALS_MISSING -> Messages.DomainText_credentialsMissing;
            case OFFLINE -> Messages.DomainText_offline;
        };
    }

    /**
     * Whether a domain matches what the user typed in a view's filter box: every word of the filter (case
     * ignored) must occur in the domain's name, its node's name, its state or one of its tags; {@code tag:x} only
     * matches the tag {@code x} exactly.
     *
     * @param filter the filter text, blank for everything
     * @param node the domain's node
     * @param vm the domain
     * @return whether the domain is shown
     */
    public static boolean matches(String filter, NodeConnection node, VmInfo vm) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String nodeName = node.node().name().toLowerCase(Locale.ROOT);
        String name = vm.name().toLowerCase(Locale.ROOT);
        String state = state(vm.powerState()).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (word.startsWith("tag:")) {
                String tag = word.substring(4);
                if (vm.tags().stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
                    return false;
                }
            } else if (!name.contains(word) && !nodeName.contains(word) && !state.contains(word)
                    && vm.tags().stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(word))) {
                return false;
            }
        }
        return true;
    }
}
