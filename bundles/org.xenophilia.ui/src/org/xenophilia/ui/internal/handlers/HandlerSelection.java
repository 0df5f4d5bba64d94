package org.xenophilia.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;

/**
 * What a handler acts on, read alike by every command of the Workbench's views: the current selection of the
 * evaluation context its enablement is computed in, and a selection's elements.
 */
public final class HandlerSelection {

    private HandlerSelection() {
    }

    /**
     * @param evaluationContext what {@code setEnabled} is given
     * @return its current selection, or null without one
     */
    public static Object of(Object evaluationContext) {
        return evaluationContext instanceof IEvaluationContext c
                ? c.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) : null;
    }

    /**
     * @param selection a selection, as {@code HandlerUtil.getCurrentSelection} or {@link #of} gives it
     * @return its elements in order; none for a selection that is not structured
     */
    public static List<?> elements(Object selection) {
        return selection instanceof IStructuredSelection s ? s.toList() : List.of();
    }
}
