package org.xenophilia.ui.editor.internal;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.NewVolumeCommand;
import org.xenophilia.core.storage.VolumeReference;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.ui.internal.nodes.NodeService;

/**
 * A domain's disks on volumes of its node's storage: choosing one ({@link VolumeChooser}, from the node's model),
 * making one (the storage bundle's New Volume command, {@link NewVolumeCommand}, when that bundle is installed), and
 * the disk that names it (its {@code storageBackend} and {@code volume} set, its {@code target} cleared: the node
 * resolves the volume to a path when the domain starts).
 */
final class DiskVolumes {

    private DiskVolumes() {
    }

    /**
     * @param input an editor's input
     * @return the node of a domain on a node, if it is known
     */
    static Optional<NodeConnection> nodeOf(IEditorInput input) {
        return input instanceof NodeDomainInput n ? NodeService.get().connection(n.nodeId()) : Optional.empty();
    }

    /**
     * @param shell the parent
     * @param node the node offered first, or null
     * @return the volume chosen, or empty when cancelled
     */
    static Optional<VolumeReference> choose(Shell shell, NodeConnection node) {
        VolumeChooser chooser = new VolumeChooser(shell, node);
        return chooser.open() == Window.OK ? Optional.ofNullable(chooser.chosen()) : Optional.empty();
    }

    /** @return whether volumes can be made here: the storage bundle defines the New Volume command */
    static boolean canCreate() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return false;
        }
        Command c = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(NewVolumeCommand.ID);
        return c != null && c.isDefined() && c.isHandled();
    }

    /**
     * Opens the storage bundle's New Volume wizard.
     *
     * @param node the node to make it on, or null to let the user choose
     * @return how a disk names the volume being made, or empty when cancelled or not possible
     */
    static Optional<VolumeReference> create(NodeConnection node) {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command c = commands.getCommand(NewVolumeCommand.ID);
        try {
            ParameterizedCommand command = ParameterizedCommand.generateCommand(c, node == null ? Map.of()
                    : Map.of(NewVolumeCommand.NODE_PARAMETER, node.nodeId()));
            Object result = PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
            return result instanceof VolumeReference r ? Optional.of(r) : Optional.empty();
        } catch (CommandException e) {
            return Optional.empty(); // not defined or not handled here: there is no storage bundle to make one
        }
    }

    /**
     * @param disk a disk, or null for a new one
     * @param vdev the device of a new disk
     * @param volume the volume it is to use
     * @return a copy of the disk (or a new read-write disk) on the volume, with no target
     */
    static Disk onVolume(Disk disk, String vdev, VolumeReference volume) {
        Disk d;
        if (disk == null) {
            d = (Disk) EcoreUtil.create(DomainPackage.eINSTANCE.getDisk());
            d.setVdev(vdev);
            d.setAccess(DiskAccess.RW);
        } else {
            d = EcoreUtil.copy(disk);
        }
        d.setStorageBackend(volume.storageBackend());
        d.setVolume(volume.volume());
        d.setTarget(null);
        return d;
    }
}
