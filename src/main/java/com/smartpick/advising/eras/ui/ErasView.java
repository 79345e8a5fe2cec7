package com.smartpick.advising.eras.ui;

import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.NotFoundMessage;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.eras.ErasEntry;
import com.smartpick.advising.eras.ErasEntryInput;
import com.smartpick.advising.eras.ErasLimits;
import com.smartpick.advising.eras.ErasSelection;
import com.smartpick.advising.eras.ErasService;
import com.smartpick.advising.eras.VerifiedExperience;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.smartpick.advising.unsaved.ui.UnsavedTextGuard;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * ERAS experiences: a student (or their mentor) chooses up to ten verified records, orders them, writes each
 * description within ERAS's 750 characters with a live counter, and marks up to three as most meaningful. Advisors
 * and admins read. {@code eras/<student id>} is a student's, reached from their page; {@code eras}, the signed-in
 * student's own, is {@link MyErasView}.
 */
@AdvisingView("eras/:" + ErasView.STUDENT_ID)
@RolesAllowed({"STUDENT", "MENTOR", "ADVISOR", "ADMIN"})
@PageTitle("ERAS experiences · SmartPick Advising")
public class ErasView extends VerticalLayout implements BeforeEnterObserver {

    public static final String STUDENT_ID = "studentId";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final ErasService eras;
    private final UnsavedTextService unsaved;
    private final List<UnsavedTextGuard> guards = new ArrayList<>();
    private final VerticalLayout entriesArea = new VerticalLayout();
    private final ComboBox<VerifiedExperience> candidate = new ComboBox<>("Add a verified experience");
    private final Button add = new Button("Add", VaadinIcon.PLUS.create());
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();
    private @Nullable ErasSelection selection;

    /** One entry while it is edited. */
    private static final class Draft {
        final VerifiedExperience experience;
        String description;
        boolean mostMeaningful;
        String note;

        Draft(VerifiedExperience experience, String description, boolean mostMeaningful, @Nullable String note) {
            this.experience = experience;
            this.description = description;
            this.mostMeaningful = mostMeaningful;
            this.note = note == null ? "" : note;
        }
    }

    public ErasView(ErasService eras, UnsavedTextService unsaved) {
        this.eras = eras;
        this.unsaved = unsaved;
        addClassName("eras-view");
        entriesArea.setPadding(false);
        entriesArea.setId("eras-entries");
        candidate.setId("eras-candidate");
        candidate.setItemLabelGenerator(VerifiedExperience::title);
        candidate.setWidthFull();
        candidate.setMaxWidth("34em");
        add.setId("eras-add");
        add.addClickListener(click -> {
            VerifiedExperience chosen = candidate.getValue();
            if (chosen != null && drafts.size() < ErasLimits.MAX_ENTRIES) {
                String tasks = chosen.tasks() == null ? "" : chosen.tasks();
                drafts.add(new Draft(chosen, tasks.length() > ErasLimits.MAX_DESCRIPTION
                        ? tasks.substring(0, ErasLimits.MAX_DESCRIPTION) : tasks, false, null));
                candidate.clear();
                render();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            String id = event.getRouteParameters().get(STUDENT_ID).orElse(null);
            show(id == null ? eras.mine() : eras.selection(Long.parseLong(id)));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            add(new NotFoundMessage("Student", "There is no student with this id among the students you may see."));
        }
    }

    private void show(ErasSelection loaded) {
        selection = loaded;
        drafts.clear();
        for (ErasEntry e : loaded.entries()) {
            drafts.add(new Draft(e.experience(), e.description(), e.mostMeaningful(), e.meaningfulNote()));
        }
        removeAll();
        add(new H1("ERAS experiences · " + loaded.studentName()),
                new Paragraph("ERAS takes up to " + ErasLimits.MAX_ENTRIES + " experiences, each described in at most "
                        + ErasLimits.MAX_DESCRIPTION + " characters; up to " + ErasLimits.MAX_MOST_MEANINGFUL
                        + " may be marked most meaningful, each with " + ErasLimits.MAX_MEANINGFUL_NOTE
                        + " more characters on why. Only verified records can be chosen."
                        + (loaded.editable() ? "" : " You can read this selection; the student and their mentors choose it.")));
        if (loaded.editable()) {
            HorizontalLayout addBar = new HorizontalLayout(candidate, add);
            addBar.setAlignItems(FlexComponent.Alignment.BASELINE);
            addBar.setWidthFull();
            add(addBar);
            fields.put("entries", candidate);
        }
        add(entriesArea, actions(loaded));
        render();
    }

    private HorizontalLayout actions(ErasSelection loaded) {
        HorizontalLayout actions = new HorizontalLayout();
        if (loaded.editable()) {
            Button save = new Button("Save", VaadinIcon.CHECK.create(), click -> save());
            save.setId("eras-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save);
        }
        long studentId = loaded.studentId();
        Anchor text = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = eras.exportText(studentId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "eras-experiences.txt", "text/plain; charset=UTF-8", bytes.length);
        }), "Download as text");
        text.setId("eras-text");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = eras.exportPdf(studentId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "eras-experiences.pdf", "application/pdf", bytes.length);
        }), "Download as PDF");
        pdf.setId("eras-pdf");
        Span saved = new Span("(downloads hold the saved selection)");
        saved.addClassName("muted");
        actions.add(text, pdf, saved);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private void render() {
        ErasSelection current = selection;
        if (current == null) {
            return;
        }
        boolean editable = current.editable();
        entriesArea.removeAll();
        guards.clear();
        fields.keySet().removeIf(key -> !key.equals("entries"));
        Set<Long> chosen = drafts.stream().map(d -> d.experience.recordId()).collect(Collectors.toSet());
        candidate.setItems(current.candidates().stream().filter(c -> !chosen.contains(c.recordId())).toList());
        add.setEnabled(drafts.size() < ErasLimits.MAX_ENTRIES);
        Set<Long> verified = current.candidates().stream().map(VerifiedExperience::recordId).collect(Collectors.toSet());
        for (int i = 0; i < drafts.size(); i++) {
            entriesArea.add(entry(current, i, drafts.get(i), verified.contains(drafts.get(i).experience.recordId())));
        }
        if (drafts.isEmpty()) {
            entriesArea.add(new Paragraph(editable ? "No experiences chosen yet: add a verified one above."
                    : "No experiences chosen yet."));
        }
    }

    private Div entry(ErasSelection current, int index, Draft draft, boolean stillVerified) {
        boolean editable = current.editable();
        int position = index + 1;
        VerifiedExperience e = draft.experience;
        H2 title = new H2(position + ". " + e.title());
        Span when = new Span(MONTH.format(e.startDate()) + " – " + (e.ongoing() || e.endDate() == null ? "present"
                : MONTH.format(e.endDate())) + " · " + e.hoursPerWeek() + " h/week · supervisor " + e.supervisor()
                + (stillVerified ? "" : " · no longer the current verified version: remove it and add the new one"));
        when.addClassName("muted");

        TextArea description = counted("Description", "eras-description-" + position, draft.description,
                ErasLimits.MAX_DESCRIPTION, editable);
        description.addValueChangeListener(change -> draft.description = change.getValue());
        fields.put("description-" + position, description);

        TextArea note = counted("Why it was most meaningful", "eras-note-" + position, draft.note,
                ErasLimits.MAX_MEANINGFUL_NOTE, editable);
        note.addValueChangeListener(change -> draft.note = change.getValue());
        note.setVisible(draft.mostMeaningful);
        fields.put("note-" + position, note);

        Checkbox meaningful = new Checkbox("Most meaningful", draft.mostMeaningful);
        meaningful.setId("eras-meaningful-" + position);
        meaningful.setReadOnly(!editable);
        meaningful.addValueChangeListener(change -> {
            draft.mostMeaningful = change.getValue();
            note.setVisible(change.getValue());
        });

        Div card = new Div(title, when);
        card.addClassName("eras-entry");
        if (editable) {
            card.add(new HorizontalLayout(move("Move up", VaadinIcon.ARROW_UP, index, index - 1),
                    move("Move down", VaadinIcon.ARROW_DOWN, index, index + 1), removeButton(index)));
        }
        if (editable) {
            // only an entry already saved can be offered back: an entry added and never saved is not in the selection
            String savedDescription = current.entries().stream()
                    .filter(saved -> saved.experience().recordId() == e.recordId()).map(ErasEntry::description)
                    .findFirst().orElse("");
            UnsavedTextGuard kept = new UnsavedTextGuard(unsaved,
                    "eras:" + current.studentId() + ":" + e.recordId() + ":description", description, savedDescription);
            guards.add(kept);
            card.add(kept);
        }
        card.add(description, meaningful, note);
        return card;
    }

    private static TextArea counted(String label, String id, String value, int max, boolean editable) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setMaxLength(max);
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.EAGER);
        area.setValue(value);
        area.setReadOnly(!editable);
        area.setHelperText(value.length() + " / " + max);
        area.addValueChangeListener(change -> area.setHelperText(change.getValue().length() + " / " + max));
        return area;
    }

    private Button move(String label, VaadinIcon icon, int from, int to) {
        Button button = new Button(icon.create(), click -> {
            drafts.add(to, drafts.remove(from));
            render();
        });
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setEnabled(to >= 0 && to < drafts.size());
        return button;
    }

    private Button removeButton(int index) {
        Button button = new Button("Remove", VaadinIcon.CLOSE_SMALL.create(), click -> {
            drafts.remove(index);
            render();
        });
        button.setId("eras-remove-" + (index + 1));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return button;
    }

    private void save() {
        ErasSelection current = selection;
        if (current == null) {
            return;
        }
        List<ErasEntryInput> inputs = drafts.stream()
                .map(d -> new ErasEntryInput(d.experience.recordId(), d.description, d.mostMeaningful, d.mostMeaningful ? d.note : null))
                .toList();
        UserActions.result(() -> eras.save(current.studentId(), current.version(), inputs), fields).ifPresent(saved -> {
            guards.forEach(UnsavedTextGuard::saved);
            Notifications.success("ERAS experiences saved.");
            show(saved);
        });
    }
}
