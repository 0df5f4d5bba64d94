package org.xenophilia.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.LiveChanges;
import org.xenophilia.model.edit.LiveChanges.Applies;
import org.xenophilia.model.edit.LiveChanges.Change;

/** Saving to a running domain: memory and vCPUs apply at once within the running limits, the rest at next start. */
public class LiveChangesTest {

    private static Domain running() {
        Domain domain = new DomainDocument(Fixtures.HAND_WRITTEN).model();
        domain.setVcpus(2);
        domain.setMaxvcpus(4);
        return EcoreUtil.copy(domain);
    }

    @Test
    public void memoryAndVcpusWithinTheRunningLimitsApplyLive() {
        Domain running = running();
        Domain edited = EcoreUtil.copy(running);
        edited.setMemory(2048);
        edited.setVcpus(4);
        edited.setDescription("shop");
        List<Change> changes = LiveChanges.classify(running, edited);
        assertEquals(List.of("description", "memory", "vcpus"), changes.stream().map(Change::path).toList());
        assertEquals(Applies.DEFINITION_ONLY, changes.get(0).applies());
        assertEquals(new Change("memory", "1024", "2048", Applies.LIVE,
                "memory 2048 MiB is set on the running domain (xl mem-set)"), changes.get(1));
        assertEquals(Applies.LIVE, changes.get(2).applies());
        assertTrue(LiveChanges.allLive(changes));
    }

    @Test
    public void beyondTheRunningLimitsAndEverythingElseWaitsForTheNextStart() {
        Domain running = running();
        Domain edited = EcoreUtil.copy(running);
        edited.setMemory(4096);
        edited.setMaxmem(4096);
        edited.setVcpus(8);
        edited.getDisks().get(0).setTarget("/dev/vg0/other");
        edited.getVifs().clear();
        List<Change> changes = LiveChanges.classify(running, edited);
        assertEquals(List.of("memory", "maxmem", "vcpus", "disks[0].target", "vifs[0]"),
                changes.stream().map(Change::path).toList());
        assertTrue(changes.stream().allMatch(c -> c.applies() == Applies.NEXT_BOOT), changes.toString());
        assertEquals("memory 4096 MiB is more than the running domain can balloon to (2048 MiB): it takes effect at "
                + "the next start", changes.get(0).explanation());
        assertEquals("vifs[0] removed: takes effect at the next start of the domain", changes.get(4).explanation());
        assertFalse(LiveChanges.allLive(changes));
    }

    @Test
    public void equalDefinitionsHaveNoChanges() {
        assertTrue(LiveChanges.classify(running(), running()).isEmpty());
    }
}
