package org.xenophilia.agent.internal.api;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.xenophilia.xenapi.Ref;

/**
 * For {@link EventHub}: the generation of the creation and of the last change of each object changed since the server
 * started, in a handful of arrays (open addressing with linear probing), about 70 bytes per object, where maps of
 * boxed keys and values cost 300. An object is named by its class (a small index) and its reference, kept as the 128
 * or 256 bits its digits spell ({@code OpaqueRef:} and one or two uuid-shaped blocks, as {@link ObjectRefs} and
 * {@link Ref#random()} make them) and spelled again when read. A reference of another shape (none of the Agent's) is
 * kept in a plain map. Not thread-safe: the hub guards it.
 */
final class ObjectGenerations {

    /** Told each object. */
    @FunctionalInterface
    interface Visitor {
        void visit(int cls, Ref ref, long created, long modified);
    }

    private static final int BLOCK = 36;

    private record Other(int cls, Ref ref) {
    }

    private int mask = 63;
    /** Four per slot: the reference's bits (the second block's two are 0 for a one-block reference). */
    private long[] bits = new long[4 * 64];
    /** Per slot: 0 empty, else the number of blocks. */
    private byte[] blocks = new byte[64];
    private byte[] classes = new byte[64];
    private long[] created = new long[64];
    private long[] modified = new long[64];
    private int size;
    private final Map<Other, long[]> others = new HashMap<>();
    private final long[] key = new long[4];

    /** @return how many objects are recorded */
    int size() {
        return size + others.size();
    }

    /**
     * Records a change.
     *
     * @param cls the class's index (below 128)
     * @param ref the object
     * @param generation the generation of the change
     * @param creation whether the change created the object
     */
    void record(int cls, Ref ref, long generation, boolean creation) {
        int n = parse(ref);
        if (n == 0) {
            long[] g = others.computeIfAbsent(new Other(cls, ref), o -> new long[2]);
            g[0] = creation ? generation : g[0];
            g[1] = generation;
            return;
        }
        int slot = find(cls, n);
        if (slot < 0) {
            if ((size + 1) * 4L > (mask + 1) * 3L) {
                grow();
            }
            slot = ~find(cls, n);
            System.arraycopy(key, 0, bits, 4 * slot, 4);
            blocks[slot] = (byte) n;
            classes[slot] = (byte) cls;
            created[slot] = 0;
            size++;
        }
        if (creation) {
            created[slot] = generation;
        }
        modified[slot] = generation;
    }

    /** @return the generation of the object's creation (0 if it was not created since the start, or is unknown) */
    long created(int cls, Ref ref) {
        return generation(cls, ref, 0);
    }

    /** @return the generation of the object's last change, 0 if none is recorded */
    long modified(int cls, Ref ref) {
        return generation(cls, ref, 1);
    }

    private long generation(int cls, Ref ref, int which) {
        int n = parse(ref);
        if (n == 0) {
            long[] g = others.get(new Other(cls, ref));
            return g == null ? 0 : g[which];
        }
        int slot = find(cls, n);
        return slot < 0 ? 0 : which == 0 ? created[slot] : modified[slot];
    }

    /** Forgets an object (it was deleted). */
    void remove(int cls, Ref ref) {
        int n = parse(ref);
        if (n == 0) {
            others.remove(new Other(cls, ref));
            return;
        }
        int slot = find(cls, n);
        if (slot >= 0) {
            delete(slot);
        }
    }

    /** Tells every object changed after {@code since}, in no particular order. */
    void forEachSince(long since, Visitor visitor) {
        for (int slot = 0; slot <= mask; slot++) {
            if (blocks[slot] != 0 && modified[slot] > since) {
                visitor.visit(classes[slot], spell(slot), created[slot], modified[slot]);
            }
        }
        others.forEach((o, g) -> {
            if (g[1] > since) {
                visitor.visit(o.cls(), o.ref(), g[0], g[1]);
            }
        });
    }

    /** Reads a reference's bits into {@link #key}; @return its blocks, 0 if it is not of the usual shape */
    private int parse(Ref ref) {
        String s = ref.value();
        int at = Ref.PREFIX.length();
        int n = s.length() == at + BLOCK ? 1 : s.length() == at + 2 * BLOCK + 1 ? 2 : 0;
        if (n == 0 || !s.startsWith(Ref.PREFIX) || n == 2 && s.charAt(at + BLOCK) != '-') {
            return 0;
        }
        Arrays.fill(key, 0);
        for (int b = 0; b < n; b++) {
            int from = at + b * (BLOCK + 1);
            for (int i = 0, digit = 0; i < BLOCK; i++) {
                char c = s.charAt(from + i);
                if (i == 8 || i == 13 || i == 18 || i == 23) {
                    if (c != '-') {
                        return 0;
                    }
                    continue;
                }
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
                if (d < 0) {
                    return 0;
                }
                key[2 * b + digit / 16] = key[2 * b + digit / 16] << 4 | d;
                digit++;
            }
        }
        return n;
    }

    private Ref spell(int slot) {
        StringBuilder sb = new StringBuilder(Ref.PREFIX.length() + 2 * BLOCK + 1).append(Ref.PREFIX);
        sb.append(new UUID(bits[4 * slot], bits[4 * slot + 1]));
        if (blocks[slot] == 2) {
            sb.append('-').append(new UUID(bits[4 * slot + 2], bits[4 * slot + 3]));
        }
        return Ref.of(sb.toString());
    }

    private int home(long k0, long k1, long k2, long k3, int cls) {
        long h = k0 * 0x9E3779B97F4A7C15L ^ k1 * 0xC2B2AE3D27D4EB4FL ^ k2 * 0x165667B19E3779F9L ^ k3 ^ cls;
        h ^= h >>> 29;
        return (int) (h ^ h >>> 32) & mask;
    }

    /** @return the slot of the object in {@link #key}, or the complement of the empty slot where it would go */
    private int find(int cls, int n) {
        for (int slot = home(key[0], key[1], key[2], key[3], cls);; slot = slot + 1 & mask) {
            if (blocks[slot] == 0) {
                return ~slot;
            }
            int b = 4 * slot;
            if (blocks[slot] == n && classes[slot] == cls && bits[b] == key[0] && bits[b + 1] == key[1]
                    && bits[b + 2] == key[2] && bits[b + 3] == key[3]) {
                return slot;
            }
        }
    }

    /** Empties a slot, moving back the entries after it that would no longer be found (linear probing). */
    private void delete(int slot) {
        int hole = slot;
        for (int j = hole + 1 & mask; blocks[j] != 0; j = j + 1 & mask) {
            int b = 4 * j;
            int h = home(bits[b], bits[b + 1], bits[b + 2], bits[b + 3], classes[j]);
            // the entry at j may move into the hole if its home is not cyclically within (hole, j]
            boolean stays = hole <= j ? hole < h && h <= j : hole < h || h <= j;
            if (!stays) {
                move(j, hole);
                hole = j;
            }
        }
        blocks[hole] = 0;
        size--;
    }

    private void move(int from, int to) {
        System.arraycopy(bits, 4 * from, bits, 4 * to, 4);
        blocks[to] = blocks[from];
        classes[to] = classes[from];
        created[to] = created[from];
        modified[to] = modified[from];
    }

    private void grow() {
        long[] oldBits = bits;
        byte[] oldBlocks = blocks;
        byte[] oldClasses = classes;
        long[] oldCreated = created;
        long[] oldModified = modified;
        int capacity = 2 * (mask + 1);
        mask = capacity - 1;
        bits = new long[4 * capacity];
        blocks = new byte[capacity];
        classes = new byte[capacity];
        created = new long[capacity];
        modified = new long[capacity];
        for (int old = 0; old < oldBlocks.length; old++) {
            if (oldBlocks[old] != 0) {
                int b = 4 * old;
                int slot = home(oldBits[b], oldBits[b + 1], oldBits[b + 2], oldBits[b + 3], oldClasses[old]);
                while (blocks[slot] != 0) {
                    slot = slot + 1 & mask;
                }
                System.arraycopy(oldBits, b, bits, 4 * slot, 4);
                blocks[slot] = oldBlocks[old];
                classes[slot] = oldClasses[old];
                created[slot] = oldCreated[old];
                modified[slot] = oldModified[old];
            }
        }
    }
}
