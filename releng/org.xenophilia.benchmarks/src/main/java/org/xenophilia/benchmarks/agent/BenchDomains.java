package org.xenophilia.benchmarks.agent;

import java.util.Locale;

/**
 * The definition of a benchmark domain: a PV guest with a disk and a vif, as domain XML for
 * {@code Xenophilia.VM.create_from_xml} and {@code Xenophilia.VM.set_xml}.
 */
final class BenchDomains {

    private static final String DOMAIN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <domain xmlns="http://xenophilia.org/schema/domain/1.0">
              <name>%1$s</name>
              <uuid>%2$s</uuid>
              <description>%3$s</description>
              <tag>bench</tag>
              <type>pv</type>
              <memory>%4$d</memory>
              <maxmem>%5$d</maxmem>
              <vcpus>1</vcpus>
              <kernel>/boot/vmlinuz</kernel>
              <disk vdev="xvda" target="/var/lib/xen/%1$s.img" format="raw"/>
              <vif bridge="xenbr0"/>
            </domain>
            """;

    private BenchDomains() {
    }

    /**
     * @param name the domain's name (also its disk image's)
     * @param uuid its uuid
     * @param description its description (no markup)
     * @param memoryMiB its memory
     * @param maxMemoryMiB its maxmem
     * @return the domain XML
     */
    static String xml(String name, String uuid, String description, int memoryMiB, int maxMemoryMiB) {
        return String.format(Locale.ROOT, DOMAIN, name, uuid, description, memoryMiB, maxMemoryMiB);
    }
}
