package org.xenophilia.network.linux.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the node has, for "exactly as before": its interfaces with their addresses and aliases ({@code ip -json addr}),
 * its whole nftables ruleset, its IPv4 and IPv6 forwarding, its processes, and the files in the state directory.
 */
record NodeSnapshot(String interfaces, String ruleset, String forwarding, List<Long> processes, List<String> files) {

    static NodeSnapshot of(Lab lab) throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.walk(lab.stateDir)) {
            files = s.map(p -> lab.stateDir.relativize(p).toString()).sorted().toList();
        }
        return new NodeSnapshot(lab.ns(Lab.NODE, "ip", "-json", "addr", "show"),
                lab.ns(Lab.NODE, "nft", "list", "ruleset"),
                lab.ns(Lab.NODE, "sysctl", "-n", "net.ipv4.ip_forward", "net.ipv6.conf.all.forwarding"),
                Lab.pids(Lab.NODE), files);
    }
}
