package org.xenophilia.ui.editor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.model.edit.DocumentProblem;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainEdits;

/**
 * A form page of single-valued fields of the domain (Overview, Resources, Lifecycle). Each field is bound to a field
 * path of the model: typing runs {@link DomainEdits#setFromText} through the editor, model changes refresh the
 * widgets, and problems at the field's path show beside it (the form's message manager decorates the control).
 */
final class FieldsPage extends FormPage {

    /** The key under which every field control carries its field path, for tests and tools. */
    static final String FIELD_KEY = "org.xenophilia.ui.editor.field";
    static final String OVERVIEW_ID = "overview";
    static final String RESOURCES_ID = "resources";
    static final String LIFECYCLE_ID = "lifecycle";

    private static final DomainPackage D = DomainPackage.eINSTANCE;

    /** How a field is edited. */
    enum Kind {
        TEXT, MULTILINE, CHOICE, TAGS
    }

    /**
     * One field.
     *
     * @param path its field path (a feature of the domain)
     * @param label its label
     * @param kind how it is edited
     * @param hint a tooltip
     */
    record Field(String path, String label, Kind kind, String hint) {
    }

    /**
     * A section of fields.
     *
     * @param title its title
     * @param fields its fields
     */
    record Group(String title, List<Field> fields) {
    }

    private final DomainEditor editor;
    private final List<Group> groups;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final List<Object[]> shownProblems = new ArrayList<>();
    private boolean refreshing;

    private FieldsPage(DomainEditor editor, String id, String title, List<Group> groups) {
        super(editor, id, title);
        this.editor = editor;
        this.groups = groups;
    }

    static FieldsPage overview(DomainEditor editor) {
        return new FieldsPage(editor, OVERVIEW_ID, Messages.FieldsPage_overview, List.of(
                new Group(Messages.FieldsPage_general, List.of(
                        new Field("name", Messages.FieldsPage_name, Kind.TEXT, Messages.FieldsPage_nameHint),
                        new Field("description", Messages.FieldsPage_description, Kind.MULTILINE,
                                Messages.FieldsPage_descriptionHint),
                        new Field("tags", Messages.FieldsPage_tags, Kind.TAGS, Messages.FieldsPage_tagsHint),
                        new Field("type", Messages.FieldsPage_type, Kind.CHOICE, Messages.FieldsPage_typeHint))),
                new Group(Messages.FieldsPage_boot, List.of(
                        new Field("kernel", Messages.FieldsPage_kernel, Kind.TEXT, Messages.FieldsPage_pathHint),
                        new Field("ramdisk", Messages.FieldsPage_ramdisk, Kind.TEXT, Messages.FieldsPage_pathHint),
                        new Field("cmdline", Messages.FieldsPage_cmdline, Kind.TEXT, Messages.FieldsPage_cmdlineHint),
                        new Field("root", Messages.FieldsPage_root, Kind.TEXT, Messages.FieldsPage_rootHint),
                        new Field("extra", Messages.FieldsPage_extra, Kind.TEXT, Messages.FieldsPage_extraHint),
                        new Field("bootloader", Messages.FieldsPage_bootloader, Kind.TEXT,
                                Messages.FieldsPage_bootloaderHint),
                        new Field("firmware", Messages.FieldsPage_firmware, Kind.TEXT,
                                Messages.FieldsPage_firmwareHint)))));
    }

    static FieldsPage resources(DomainEditor editor) {
        return new FieldsPage(editor, RESOURCES_ID, Messages.FieldsPage_resources, List.of(
                new Group(Messages.FieldsPage_memoryGroup, List.of(
                        new Field("memory", Messages.FieldsPage_memory, Kind.TEXT, Messages.FieldsPage_atBoot),
                        new Field("maxmem", Messages.FieldsPage_maxmem, Kind.TEXT, Messages.FieldsPage_maxmemHint))),
                new Group(Messages.FieldsPage_cpus, List.of(
                        new Field("vcpus", Messages.FieldsPage_vcpus, Kind.TEXT, Messages.FieldsPage_atBoot),
                        new Field("maxvcpus", Messages.FieldsPage_maxvcpus, Kind.TEXT,
                                Messages.FieldsPage_maxvcpusHint),
                        new Field("cpus", Messages.FieldsPage_pinning, Kind.TEXT, Messages.FieldsPage_pinningHint),
                        new Field("cpusSoft", Messages.FieldsPage_softAffinity, Kind.TEXT,
                                Messages.FieldsPage_softAffinityHint),
                        new Field("cpuWeight", Messages.FieldsPage_weight, Kind.TEXT, Messages.FieldsPage_weightHint),
                        new Field("cap", Messages.FieldsPage_cap, Kind.TEXT, Messages.FieldsPage_capHint)))));
    }

    static FieldsPage lifecycle(DomainEditor editor) {
        // the hints are the xl.cfg keys, which are not translated
        return new FieldsPage(editor, LIFECYCLE_ID, Messages.FieldsPage_lifecycle, List.of(
                new Group(Messages.FieldsPage_whenTheDomain, List.of(
                        new Field("onPoweroff", Messages.FieldsPage_powersOff, Kind.CHOICE, "on_poweroff"),
                        new Field("onReboot", Messages.FieldsPage_reboots, Kind.CHOICE, "on_reboot"),
                        new Field("onCrash", Messages.FieldsPage_crashes, Kind.CHOICE, "on_crash"),
                        new Field("onWatchdog", Messages.FieldsPage_watchdog, Kind.CHOICE, "on_watchdog"),
                        new Field("onSoftReset", Messages.FieldsPage_softResets, Kind.CHOICE, "on_soft_reset")))));
    }

    /** {@return the field paths on this page} */
    List<String> paths() {
        return groups.stream().flatMap(g -> g.fields().stream()).map(Field::path).toList();
    }

    /**
     * @param path a field path
     * @return the control of that field, or null
     */
    Control control(String path) {
        return controls.get(path);
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText(getTitle());
        toolkit.decorateFormHeading(form.getForm());
        editor.showHeaderMessage(form);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        form.getBody().setLayout(layout);
        for (Group group : groups) {
            Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.EXPANDED);
            section.setText(group.title());
            section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            Composite client = toolkit.createComposite(section);
            GridLayout grid = new GridLayout(2, false);
            grid.horizontalSpacing = 12;
            client.setLayout(grid);
            section.setClient(client);
            for (Field field : group.fields()) {
                Label label = toolkit.createLabel(client, field.label());
                label.setToolTipText(field.hint());
                label.setLayoutData(new GridData(SWT.LEFT, field.kind() == Kind.MULTILINE ? SWT.TOP : SWT.CENTER,
                        false, false));
                controls.put(field.path(), createControl(toolkit, client, field));
            }
            toolkit.paintBordersFor(client);
        }
        refresh();
        showProblems(editor.document().problems());
    }

    private Control createControl(FormToolkit toolkit, Composite parent, Field field) {
        Control control;
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        if (field.kind() == Kind.CHOICE) {
            Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.add("");
            EStructuralFeature feature = D.getDomain().getEStructuralFeature(field.path());
            EEnum type = (EEnum) ((EAttribute) feature).getEAttributeType();
            for (EEnumLiteral literal : type.getELiterals()) {
                combo.add(literal.getLiteral());
            }
            combo.addModifyListener(e -> commit(field, combo.getText(), combo));
            toolkit.adapt(combo, true, false);
            control = combo;
        } else if (field.kind() == Kind.MULTILINE) {
            Text text = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
            data.heightHint = 48;
            data.verticalAlignment = SWT.FILL;
            text.addModifyListener(e -> commit(field, text.getText(), text));
            control = text;
        } else {
            Text text = toolkit.createText(parent, "", SWT.SINGLE);
            text.addModifyListener(e -> commit(field, text.getText(), text));
            control = text;
        }
        if (field.kind() != Kind.CHOICE) {
            // typing into a field is one undo step until the field is left
            control.addListener(SWT.FocusOut, e -> {
                if (editor.document() != null) {
                    editor.document().endTypingRun();
                }
            });
        }
        control.setToolTipText(field.hint());
        control.setLayoutData(data);
        control.setData(FIELD_KEY, field.path());
        return control;
    }

    private void commit(Field field, String text, Control control) {
        if (refreshing || editor.document() == null) {
            return;
        }
        DomainDocument document = editor.document();
        IMessageManager messages = getManagedForm().getMessageManager();
        String inputKey = "input:" + field.path();
        if (textOf(document.model(), field.path()).equals(field.kind() == Kind.TAGS ? normaliseTags(text)
                : text.strip())) {
            messages.removeMessage(inputKey, control);
            return;
        }
        try {
            if (field.kind() == Kind.TAGS) {
                editor.execute(DomainEdits.set(document, "tags", tags(text)), field.path());
            } else {
                editor.execute(DomainEdits.setFromText(document, field.path(), text),
                        field.kind() == Kind.CHOICE ? null : field.path());
            }
            messages.removeMessage(inputKey, control);
        } catch (IllegalArgumentException e) {
            messages.addMessage(inputKey, e.getMessage(), null, IMessageProvider.ERROR, control);
        }
    }

    private static List<String> tags(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String normaliseTags(String text) {
        return String.join(", ", tags(text));
    }

    /**
     * The text a form shows for a top-level field of the model: empty when unset.
     *
     * @param model the domain
     * @param path a feature name
     * @return the text
     */
    static String textOf(Domain model, String path) {
        EStructuralFeature feature = model.eClass().getEStructuralFeature(path);
        if (feature == null) {
            return "";
        }
        if (feature.isMany()) {
            return String.join(", ", ((List<?>) model.eGet(feature)).stream().map(String::valueOf).toList());
        }
        if (feature.isUnsettable() && !model.eIsSet(feature)) {
            return "";
        }
        Object value = model.eGet(feature);
        if (value == null) {
            return "";
        }
        return EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value);
    }

    /** Shows the model's values in the fields (after any change of the model). */
    void refresh() {
        if (getManagedForm() == null || editor.document() == null) {
            return;
        }
        Domain model = editor.document().model();
        refreshing = true;
        try {
            for (Map.Entry<String, Control> e : controls.entrySet()) {
                String value = textOf(model, e.getKey());
                if (e.getValue() instanceof Text t && !t.getText().strip().equals(value)
                        && !(e.getKey().equals("tags") && normaliseTags(t.getText()).equals(value))) {
                    t.setText(value);
                    getManagedForm().getMessageManager().removeMessage("input:" + e.getKey(), t);
                } else if (e.getValue() instanceof Combo c && !c.getText().equals(value)) {
                    c.setText(value);
                }
            }
            String name = model.getName();
            getManagedForm().getForm().setText(getTitle() + (name == null || name.isBlank() ? "" : ": " + name));
        } finally {
            refreshing = false;
        }
    }

    /**
     * Shows the problems that belong to this page's fields beside them; the Overview also shows those that belong
     * to no page.
     *
     * @param problems the document's problems
     */
    void showProblems(List<DocumentProblem> problems) {
        if (getManagedForm() == null) {
            return;
        }
        IMessageManager messages = getManagedForm().getMessageManager();
        messages.setAutoUpdate(false);
        try {
            for (Object[] shown : shownProblems) {
                if (shown[1] == null) {
                    messages.removeMessage(shown[0]);
                } else {
                    messages.removeMessage(shown[0], (Control) shown[1]);
                }
            }
            shownProblems.clear();
            int i = 0;
            for (DocumentProblem p : problems) {
                if (p.parseError()) {
                    continue;
                }
                String key = "problem:" + i++;
                int type = p.isError() ? IMessageProvider.ERROR : IMessageProvider.WARNING;
                Control control = controlFor(p.path());
                if (control != null) {
                    messages.addMessage(key, p.message(), p, type, control);
                    shownProblems.add(new Object[] {key, control, control.getData(FIELD_KEY), p.message()});
                } else if (getId().equals(OVERVIEW_ID) && !placedElsewhere(p.path())) {
                    messages.addMessage(key, p.message(), p, type);
                    shownProblems.add(new Object[] {key, null, null, p.message()});
                }
            }
        } finally {
            messages.setAutoUpdate(true);
        }
    }

    /**
     * @param path a field path of this page
     * @return the problem messages shown beside that field
     */
    List<String> messagesAt(String path) {
        return shownProblems.stream().filter(p -> path.equals(p[2])).map(p -> (String) p[3]).toList();
    }

    private Control controlFor(String path) {
        for (Map.Entry<String, Control> e : controls.entrySet()) {
            if (path.equals(e.getKey()) || path.startsWith(e.getKey() + "[")) {
                return e.getValue();
            }
        }
        return null;
    }

    private boolean placedElsewhere(String path) {
        if (path.startsWith("disks") || path.startsWith("vifs")) {
            return true;
        }
        for (FieldsPage page : editor.fieldPages()) {
            if (page != this && page.paths().stream().anyMatch(f -> path.equals(f) || path.startsWith(f + "["))) {
                return true;
            }
        }
        return false;
    }
}
