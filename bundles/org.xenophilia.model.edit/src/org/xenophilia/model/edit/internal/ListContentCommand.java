package org.xenophilia.model.edit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Gives a list feature new contents in one step, keeping the identity of the objects that stay (they are moved, not
 * replaced), and gives the old contents back on undo. One command instead of a series of index-based add/remove
 * commands, whose indexes would only be valid one after the other.
 */
public final class ListContentCommand extends AbstractCommand {

    private final EObject owner;
    private final EStructuralFeature feature;
    private final List<Object> newContents;
    private List<Object> oldContents;

    /**
     * Creates the command.
     *
     * @param owner the object holding the list
     * @param feature a many-valued feature of it
     * @param newContents what the list shall hold (for a containment list: the objects that stay, in their new
     *        order, and new objects not contained anywhere)
     */
    public ListContentCommand(EObject owner, EStructuralFeature feature, List<?> newContents) {
        super("Change " + feature.getName());
        this.owner = owner;
        this.feature = feature;
        this.newContents = new ArrayList<>(newContents);
    }

    @Override
    protected boolean prepare() {
        return feature.isMany() && owner.eClass().getEAllStructuralFeatures().contains(feature);
    }

    @Override
    public void execute() {
        oldContents = new ArrayList<>(list());
        ECollections.setEList(list(), newContents);
    }

    @Override
    public void undo() {
        ECollections.setEList(list(), oldContents);
    }

    @Override
    public void redo() {
        ECollections.setEList(list(), newContents);
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(owner);
    }

    @SuppressWarnings("unchecked")
    private EList<Object> list() {
        return (EList<Object>) owner.eGet(feature);
    }
}
