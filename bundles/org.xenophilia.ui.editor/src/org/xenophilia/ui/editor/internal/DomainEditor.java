package org.xenophilia.ui.editor.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.model.edit.ChangeCause;
import org.xenophilia.model.edit.DocumentProblem;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainDocumentListener;
import org.xenophilia.model.edit.SaveCheck;
import org.xenophilia.model.edit.TextChangeEvent;

/**
 * The domain editor: form pages (Overview, Resources, Disks, Network, Lifecycle), the XML page (a real text editor)
 * and the xl.cfg page, all over one {@link DomainDocument}. Form edits are commands on the document's model (the
 * document edits the XML text minimally); XML edits reach the model when the user pauses typing or leaves the page.
 * Undo and Redo (the workbench's Edit commands) go through the document's one command stack, whichever page is
 * active.
 * <p>
 * Inputs: {@link NodeDomainInput} (the definition is fetched with {@code Xenophilia.VM.get_xml} in a job and saved
 * back by {@link SaveDomainJob}) and {@link FileDomainInput} (a local {@code .xml} file, written through
 * {@link AtomicFiles}). What a save to the node did ({@link SaveToNode}) or why a save was refused is said in the
 * pages' header ({@link EditorHeader}) and the status line, not in a dialog; a dialog only stops the user leaving an
 * XML page that does not parse, or says a local file could not be written.
 */
public final class DomainEditor extends FormEditor {

    /** The editor's id in plugin.xml. */
    public static final String ID = "org.xenophilia.ui.editor.domainEditor";
    /** The key under which every field control of the editor and its dialogs carries its field path. */
    public static final String FIELD_KEY = FieldsPage.FIELD_KEY;
    /** Title of the dialog that says why a file cannot be written. */
    public static final String CANNOT_SAVE_TITLE = Messages.DomainEditor_cannotSaveTitle;
    /** Title of the dialog that keeps the user on the XML page. */
    public static final String INVALID_XML_TITLE = Messages.DomainEditor_invalidXmlTitle;
    /** How the header starts when the opened domain has changes waiting for its next boot. */
    public static final String PENDING_PREFIX = NLS.bind(Messages.DomainEditor_pending, "");

    private DomainDocument document;
    private final EditorHeader header = new EditorHeader(() -> pages.stream().filter(IFormPage.class::isInstance)
            .map(IFormPage.class::cast));
    private SaveToNode saveToNode;
    private LoadingPage loadingPage;
    private XmlSourcePage xmlPage;
    private XlCfgPage xlCfgPage;
    private final List<FieldsPage> fieldPages = new ArrayList<>();
    private final List<DevicesPage> devicePages = new ArrayList<>();
    private int lastPage = -1;
    private boolean switchingBack;
    private Job loadJob;
    private final DocumentListener documentListener = new DocumentListener();
    private final CommandStackListener stackListener = e -> updateUndoState();
    private EditorCommands commands;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof NodeDomainInput) && !(input instanceof FileDomainInput)) {
            throw new PartInitException(NLS.bind(Messages.DomainEditor_wrongInput, input));
        }
        super.init(site, input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        if (input instanceof FileDomainInput file) {
            try {
                setDocument(Files.readString(file.file(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new PartInitException(NLS.bind(Messages.DomainEditor_cannotRead, file.file(), e.getMessage()), e);
            }
        } else {
            NodeDomainInput node = (NodeDomainInput) input;
            saveToNode = new SaveToNode(node, this, header, statusLine(), () -> getContainer() != null
                    && !getContainer().isDisposed());
            loadJob = new LoadDomainJob(node, this);
            loadJob.schedule();
        }
        commands = EditorCommands.activate(this, site.getService(IHandlerService.class));
    }

    private void setDocument(String xml) {
        document = new DomainDocument(xml);
        document.addListener(documentListener);
        document.commandStack().addCommandStackListener(stackListener);
    }

    @Override
    protected void addPages() {
        try {
            if (document == null) {
                loadingPage = new LoadingPage(this);
                addPage(loadingPage);
            } else {
                addDocumentPages();
            }
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    private void addDocumentPages() throws PartInitException {
        FieldsPage overview = FieldsPage.overview(this);
        FieldsPage resources = FieldsPage.resources(this);
        DevicesPage disks = DevicesPage.disks(this);
        DevicesPage network = DevicesPage.network(this);
        FieldsPage lifecycle = FieldsPage.lifecycle(this);
        fieldPages.addAll(List.of(overview, resources, lifecycle));
        devicePages.addAll(List.of(disks, network));
        addPage(overview);
        addPage(resources);
        addPage(disks);
        addPage(network);
        addPage(lifecycle);
        xmlPage = new XmlSourcePage(this);
        int xml = addPage(xmlPage, getEditorInput());
        setPageText(xml, Messages.DomainEditor_xmlPage);
        xlCfgPage = new XlCfgPage(this);
        addPage(xlCfgPage);
        updateUndoState();
    }

    /**
     * Called on the UI thread by {@link LoadDomainJob} with the fetched definition.
     *
     * @param xml the definition the domain starts with next
     * @param pendingChanges the fields of a running domain that change at its next boot (empty if none)
     */
    void definitionLoaded(String xml, List<String> pendingChanges) {
        if (getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        setDocument(xml);
        try {
            addDocumentPages();
        } catch (PartInitException e) {
            definitionFailed(NLS.bind(Messages.DomainEditor_cannotShow, e.getMessage()));
            return;
        }
        int loading = pageIndex(loadingPage);
        setActivePage(FieldsPage.OVERVIEW_ID);
        if (loading >= 0) {
            removePage(loading);
        }
        loadingPage = null;
        lastPage = getActivePage();
        firePropertyChange(PROP_DIRTY);
        if (!pendingChanges.isEmpty()) {
            header.set(NLS.bind(Messages.DomainEditor_pending, String.join(", ", pendingChanges)),
                    IMessageProvider.INFORMATION);
        }
    }

    /** Called on the UI thread by {@link LoadDomainJob} when the definition cannot be fetched. */
    void definitionFailed(String message) {
        if (loadingPage != null) {
            loadingPage.failed(message, IMessageProvider.ERROR);
        }
    }

    /** Called on the UI thread by {@link LoadDomainJob} when fetching was cancelled: the editor stays empty. */
    void definitionNotFetched(String message) {
        if (loadingPage != null && getContainer() != null && !getContainer().isDisposed()) {
            loadingPage.failed(message, IMessageProvider.INFORMATION);
        }
    }

    /** {@return the document, or null while it is being fetched from the node} */
    public DomainDocument document() {
        return document;
    }

    /** {@return the XML page, or null while the definition is being fetched} */
    public XmlSourcePage xmlPage() {
        return xmlPage;
    }

    /** {@return the text of the xl.cfg page, or null before it was shown} */
    public String xlCfgText() {
        return xlCfgPage == null ? null : xlCfgPage.text();
    }

    /**
     * @param path a field path shown on a form page
     * @return the problem messages shown beside that field (its page must have been shown once)
     */
    public List<String> fieldMessages(String path) {
        return fieldPages.stream().flatMap(p -> p.messagesAt(path).stream()).toList();
    }

    /** {@return the form pages with fields} */
    List<FieldsPage> fieldPages() {
        return fieldPages;
    }

    private int pageIndex(Object page) {
        if (page == null) {
            return -1;
        }
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i) == page) {
                return i;
            }
        }
        return -1;
    }

    /** {@return the composite holding the pages (tests find fields in it)} */
    public Composite pagesControl() {
        return getContainer();
    }

    /**
     * Shows a page, as a click on its tab does (leaving the XML page may be refused).
     *
     * @param index the page's index
     */
    public void showPage(int index) {
        setActivePage(index);
    }

    /** {@return the index of the XML page} */
    public int xmlPageIndex() {
        return pageIndex(xmlPage);
    }

    // ------------------------------------------------------------------------------------- page switching

    /**
     * Leaving the XML page hands its text to the document first; text that does not parse keeps the user on the
     * page, with the parse error and its line.
     */
    @Override
    protected void pageChange(int newPageIndex) {
        int xml = xmlPageIndex();
        if (!switchingBack && xml >= 0 && lastPage == xml && newPageIndex != xml) {
            xmlPage.flushToDocument();
            if (!document.isTextValid()) {
                switchingBack = true;
                try {
                    setActivePage(xml);
                } finally {
                    switchingBack = false;
                }
                DocumentProblem error = document.parseError().orElseThrow();
                MessageDialog.openError(getSite().getShell(), INVALID_XML_TITLE, NLS.bind(
                        Messages.DomainEditor_invalidXml, new Object[] {error.line(), error.column(), error.message()}));
                return;
            }
        }
        super.pageChange(newPageIndex);
        lastPage = newPageIndex;
        if (getEditor(newPageIndex) == xmlPage && xmlPage != null) {
            xmlPage.showProblems(document.problems());
        }
    }

    // ------------------------------------------------------------------------------------- form edits

    /**
     * Runs a form edit on the document. Refused (and said so on the page) while the XML does not parse.
     *
     * @param command the command
     * @return whether it ran
     */
    boolean execute(org.eclipse.emf.common.command.Command command) {
        return execute(command, null);
    }

    /**
     * Runs a form edit typed into a field: consecutive edits of one field are one undo step.
     *
     * @param command the command
     * @param field the field's path, or null for an edit that is a step of its own
     * @return whether it ran
     */
    boolean execute(org.eclipse.emf.common.command.Command command, String field) {
        if (xmlPage != null) {
            xmlPage.flushToDocument();
        }
        if (!document.isTextValid()) {
            return false;
        }
        return field == null ? document.execute(command) : document.execute(command, field);
    }

    /** Undoes the last edit, from any page. */
    public void undo() {
        if (xmlPage != null) {
            xmlPage.flushToDocument();
        }
        if (document != null && document.commandStack().canUndo()) {
            document.undo();
        }
    }

    /** Redoes the last undone edit, from any page. */
    public void redo() {
        if (xmlPage != null) {
            xmlPage.flushToDocument();
        }
        if (document != null && document.commandStack().canRedo()) {
            document.redo();
        }
    }

    private void updateUndoState() {
        if (commands != null) {
            commands.updateUndoState();
        }
    }

    /** Goes back to the text last saved or opened. */
    public void revert() {
        if (document == null) {
            return;
        }
        document.revert();
        if (xmlPage != null) {
            xmlPage.replaceAll(document.text());
        }
        header.set(null, IMessageProvider.NONE);
    }

    // ------------------------------------------------------------------------------------- saving

    @Override
    public boolean isDirty() {
        return document != null && (document.isDirty() || (xmlPage != null && xmlPage.hasPendingText()));
    }

    @Override
    public boolean isSaveAsAllowed() {
        return document != null;
    }

    /**
     * Saves to where the definition came from. Refused, with the reason, while the XML does not parse or the
     * definition has errors.
     */
    @Override
    public void doSave(IProgressMonitor monitor) {
        SaveCheck check = checkSave();
        if (!check.allowed()) {
            monitor.setCanceled(true);
            return;
        }
        IEditorInput input = getEditorInput();
        if (input instanceof FileDomainInput file) {
            if (writeFile(file.file())) {
                document.markSaved();
            } else {
                monitor.setCanceled(true);
            }
            return;
        }
        saveToNode.start(document.text());
    }

    private SaveCheck checkSave() {
        if (document == null) {
            return new SaveCheck(false, Messages.DomainEditor_stillFetching, List.of());
        }
        if (xmlPage != null) {
            xmlPage.flushToDocument();
        }
        SaveCheck check = document.canSave();
        if (!check.allowed()) {
            // said where the user looks, without a modal dialog in the middle of a save (Save All, closing)
            String message = NLS.bind(Messages.DomainEditor_notSavedBecause, check.reason());
            header.set(message, IMessageProvider.ERROR);
            statusLine().setErrorMessage(message);
            if (xmlPage != null) {
                xmlPage.showProblems(document.problems());
            }
        } else {
            statusLine().setErrorMessage(null);
        }
        return check;
    }

    private IStatusLineManager statusLine() {
        return getEditorSite().getActionBars().getStatusLineManager();
    }

    /**
     * Called on the UI thread by {@link SaveDomainJob} when it is done.
     *
     * @param savedText the text that was sent
     * @param outcome what happened
     */
    void saved(String savedText, SaveDomainJob.Outcome outcome) {
        if (document != null) {
            saveToNode.finished(document, savedText, outcome);
        }
    }

    /** Saves to a local {@code .xml} file chosen by the user; the editor then edits that file. */
    @Override
    public void doSaveAs() {
        SaveCheck check = checkSave();
        if (!check.allowed()) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.xml", "*"});
        dialog.setFileName(document.model().getName() == null ? "domain.xml" : document.model().getName() + ".xml");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saveAs(Path.of(chosen));
        }
    }

    /**
     * Writes the definition to a file and makes it the editor's input.
     *
     * @param file the file
     * @return whether it was written
     */
    public boolean saveAs(Path file) {
        if (!writeFile(file)) {
            return false;
        }
        document.markSaved();
        setInputWithNotify(new FileDomainInput(file));
        setPartName(getEditorInput().getName());
        setTitleToolTip(getEditorInput().getToolTipText());
        return true;
    }

    /** Writes the text whole or not at all; an existing file keeps its permissions, as xenophilia-xlconv -o. */
    private boolean writeFile(Path file) {
        try {
            AtomicFiles.writeDocument(file.toAbsolutePath(), document.text().getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), CANNOT_SAVE_TITLE, NLS.bind(Messages.DomainEditor_cannotWrite,
                    file, e.getMessage()));
            return false;
        }
    }

    /** @param form a form page's form, just made: shows the current header message on it */
    void showHeaderMessage(ScrolledForm form) {
        header.showOn(form);
    }

    /** {@return the message in the form pages' header, or null} */
    public String headerMessage() {
        return header.shown();
    }

    @Override
    public void dispose() {
        if (loadJob != null) {
            loadJob.cancel(); // aborts its call: nobody waits for this editor's definition any more
        }
        if (document != null) {
            document.removeListener(documentListener);
            document.commandStack().removeCommandStackListener(stackListener);
        }
        super.dispose();
    }

    /** Keeps the pages in step with the document. */
    private final class DocumentListener implements DomainDocumentListener {
        @Override
        public void textChanged(TextChangeEvent event) {
            if (xmlPage != null && event.cause() != ChangeCause.XML_EDIT) {
                xmlPage.applyModelChanges(event);
            }
        }

        @Override
        public void modelChanged(DomainDocument doc, ChangeCause cause) {
            fieldPages.forEach(FieldsPage::refresh);
            devicePages.forEach(DevicesPage::refresh);
            if (xlCfgPage != null) {
                xlCfgPage.refresh();
            }
            String name = doc.model().getName();
            if (name != null && !name.isBlank() && getEditorInput() instanceof NodeDomainInput) {
                setPartName(name);
            }
        }

        @Override
        public void problemsChanged(DomainDocument doc, List<DocumentProblem> problems) {
            fieldPages.forEach(p -> p.showProblems(problems));
            devicePages.forEach(p -> p.showProblems(problems));
            if (xmlPage != null) {
                xmlPage.showProblems(problems);
            }
        }

        @Override
        public void dirtyChanged(DomainDocument doc, boolean dirty) {
            firePropertyChange(PROP_DIRTY);
        }
    }
}
