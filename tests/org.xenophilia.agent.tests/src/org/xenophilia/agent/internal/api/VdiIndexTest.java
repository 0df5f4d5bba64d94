package org.xenophilia.agent.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The index of where each VDI's volume was seen keeps a fixed number of entries whatever the number of volumes (the
 * least recently used go: they are found by a listing again), and a listing of an SR is the truth about that SR.
 */
class VdiIndexTest {

    private static VdiIndex.Entry entry(String sr, int i) {
        return new VdiIndex.Entry(sr, "vol-" + i, "/srv/" + sr + "/vol-" + i + ".raw");
    }

    @Test
    void itHoldsAtMostItsCapacityAndKeepsWhatIsUsed() {
        VdiIndex index = new VdiIndex();
        index.put("vdi-0", entry("sr", 0));
        for (int i = 1; i < 3 * VdiIndex.CAPACITY; i++) {
            index.put("vdi-" + i, entry("sr", i));
            if (i % 1000 == 0) {
                index.get("vdi-0"); // used all along
            }
        }
        assertEquals(VdiIndex.CAPACITY, index.size());
        assertTrue(index.get("vdi-0").isPresent(), "a VDI clients keep reading stays");
        assertTrue(index.get("vdi-1").isEmpty(), "the least recently used went");
        assertEquals(entry("sr", 3 * VdiIndex.CAPACITY - 1), index.get("vdi-" + (3 * VdiIndex.CAPACITY - 1))
                .orElseThrow());
    }

    @Test
    void aListingOfAnSrReplacesWhatTheIndexKnewOfThatSrOnly() {
        VdiIndex index = new VdiIndex();
        index.put("gone", entry("a", 1));
        index.put("other", entry("b", 1));
        Map<String, VdiIndex.Entry> listed = new HashMap<>();
        listed.put("kept", entry("a", 2));
        index.listed("a", listed);
        assertTrue(index.get("gone").isEmpty(), "removed by hand since: not in the listing");
        assertEquals(entry("a", 2), index.get("kept").orElseThrow());
        assertEquals(entry("b", 1), index.get("other").orElseThrow(), "another SR's entry stays");
    }
}
