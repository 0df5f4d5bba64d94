package org.xenophilia.network.linux.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.HostNetworkingContext;
import org.xenophilia.network.host.HostNetworkingType;
import org.xenophilia.network.host.HostSetting;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkException.Kind;
import org.xenophilia.network.host.NetworkHostApi;
import org.xenophilia.network.linux.internal.Tools.Tool;

/**
 * Host networking on Linux with iproute2, nftables and dnsmasq. Named in this bundle's {@code META-INF/services}.
 */
public final class LinuxNetworkingType implements HostNetworkingType {

    /** Its name, and the namespace of its settings. */
    public static final String NAME = "linux";
    /** The setting limiting one run of a tool, in seconds. */
    public static final String COMMAND_TIMEOUT = "command-timeout";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "bridges and VLANs with iproute2, one nftables table (inet xenophilia), a dnsmasq per network";
    }

    @Override
    public String apiVersion() {
        return NetworkHostApi.VERSION;
    }

    @Override
    public List<HostSetting> settings() {
        return List.of(
                new HostSetting("ip", "/usr/sbin/ip", "iproute2's ip (package iproute2)"),
                new HostSetting("nft", "/usr/sbin/nft", "nft (package nftables)"),
                new HostSetting("dnsmasq", "/usr/sbin/dnsmasq", "dnsmasq, for DHCP and DNS (package dnsmasq-base);"
                        + " only networks with DHCP or NAT need it"),
                new HostSetting("sysctl", "/usr/sbin/sysctl", "sysctl, for IP forwarding (package procps)"),
                new HostSetting(COMMAND_TIMEOUT, "30", "seconds one run of a tool may take"));
    }

    @Override
    public HostNetworking open(HostNetworkingContext context) throws NetworkException {
        long seconds;
        try {
            seconds = Math.max(1, Long.parseLong(context.setting(COMMAND_TIMEOUT, "30")));
        } catch (NumberFormatException e) {
            throw new NetworkException(Kind.INVALID, NAME + "." + COMMAND_TIMEOUT + ": not a whole number");
        }
        Tools tools = new Tools(context.toolPrefix(), Duration.ofSeconds(seconds));
        for (HostSetting s : settings()) {
            if (s.key().equals(COMMAND_TIMEOUT)) {
                continue;
            }
            Path path = Path.of(context.setting(s.key(), s.defaultValue()));
            Tool tool = Tool.valueOf(s.key().toUpperCase(java.util.Locale.ROOT));
            if (!path.isAbsolute()) {
                throw new NetworkException(Kind.INVALID, NAME + "." + s.key() + ": not an absolute path: " + path);
            }
            // dnsmasq is looked for when a network needs it; the others are needed by every network
            if (tool != Tool.DNSMASQ && !Files.isExecutable(path)) {
                throw new NetworkException(Kind.UNAVAILABLE, path + " is not installed (" + s.description() + ")");
            }
            tools.locate(tool, path);
        }
        return new LinuxNetworking(context.stateDir(), tools);
    }
}
