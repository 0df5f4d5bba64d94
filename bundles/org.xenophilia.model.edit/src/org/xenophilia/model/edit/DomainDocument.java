package org.xenophilia.model.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.xenophilia.domain.DocumentRoot;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.DomainProblem;
import org.xenophilia.model.SourceLocation;
import org.xenophilia.model.edit.internal.EditableLoad;
import org.xenophilia.model.edit.internal.FieldPath;
import org.xenophilia.model.edit.internal.ModelDiff;
import org.xenophilia.model.edit.internal.TextReconciler;
import org.xenophilia.model.edit.internal.XmlSourceTree;

/**
 * One open domain definition: its XML text and its EMF model, kept in sync, with one undo history for both. This is
 * the headless engine of the domain editor: the form pages edit {@link #model()} through commands
 * ({@link #execute(Command)}, {@link DomainEdits}), the XML page edits {@link #text()} ({@link #setText(String)}),
 * and each sees the other's changes through a {@link DomainDocumentListener}.
 * <ul>
 * <li><b>Form edit</b> ({@link #execute(Command)}): the command changes the model, then the text is changed at the
 * changed attributes and elements only — comments, blank lines, quoting and order elsewhere stay byte for byte.</li>
 * <li><b>XML edit</b> ({@link #setText(String)}): text the model can hold becomes the model through one compound
 * command (so one undo restores model and text); text it cannot hold (not well-formed, unknown elements, a number
 * that is not one) leaves the model as it is and is reported as a parse error with its line:column — the editor then
 * keeps the user on the XML page ({@link #isTextValid()}) and refuses to save.</li>
 * <li><b>Undo/redo</b> through {@link #commandStack()} (or {@link #undo()}/{@link #redo()}): the model goes back, and
 * the text goes back exactly to what it was when nothing was typed in between, else it is edited in place.</li>
 * <li><b>Problems</b> ({@link #problems()}): parse errors, or the validator's problems placed at the field path and
 * at the line of the current text.</li>
 * </ul>
 * Not thread-safe: use it from one thread (the UI thread). The model object stays the same for the document's life.
 * <p>
 * Why one class of over 600 lines: it is the one place that holds the invariant "the text and the model say the same,
 * and one undo restores both"; every entry point (a command, a text edit, an undo, a save point) must update text,
 * model, problems and listeners in one order. The work is already elsewhere (text edits in {@code TextReconciler},
 * the source tree in {@code XmlSourceTree}, commands in {@link DomainEdits}); what is left is that ordering, which
 * split over several classes would need each of them to know the others' state.
 */
public final class DomainDocument {

    private final DocumentCommandStack commandStack = new DocumentCommandStack();
    private final AdapterFactoryEditingDomain editingDomain;
    private final Domain model;
    private final List<DomainDocumentListener> listeners = new CopyOnWriteArrayList<>();
    /** The text before and after each command, to restore the user's exact text on undo and redo. */
    private final Map<Command, String[]> commandTexts = new WeakHashMap<>();

    private String text;
    /** The last text that the model was loaded from or written to; null when there has been none. */
    private String syncedText;
    private String savedText;
    /** Why the text cannot be loaded; empty when it loads. */
    private List<DomainProblem> parseProblems = List.of();
    private List<DocumentProblem> problems = List.of();
    private boolean dirty;
    /** The text an XML edit brings with its command. */
    private String pendingText;
    /**
     * The key of the typing run the command on top of the undo stack belongs to, while the next edit with the same
     * key may still join it; null once anything else happened (another edit, undo, redo, save, reload).
     */
    private Object openTypingRun;

    /**
     * Opens a definition. Text that does not parse is accepted (the editor shows it on the XML page with the parse
     * error); the model is then an empty domain until the text parses.
     *
     * @param text the XML text
     */
    public DomainDocument(String text) {
        Objects.requireNonNull(text, "text");
        editingDomain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), commandStack);
        Resource resource = DomainDefinitions.resourceFactory().createResource(URI.createURI("domain.xml"));
        editingDomain.getResourceSet().getResources().add(resource);
        DocumentRoot root = DomainFactory.eINSTANCE.createDocumentRoot();
        resource.getContents().add(root);
        Domain initial;
        try {
            initial = EditableLoad.load(text);
            syncedText = text;
        } catch (DomainDefinitionException e) {
            initial = DomainFactory.eINSTANCE.createDomain();
            parseProblems = e.getProblems();
        }
        model = initial;
        root.setDomain(model);
        this.text = text;
        this.savedText = text;
        problems = computeProblems();
    }

    /**
     * Opens a definition built in code, written in canonical form.
     *
     * @param domain the definition (copied)
     * @return the document
     */
    public static DomainDocument of(Domain domain) {
        return new DomainDocument(DomainDefinitions.toXml(domain));
    }

    // ------------------------------------------------------------------------------------------- state

    /** {@return the XML text} */
    public String text() {
        return text;
    }

    /** {@return the model; the same object for the document's life} */
    public Domain model() {
        return model;
    }

    /** {@return the editing domain all commands on the model must go through} */
    public EditingDomain editingDomain() {
        return editingDomain;
    }

    /**
     * Returns the command stack. Executing, undoing and redoing through it keeps text and model in sync; it refuses
     * ({@link IllegalStateException}) to execute while the text does not parse, and then undoes or redoes only a
     * command whose recorded text it can restore exactly.
     *
     * @return the stack
     */
    public CommandStack commandStack() {
        return commandStack;
    }

    /** {@return whether the text parses; when false the model holds the last text that did} */
    public boolean isTextValid() {
        return parseProblems.isEmpty();
    }

    /**
     * Tells why the user may not leave the XML page: the first parse error, with its line and column.
     *
     * @return the parse error, or empty when the text parses
     */
    public Optional<DocumentProblem> parseError() {
        return isTextValid() ? Optional.empty() : Optional.of(problems.get(0));
    }

    /**
     * Returns the current problems: the parse errors while the text does not parse, else everything
     * {@link DomainDefinitionValidator#validate} finds, each at its field path and its place in the current text.
     *
     * @return the problems, sorted by position in the text
     */
    public List<DocumentProblem> problems() {
        return problems;
    }

    /** {@return whether the text differs from the text last saved (or opened)} */
    public boolean isDirty() {
        return dirty;
    }

    /** {@return whether the definition may be saved now, and why not} */
    public SaveCheck canSave() {
        if (!isTextValid()) {
            return new SaveCheck(false, "The XML does not parse: " + problems.get(0), problems);
        }
        List<DocumentProblem> errors = problems.stream().filter(DocumentProblem::isError).toList();
        if (errors.isEmpty()) {
            return new SaveCheck(true, "", List.of());
        }
        String reason = errors.size() == 1 ? "The definition has an error: " + errors.get(0).message()
                : "The definition has " + errors.size() + " errors: " + errors.stream().map(DocumentProblem::message)
                        .collect(Collectors.joining("; "));
        return new SaveCheck(false, reason, errors);
    }

    /**
     * Takes the text for saving and makes it the save point.
     *
     * @return the text to write
     * @throws IllegalStateException when {@link #canSave()} refuses, with its reason
     */
    public String save() {
        SaveCheck check = canSave();
        if (!check.allowed()) {
            throw new IllegalStateException(check.reason());
        }
        markSaved();
        return text;
    }

    /** Makes the current text the save point (e.g. after the caller wrote it somewhere). */
    public void markSaved() {
        openTypingRun = null;
        savedText = text;
        commandStack.saveIsDone();
        updateDirty();
    }

    // ------------------------------------------------------------------------------------------- edits

    /**
     * Applies a form edit: executes the command on the model and changes the text where the model changed.
     *
     * @param command a command on {@link #model()} (see {@link DomainEdits})
     * @return whether it was executed (false when it cannot execute)
     * @throws IllegalStateException when the text does not parse: the XML page must be fixed first
     */
    public boolean execute(Command command) {
        Command before = commandStack.getUndoCommand();
        commandStack.execute(command);
        return commandStack.getUndoCommand() == command && before != command;
    }

    /**
     * Applies a form edit that is part of a typing run: consecutive edits with the same key become one undo step, so
     * typing {@code 2048} into a field is undone at once, as in a text editor. The run ends with any other edit, an
     * undo or redo, a save, or {@link #endTypingRun()} (e.g. when the field loses focus); an edit never joins a step
     * from before the save point.
     *
     * @param command a command on {@link #model()}
     * @param runKey what identifies the run, e.g. the field's path
     * @return whether it was executed
     * @throws IllegalStateException when the text does not parse
     */
    public boolean execute(Command command, Object runKey) {
        Objects.requireNonNull(runKey, "runKey");
        Command previous = commandStack.getUndoCommand();
        boolean joins = runKey.equals(openTypingRun) && commandStack.isJoinable(previous);
        boolean executed = execute(command);
        if (executed) {
            if (joins) {
                commandStack.joinTopTwo();
            }
            openTypingRun = runKey;
        }
        return executed;
    }

    /** Ends the current typing run: the next edit is a new undo step. */
    public void endTypingRun() {
        openTypingRun = null;
    }

    /**
     * Applies an XML edit. Text the model can hold becomes the model through one compound command; other text is
     * kept, the model stays as it was, and {@link #problems()} holds the parse errors.
     *
     * @param newText the whole new text
     */
    public void setText(String newText) {
        Objects.requireNonNull(newText, "newText");
        if (newText.equals(text)) {
            return;
        }
        openTypingRun = null;
        Domain parsed;
        try {
            parsed = EditableLoad.load(newText);
        } catch (DomainDefinitionException e) {
            String old = text;
            text = newText;
            parseProblems = e.getProblems();
            fireAll(old, ChangeCause.XML_EDIT, false, false);
            return;
        }
        CompoundCommand command = ModelDiff.commandFor(editingDomain, model, parsed, "Edit XML");
        if (command.getCommandList().isEmpty()) {
            String old = text;
            text = newText;
            syncedText = newText;
            parseProblems = List.of();
            fireAll(old, ChangeCause.XML_EDIT, false, false);
            return;
        }
        pendingText = newText;
        try {
            commandStack.execute(command);
        } finally {
            pendingText = null;
        }
    }

    /** Undoes the last command (form or XML edit), if {@link CommandStack#canUndo()}. */
    public void undo() {
        commandStack.undo();
    }

    /** Redoes the last undone command, if {@link CommandStack#canRedo()}. */
    public void redo() {
        commandStack.redo();
    }

    /**
     * Replaces the whole definition, e.g. with the definition fetched again from a node: text and model become the
     * new ones, the undo history is cleared and the new text is the save point.
     *
     * @param newText the new text (need not parse)
     */
    public void reload(String newText) {
        Objects.requireNonNull(newText, "newText");
        String old = text;
        Domain parsed;
        try {
            parsed = EditableLoad.load(newText);
            parseProblems = List.of();
            syncedText = newText;
        } catch (DomainDefinitionException e) {
            parsed = null;
            parseProblems = e.getProblems();
        }
        if (parsed != null) {
            Command command = ModelDiff.commandFor(editingDomain, model, parsed, "Reload");
            if (command.canExecute()) {
                command.execute();
            }
        }
        text = newText;
        commandStack.flush();
        savedText = newText;
        fireAll(old, ChangeCause.RELOAD, parsed != null, false);
    }

    /** Goes back to the text last saved (or opened), clearing the undo history. */
    public void revert() {
        reload(savedText);
    }

    /** @param listener hears about every change from now on */
    public void addListener(DomainDocumentListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** @param listener no longer hears about changes */
    public void removeListener(DomainDocumentListener listener) {
        listeners.remove(listener);
    }

    // ------------------------------------------------------------------------------------------- sync

    /**
     * The model changed through a command: bring the text along.
     *
     * @param exactText the text to take as it is (an XML edit, or an undo/redo restoring the text it recorded), or
     *        null to edit the current text in place
     */
    private void afterModelChange(ChangeCause cause, String exactText) {
        String old = text;
        boolean rewritten = false;
        List<TextChange> changes;
        if (exactText != null) {
            text = exactText;
            changes = TextChange.between(old, exactText);
        } else {
            try {
                Domain textModel = EditableLoad.load(old);
                changes = TextReconciler.reconcile(old, textModel, model);
                String edited = TextChange.apply(old, changes);
                if (!EcoreUtil.equals(EditableLoad.load(edited), model)) {
                    throw new IllegalStateException("the edited text does not hold the model");
                }
                text = edited;
            } catch (DomainDefinitionException | RuntimeException e) {
                // No minimal edit possible (not expected: the text held the model before the command). The canonical
                // form always holds the model; the user's formatting is lost, which the event says.
                text = DomainDefinitions.toXml(model);
                changes = TextChange.between(old, text);
                rewritten = true;
            }
        }
        try {
            // an undo may go back to a text that never parsed (a definition opened broken)
            EditableLoad.load(text);
            parseProblems = List.of();
            syncedText = text;
        } catch (DomainDefinitionException e) {
            parseProblems = e.getProblems();
        }
        fireAll(old, changes, cause, true, rewritten);
    }

    private void fireAll(String oldText, ChangeCause cause, boolean modelChanged, boolean rewritten) {
        fireAll(oldText, TextChange.between(oldText, text), cause, modelChanged, rewritten);
    }

    private void fireAll(String oldText, List<TextChange> changes, ChangeCause cause, boolean modelChanged,
            boolean rewritten) {
        List<DocumentProblem> oldProblems = problems;
        problems = computeProblems();
        if (!oldText.equals(text)) {
            TextChangeEvent event = new TextChangeEvent(this, oldText, text, List.copyOf(changes), cause, rewritten);
            listeners.forEach(listener -> listener.textChanged(event));
        }
        if (modelChanged) {
            listeners.forEach(listener -> listener.modelChanged(this, cause));
        }
        if (!oldProblems.equals(problems)) {
            List<DocumentProblem> current = problems;
            listeners.forEach(listener -> listener.problemsChanged(this, current));
        }
        updateDirty();
    }

    private void updateDirty() {
        boolean now = !text.equals(savedText);
        if (now != dirty) {
            dirty = now;
            listeners.forEach(listener -> listener.dirtyChanged(this, now));
        }
    }

    private List<DocumentProblem> computeProblems() {
        LineMap lines = new LineMap(text);
        List<DocumentProblem> result = new ArrayList<>();
        if (!parseProblems.isEmpty()) {
            for (DomainProblem problem : parseProblems) {
                int offset = problem.location() == null ? 0
                        : lines.offset(problem.location().line(), problem.location().column());
                result.add(new DocumentProblem(problem, offset, lines.restOfLine(offset), true));
            }
            return List.copyOf(result);
        }
        XmlSourceTree tree;
        try {
            tree = XmlSourceTree.scan(text);
        } catch (IllegalArgumentException e) {
            // not expected for text that loaded; the problems are then shown at the start
            tree = null;
        }
        for (DomainProblem problem : DomainDefinitionValidator.validate(model)) {
            int[] range = tree == null ? new int[] { 0, 0 }
                    : FieldPath.locate(tree, DomainPackage.Literals.DOMAIN, problem.path());
            DomainProblem placed = new DomainProblem(problem.severity(), problem.rule(), problem.path(),
                    problem.value(), problem.message(), lines.location(range[0]));
            result.add(new DocumentProblem(placed, range[0], range[1], false));
        }
        result.sort(Comparator.comparingInt(DocumentProblem::offset));
        return List.copyOf(result);
    }

    /** Line starts of a text, for offset ⇄ line:column. */
    private static final class LineMap {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        LineMap(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
        }

        int offset(int line, int column) {
            int start = starts.get(Math.max(0, Math.min(line, starts.size()) - 1));
            return Math.min(text.length(), start + Math.max(column, 1) - 1);
        }

        SourceLocation location(int offset) {
            int line = 0;
            while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
                line++;
            }
            return new SourceLocation(line + 1, offset - starts.get(line) + 1);
        }

        int restOfLine(int offset) {
            int end = offset;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            return end - offset;
        }
    }

    /** Consecutive edits of one field, undone and redone as one step; its parts have been executed already. */
    private static final class TypingRun extends CompoundCommand {
        TypingRun(Command first) {
            super(first.getLabel());
            commandList.add(first);
            isPrepared = true;
            isExecutable = true;
        }

        /** Adds an edit that has been executed already (CompoundCommand's append is for commands not yet run). */
        void add(Command executed) {
            commandList.add(executed);
        }
    }

    /**
     * The command stack of the document: after every execute, undo and redo it brings the text along, and only then
     * tells its listeners (so an undo action that reads the text sees the new one).
     */
    private final class DocumentCommandStack extends BasicCommandStack {

        private boolean inOperation;
        private boolean notifyPending;

        @Override
        public void execute(Command command) {
            if (pendingText == null && !isTextValid()) {
                throw new IllegalStateException("The XML does not parse; fix it before editing the form: "
                        + problems.get(0));
            }
            String before = pendingText != null ? (isTextValid() || syncedText == null ? text : syncedText) : text;
            openTypingRun = null;
            Command top = getUndoCommand();
            run(() -> super.execute(command));
            if (getUndoCommand() == command && top != command) {
                afterModelChange(pendingText != null ? ChangeCause.XML_EDIT : ChangeCause.FORM_EDIT, pendingText);
                commandTexts.put(command, new String[] { before, text });
            }
            flushNotification();
        }

        @Override
        public boolean canUndo() {
            if (!super.canUndo()) {
                return false;
            }
            String[] texts = commandTexts.get(getUndoCommand());
            return isTextValid() || texts != null && texts[1].equals(text);
        }

        @Override
        public boolean canRedo() {
            if (!super.canRedo()) {
                return false;
            }
            String[] texts = commandTexts.get(getRedoCommand());
            return isTextValid() || texts != null && texts[0].equals(text);
        }

        @Override
        public void undo() {
            if (!canUndo()) {
                return;
            }
            openTypingRun = null;
            Command command = getUndoCommand();
            String[] texts = commandTexts.get(command);
            run(super::undo);
            afterModelChange(ChangeCause.UNDO, texts != null && texts[1].equals(text) ? texts[0] : null);
            flushNotification();
        }

        @Override
        public void redo() {
            if (!canRedo()) {
                return;
            }
            openTypingRun = null;
            Command command = getRedoCommand();
            String[] texts = commandTexts.get(command);
            run(super::redo);
            afterModelChange(ChangeCause.REDO, texts != null && texts[0].equals(text) ? texts[1] : null);
            flushNotification();
        }

        @Override
        public void flush() {
            super.flush();
            commandTexts.clear();
            openTypingRun = null;
        }

        /** {@return whether an edit may join this command: it is on top, with no save point right after it} */
        boolean isJoinable(Command command) {
            return command != null && top >= 0 && commandList.get(top) == command && saveIndex != top
                    && commandTexts.containsKey(command);
        }

        /** Makes the two commands on top of the stack one undo step, with the texts from before the first. */
        void joinTopTwo() {
            Command last = commandList.remove(top--);
            Command first = commandList.remove(top);
            TypingRun run = first instanceof TypingRun r ? r : new TypingRun(first);
            run.add(last);
            commandList.add(top, run);
            mostRecentCommand = run;
            String[] before = commandTexts.remove(first);
            String[] after = commandTexts.remove(last);
            commandTexts.put(run, new String[] { before[0], after[1] });
        }

        @Override
        protected void notifyListeners() {
            if (inOperation) {
                notifyPending = true;
            } else {
                super.notifyListeners();
            }
        }

        private void run(Runnable operation) {
            inOperation = true;
            try {
                operation.run();
            } finally {
                inOperation = false;
            }
        }

        private void flushNotification() {
            if (notifyPending) {
                notifyPending = false;
                super.notifyListeners();
            }
        }
    }
}
