package org.xenophilia.core;

import org.xenophilia.xenapi.Ref;

/**
 * An object of a node's model, as last reported by the node. Objects are immutable snapshots; a change arrives as a
 * new snapshot with the same {@link #uuid()}. UUIDs are permanent; references are valid only for the node's current
 * run (they change when the Agent restarts), so the model is keyed by UUID.
 */
public sealed interface XenObject permits HostInfo, VmInfo, VifInfo, VbdInfo, SrInfo, PbdInfo, VdiInfo,
        NetworkInfo, PifInfo {

    /** @return the object's reference in the node's current run */
    Ref ref();

    /** @return the object's permanent UUID */
    String uuid();
}
