package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.NotFoundMessage;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.ListAction;
import com.smartpick.advising.smartpick.rankedlist.ListDiff;
import com.smartpick.advising.smartpick.rankedlist.ListEntry;
import com.smartpick.advising.smartpick.rankedlist.ListSummary;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RunSetup;
import com.smartpick.advising.smartpick.signal.SignalService;
import com.smartpick.advising.smartpick.signal.ui.SignalsPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A student's SmartPick lists, for staff who may see the student: a live run whose budget slider re-optimizes the
 * list as it moves, the stored versions with their workflow, what changed since the previous version, and the list
 * itself. An id the viewer has no interest in shows "not found" and nothing else.
 */
@AdvisingView("smartpick/students/:" + StudentListsView.STUDENT_ID)
@RolesAllowed({"ADVISOR", "MENTOR", "ADMIN"})
public class StudentListsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String STUDENT_ID = "studentId";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final RankedListService lists;
    private final SignalService signals;
    private final CurrentUser currentUser;
    private final AdvisingProperties properties;
    private final Div stored = new Div();
    private String title = "SmartPick · SmartPick Advising";

    public StudentListsView(RankedListService lists, SignalService signals, CurrentUser currentUser,
            AdvisingProperties properties) {
        this.lists = lists;
        this.signals = signals;
        this.currentUser = currentUser;
        this.properties = properties;
        addClassName("student-lists-view");
        stored.addClassName("stored-lists");
        stored.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        stored.removeAll();
        RunSetup setup;
        try {
            setup = lists.setup(Long.parseLong(event.getRouteParameters().get(STUDENT_ID).orElse("")));
        } catch (NumberFormatException | NotFoundException e) {
            title = NotFoundMessage.PAGE_TITLE;
            add(new NotFoundMessage("Student", "There is no student with this id among the students you advise or mentor."));
            return;
        }
        title = "SmartPick · " + setup.studentName() + " · SmartPick Advising";
        Anchor back = new Anchor(properties.path("students/" + setup.studentId()), "← " + setup.studentName());
        H1 heading = new H1("SmartPick · " + setup.studentName());
        add(back, heading, runPanel(setup), stored);
        showLatest(setup.studentId());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Details runPanel(RunSetup setup) {
        Div body = new Div();
        body.addClassName("run-panel");
        Details details = new Details("Run SmartPick", body);
        details.setOpened(true);
        details.setWidthFull();
        if (!setup.profileReady()) {
            body.add(new Paragraph("The student's profile has no graduation year yet: SmartPick needs it to run."));
            return details;
        }
        Select<Specialty> specialty = new Select<>();
        specialty.setId("run-specialty");
        specialty.setLabel("Specialty");
        specialty.setItems(Specialty.values());
        specialty.setItemLabelGenerator(Specialty::displayName);
        specialty.setValue(setup.defaultSpecialty());

        Input slider = new Input(ValueChangeMode.EAGER);
        slider.setType("range");
        slider.setId("budget-slider");
        slider.getElement().setAttribute("min", Integer.toString(RankedListService.MIN_BUDGET));
        slider.getElement().setAttribute("max", Integer.toString(RankedListService.MAX_BUDGET));
        slider.getElement().setAttribute("step", "1");
        slider.setValue(Integer.toString(RankedListService.DEFAULT_BUDGET));
        slider.addClassName("budget-slider");
        Span budgetText = new Span();
        budgetText.setId("budget-value");
        NativeLabel label = new NativeLabel("Budget (applications)");
        label.setFor(slider);
        Div budget = new Div(label, slider, budgetText);
        budget.addClassName("budget");

        Div preview = new Div();
        preview.setId("live-preview");
        preview.addClassName("live-preview");
        Supplier<Integer> budgetValue = () -> Integer.parseInt(slider.getValue());
        Runnable rerun = () -> {
            budgetText.setText(budgetValue.get() + " applications");
            UserActions.result(() -> lists.preview(setup.studentId(), specialty.getValue(), budgetValue.get(), setup.inputs()))
                    .ifPresent(result -> {
                        preview.removeAll();
                        preview.add(new ResultSummary(Figures.of(result), properties));
                    });
        };
        Div signalsHolder = new Div();
        slider.addValueChangeListener(change -> rerun.run());
        specialty.addValueChangeListener(change -> {
            signalsHolder.removeAll();
            signalsHolder.add(new SignalsPanel(signals, setup.studentId(), specialty.getValue(), rerun));
            rerun.run();
        });
        signalsHolder.add(new SignalsPanel(signals, setup.studentId(), specialty.getValue(), rerun));
        Div controls = new Div(specialty, budget);
        controls.addClassName("run-controls");
        Paragraph records = new Paragraph(ListPanel.recordsNote(setup.inputs()));
        records.addClassName("muted");
        body.add(controls, records, signalsHolder, preview);
        if (setup.mayRun()) {
            Button run = new Button("Save as a new version", VaadinIcon.PLAY.create(), click -> {
                UserActions.result(() -> lists.run(setup.studentId(), specialty.getValue(), budgetValue.get(), setup.inputs()))
                        .ifPresent(made -> {
                            Notifications.success("Version " + made.listNo() + " saved as a draft.");
                            show(lists.versions(made.studentId()), made);
                        });
            });
            run.setId("run-list");
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            body.add(run);
        }
        rerun.run();
        return details;
    }

    private void showLatest(long studentId) {
        List<ListSummary> versions = lists.versions(studentId);
        if (versions.isEmpty()) {
            stored.removeAll();
            Paragraph none = new Paragraph("No list yet. Advisors run SmartPick above to make the first version.");
            none.setId("no-list");
            stored.add(none);
            return;
        }
        show(versions, versions.get(0).id());
    }

    private void show(long studentId, long listId) {
        show(lists.versions(studentId), listId);
    }

    private void show(List<ListSummary> versions, long listId) {
        stored.removeAll();
        try {
            show(versions, lists.list(listId));
        } catch (NotFoundException gone) {
            Notifications.error(gone.getMessage());
        }
    }

    /** Shows a version afresh: on entering, after choosing another version or saving a new one. */
    private void show(List<ListSummary> versions, RankedList list) {
        stored.removeAll();
        long listId = list.id();
        Select<ListSummary> version = new Select<>();
        version.setId("list-version");
        version.setLabel("Version");
        version.setItemLabelGenerator(v -> v.label() + " · " + Format.percent(v.matchChance()) + " · " + WHEN.format(v.createdAt()));
        versionChoice(version, versions, listId);
        version.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                show(list.studentId(), change.getValue().id());
            }
        });
        version.setWidth("40em");
        Span status = new Span();
        status.setId("list-status");
        Div workflow = new Div();
        workflow.addClassName("workflow-buttons");
        Div bar = new Div(version, status, workflow);
        bar.addClassName("version-bar");
        Span made = new Span("Run by " + list.createdByName() + " on " + WHEN.format(list.createdAt()) + " · budget "
                + list.budgetApplications() + " applications · catalog revision " + list.catalogRevision());
        made.addClassName("muted");
        Div diff = new Div();
        diff.addClassName("diff-box");
        Paragraph approvalOverride = new Paragraph();
        approvalOverride.setId("approval-override");
        approvalOverride.addClassName("approval-override");
        Shown shown = new Shown(version, status, workflow, diff, approvalOverride);
        ListPanel panel = new ListPanel(lists, properties, list, currentUser.require(), changed -> shown.changed(changed, null));
        shown.panel = panel;
        stored.add(new H2("Stored versions"), bar, made, approvalOverride, diff, panel);
        shown.changed(list, null);
    }

    private static void versionChoice(Select<ListSummary> version, List<ListSummary> versions, long listId) {
        version.setItems(versions);
        versions.stream().filter(v -> v.id() == listId).findFirst().ifPresent(version::setValue);
    }

    /**
     * The version on the page and what shows its state: a change from an entry's action or a step of the workflow
     * updates the badge, the buttons, the version's label and the changes since the version before, and leaves the
     * rest of the page as it is.
     */
    private final class Shown {

        private final Select<ListSummary> version;
        private final Span status;
        private final Div workflow;
        private final Div diff;
        private final Paragraph approvalOverride;
        private @Nullable ListPanel panel;
        private @Nullable RankedList list;
        private @Nullable ListDiff changes;

        Shown(Select<ListSummary> version, Span status, Div workflow, Div diff, Paragraph approvalOverride) {
            this.approvalOverride = approvalOverride;
            this.version = version;
            this.status = status;
            this.workflow = workflow;
            this.diff = diff;
        }

        /** @param panelToUpdate the list panel when the change did not come from it */
        void changed(RankedList now, @Nullable ListPanel panelToUpdate) {
            RankedList before = list;
            list = now;
            if (panelToUpdate != null) {
                panelToUpdate.update(now);
            }
            if (before == null || before.status() != now.status()) {
                status.setText(now.status().label());
                String override = now.approvalOverride();
                approvalOverride.setText(override == null ? "" : "Approved over open concerns: " + override);
                approvalOverride.setVisible(override != null);
                status.setClassName("badge status-badge status-" + now.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                workflow.removeAll();
                workflowButtons(now).forEach(workflow::add);
            }
            // a version's label shows its status and its chance, which an exclusion recomputes
            if (before != null && (before.status() != now.status() || !before.matchChance().equals(now.matchChance()))) {
                versionChoice(version, lists.versions(now.studentId()), now.id());
            }
            // the changes since the version before depend on the kept entries' order only
            if (before == null || !keptOrder(before).equals(keptOrder(now))) {
                ListDiff latest = lists.changesSincePrevious(now.id()).orElse(null);
                if (!Objects.equals(latest, changes)) {
                    changes = latest;
                    diff.removeAll();
                    if (latest != null) {
                        diff.add(diffBox(latest));
                    }
                }
            }
        }

        /** The steps of the workflow the service offers on this version, in the order a version takes them. */
        private List<Button> workflowButtons(RankedList list) {
            Set<ListAction> offered = lists.actionsOn(list);
            List<Button> buttons = new ArrayList<>();
            if (offered.contains(ListAction.SUBMIT_FOR_REVIEW)) {
                buttons.add(workflow("Submit for review", "submit-review", now -> UserActions.result(
                        () -> lists.submitForReview(now.id(), now.version())).ifPresent(this::moved)));
            }
            if (offered.contains(ListAction.APPROVE)) {
                buttons.add(workflow("Approve…", "approve-list", this::approve));
            }
            if (offered.contains(ListAction.RETURN_TO_DRAFT)) {
                buttons.add(workflow("Back to draft", "return-draft", now -> UserActions.result(
                        () -> lists.returnToDraft(now.id(), now.version())).ifPresent(this::moved)));
            }
            if (offered.contains(ListAction.PUBLISH)) {
                buttons.add(workflow("Publish to the student…", "publish-list", now -> StepDialog.confirm(
                        "Publish version " + now.listNo() + " to " + now.studentName() + "?",
                        now.studentName() + " will see these " + Format.count(now.keptEntries().size(), "program")
                                + " under My SmartPick list and is told so in the inbox. A version published before "
                                + "is replaced. A published version cannot be changed or taken back: to change it, "
                                + "run SmartPick again and publish the new version.",
                        "Publish", () -> lists.publish(now.id(), now.version()), this::moved).open()));
            }
            return buttons;
        }

        /**
         * Approving freezes the version. While a concern on it is open the dialog asks why it is approved anyway: the
         * service holds a plain approval back, so the reason is not the view's rule but the list's.
         */
        private void approve(RankedList now) {
            int open = now.openConcerns();
            String title = "Approve version " + now.listNo() + "?";
            String frozen = "An approved version can no longer be changed (no pins, exclusions or moves); it can then be "
                    + "published to the student.";
            if (open == 0) {
                StepDialog.confirm(title, frozen, "Approve", () -> lists.approve(now.id(), now.version()), this::moved).open();
                return;
            }
            StepDialog.withReason(title, Format.count(open, "concern is", "concerns are") + " still open on this version. "
                            + "Its author can resolve a concern on its entry; or approve over it, saying why: the reason "
                            + "stays with the version and in the audit trail. " + frozen,
                    "Approve anyway", "Why approve with the concerns open",
                    reason -> lists.approveOverConcerns(now.id(), now.version(), reason), this::moved).open();
        }

        private void moved(RankedList moved) {
            changed(moved, panel);
            Notifications.success("Version " + moved.listNo() + " is " + moved.status().label().toLowerCase(Locale.ROOT) + ".");
        }

        /** A step of the workflow, taken on the list as it is when clicked (an entry's action may have moved its version). */
        private Button workflow(String text, String id, Consumer<RankedList> step) {
            Button button = new Button(text, click -> step.accept(Objects.requireNonNull(list)));
            button.setId(id);
            button.addThemeVariants(id.equals("return-draft") ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
            return button;
        }
    }

    private static List<Long> keptOrder(RankedList list) {
        return list.keptEntries().stream().map(ListEntry::id).toList();
    }

    private static Details diffBox(ListDiff diff) {
        Div body = new Div();
        body.addClassName("diff");
        if (diff.isEmpty()) {
            body.add(new Paragraph("Same programs in the same places with the same chances."));
        }
        section(body, "Added", diff.added(), c -> "#" + c.placeAfter() + " " + c.programName() + " (" + Format.percent(c.probabilityAfter()) + ")");
        section(body, "Removed", diff.removed(), c -> c.programName() + " (was #" + c.placeBefore() + ")");
        section(body, "Moved", diff.moved(), c -> c.programName() + ": #" + c.placeBefore() + " → #" + c.placeAfter());
        section(body, "Probability changed", diff.probabilityChanged(), c -> c.programName() + ": "
                + Format.percent(c.probabilityBefore()) + " → " + Format.percent(c.probabilityAfter()));
        Details details = new Details("Changes since version " + diff.fromListNo() + ": " + diff.added().size() + " added, "
                + diff.removed().size() + " removed, " + diff.moved().size() + " moved, " + diff.probabilityChanged().size()
                + " with a new probability", body);
        details.setId("diff");
        details.setWidthFull();
        return details;
    }

    private static void section(Div body, String heading, List<ListDiff.Change> changes,
            Function<ListDiff.Change, String> line) {
        if (changes.isEmpty()) {
            return;
        }
        UnorderedList items = new UnorderedList();
        changes.forEach(c -> items.add(new ListItem(line.apply(c))));
        Div part = new Div(new Span(heading), items);
        part.addClassName("diff-" + heading.toLowerCase(Locale.ROOT).replace(' ', '-'));
        body.add(part);
    }
}
