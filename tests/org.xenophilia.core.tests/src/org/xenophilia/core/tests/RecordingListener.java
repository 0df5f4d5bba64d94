package org.xenophilia.core.tests;

import java.util.ArrayList;
import java.util.List;

import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.ModelChange;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeModelListener;
import org.xenophilia.core.VmInfo;

/** Records what a {@link NodeConnection} tells its listeners, and on which thread. */
final class RecordingListener implements NodeModelListener {

    record Delta(List<ModelChange> changes, boolean resync, String thread) {
    }

    final List<Delta> deltas = new ArrayList<>();
    final List<ConnectionState> states = new ArrayList<>();
    final List<String> messages = new ArrayList<>();

    @Override
    public synchronized void modelChanged(NodeConnection node, List<ModelChange> changes, boolean resync) {
        deltas.add(new Delta(changes, resync, Thread.currentThread().getName()));
    }

    @Override
    public synchronized void connectionStateChanged(NodeConnection node, ConnectionState state, String message) {
        states.add(state);
        messages.add(message);
    }

    synchronized long count(ConnectionState state) {
        return states.stream().filter(state::equals).count();
    }

    synchronized List<Delta> deltas() {
        return List.copyOf(deltas);
    }

    /** @return whether some delta (of the given kind of sync) has this change for a VM of this name */
    synchronized boolean saw(ModelChange.Kind kind, String vmName, boolean resync) {
        return deltas.stream().filter(d -> d.resync() == resync).flatMap(d -> d.changes().stream()).anyMatch(
                c -> c.kind() == kind && c.object() instanceof VmInfo vm && vm.name().equals(vmName));
    }

    @Override
    public synchronized String toString() {
        return "states " + states + " messages " + messages + " deltas " + deltas.size();
    }
}
