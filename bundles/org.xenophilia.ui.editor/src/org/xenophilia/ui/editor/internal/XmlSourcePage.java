package org.xenophilia.ui.editor.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.xenophilia.model.edit.DocumentProblem;
import org.xenophilia.model.edit.TextChange;
import org.xenophilia.model.edit.TextChangeEvent;

/**
 * The XML page: a real text editor (line numbers, XML colouring, problem annotations at their lines) over the
 * document's text. Typing is handed to the document ({@code DomainDocument.setText}) after a pause and whenever
 * the user leaves the page or saves; form edits arrive as minimal text changes, so the caret and the user's
 * formatting stay. Undo and Redo are the editor's, over the document's one command stack.
 */
public final class XmlSourcePage extends TextEditor {

    /** Typing pause after which the text is handed to the document. */
    static final int RECONCILE_DELAY_MS = 500;
    static final String ERROR_TYPE = "org.eclipse.ui.workbench.texteditor.error";
    static final String WARNING_TYPE = "org.eclipse.ui.workbench.texteditor.warning";

    private final DomainEditor editor;
    private boolean applyingModelChange;
    private final Runnable reconcile = this::flushToDocument;
    private final List<Annotation> annotations = new ArrayList<>();

    XmlSourcePage(DomainEditor editor) {
        this.editor = editor;
        setDocumentProvider(new Provider());
        setSourceViewerConfiguration(new XmlSourceConfiguration());
    }

    @Override
    protected boolean isLineNumberRulerVisible() {
        return true;
    }

    @Override
    protected void createUndoRedoActions() {
        Action undo = new Action(Messages.XmlSourcePage_undo) {
            @Override
            public void run() {
                editor.undo();
            }
        };
        undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
        Action redo = new Action(Messages.XmlSourcePage_redo) {
            @Override
            public void run() {
                editor.redo();
            }
        };
        redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
        setAction(ITextEditorActionConstants.UNDO, undo);
        setAction(ITextEditorActionConstants.REDO, redo);
    }

    /** {@return the text on the page} */
    public String text() {
        IDocument d = textDocument();
        return d == null ? editor.document().text() : d.get();
    }

    /** {@return the text widget, for tests} */
    public StyledText textWidget() {
        return getSourceViewer() == null ? null : getSourceViewer().getTextWidget();
    }

    private IDocument textDocument() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
    }

    /** {@return whether the page has text the document has not taken yet} */
    boolean hasPendingText() {
        IDocument d = textDocument();
        return d != null && !d.get().equals(editor.document().text());
    }

    /** Hands the page's text to the document now (leaving the page, saving, undo). */
    void flushToDocument() {
        Display display = Display.getCurrent();
        if (display != null) {
            display.timerExec(-1, reconcile);
        }
        IDocument d = textDocument();
        if (d != null && editor.document() != null && !d.get().equals(editor.document().text())) {
            editor.document().setText(d.get());
        }
    }

    /**
     * Brings a change of the document's text (form edit, undo, redo, revert) onto the page, change by change.
     *
     * @param event the change
     */
    void applyModelChanges(TextChangeEvent event) {
        IDocument d = textDocument();
        if (d == null) {
            return;
        }
        applyingModelChange = true;
        try {
            if (!d.get().equals(event.oldText()) || event.rewritten()) {
                d.set(event.newText());
                return;
            }
            List<TextChange> changes = event.changes();
            for (int i = changes.size() - 1; i >= 0; i--) {
                TextChange c = changes.get(i);
                d.replace(c.offset(), c.length(), c.text());
            }
            if (!d.get().equals(event.newText())) {
                d.set(event.newText());
            }
        } catch (BadLocationException e) {
            d.set(event.newText());
        } finally {
            applyingModelChange = false;
        }
    }

    /** @param text replaces the page's whole text (revert) */
    void replaceAll(String text) {
        IDocument d = textDocument();
        if (d != null && !d.get().equals(text)) {
            applyingModelChange = true;
            try {
                d.set(text);
            } finally {
                applyingModelChange = false;
            }
        }
    }

    /**
     * Marks the problems at their places in the text (error and warning annotations on the ruler and under the
     * text).
     *
     * @param problems the document's problems
     */
    void showProblems(List<DocumentProblem> problems) {
        IAnnotationModel model = getDocumentProvider() == null ? null
                : getDocumentProvider().getAnnotationModel(getEditorInput());
        IDocument d = textDocument();
        if (model == null || d == null) {
            return;
        }
        for (Annotation a : annotations) {
            model.removeAnnotation(a);
        }
        annotations.clear();
        for (DocumentProblem p : problems) {
            int offset = Math.max(0, Math.min(p.offset(), d.getLength()));
            int length = Math.max(0, Math.min(Math.max(p.length(), 1), d.getLength() - offset));
            Annotation a = new Annotation(p.isError() ? ERROR_TYPE : WARNING_TYPE, false,
                    NLS.bind(Messages.XmlSourcePage_problem, new Object[] {p.line(), p.column(), p.message()}));
            model.addAnnotation(a, new Position(offset, length));
            annotations.add(a);
        }
    }

    /** {@return the texts of the problem annotations on the page, for tests} */
    public List<String> annotationTexts() {
        IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
        List<String> out = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a.getType().equals(ERROR_TYPE) || a.getType().equals(WARNING_TYPE)) {
                out.add(a.getText());
            }
        }
        return out;
    }

    @Override
    public boolean isDirty() {
        return editor.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        editor.doSave(monitor);
    }

    @Override
    public void doSaveAs() {
        editor.doSaveAs();
    }

    /** The document of the page is the definition's text; saving is the domain editor's. */
    private final class Provider extends AbstractDocumentProvider {
        @Override
        protected IDocument createDocument(Object element) {
            Document d = new Document(editor.document().text());
            d.addDocumentListener(new IDocumentListener() {
                @Override
                public void documentAboutToBeChanged(DocumentEvent event) {
                }

                @Override
                public void documentChanged(DocumentEvent event) {
                    if (applyingModelChange) {
                        return;
                    }
                    Display display = Display.getCurrent();
                    if (display != null) {
                        display.timerExec(RECONCILE_DELAY_MS, reconcile);
                    }
                    editor.editorDirtyStateChanged();
                }
            });
            return d;
        }

        @Override
        protected IAnnotationModel createAnnotationModel(Object element) {
            return new AnnotationModel();
        }

        @Override
        protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
                throws CoreException {
            // the domain editor saves
        }

        @Override
        protected org.eclipse.jface.operation.IRunnableContext getOperationRunner(IProgressMonitor monitor) {
            return null;
        }

        @Override
        public boolean isModifiable(Object element) {
            return true;
        }

        @Override
        public boolean isReadOnly(Object element) {
            return false;
        }
    }
}
