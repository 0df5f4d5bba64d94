package org.xenophilia.core;

/**
 * One change of a node's model.
 *
 * @param kind added, modified or removed
 * @param object the object after the change (for a removal: its last snapshot)
 */
public record ModelChange(Kind kind, XenObject object) {

    /** What happened to the object. */
    public enum Kind {
        /** It is new in the model. */
        ADDED,
        /** Its snapshot changed. */
        MODIFIED,
        /** It is gone. */
        REMOVED
    }
}
