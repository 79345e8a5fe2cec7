package com.smartpick.advising.smartpick.preview.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.EligibilitySummary;
import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.engine.IneligibilityReason;
import com.smartpick.advising.smartpick.engine.NrmpOutcomes;
import com.smartpick.advising.smartpick.engine.RankedEntry;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.Tier;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.smartpick.advising.smartpick.preview.PreviewService;
import com.smartpick.advising.smartpick.preview.TooManyPreviewsException;
import com.smartpick.advising.smartpick.preview.TryProfile;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Try SmartPick" for anyone, signed in or not: a profile in, a preview list out. The page keeps nothing: the
 * profile lives in the form until the tab closes.
 */
@AdvisingView(value = "try", inMainLayout = false)
@AnonymousAllowed
@PageTitle("Try SmartPick · SmartPick Advising")
@StyleSheet("themes/advising/styles.css")
public class TrySmartPickView extends VerticalLayout {

    private final PreviewService previews;
    private final ComboBox<Specialty> specialty = new ComboBox<>("Specialty");
    private final IntegerField step2Ck = new IntegerField("Step 2 CK score");
    private final IntegerField attempts = new IntegerField("Most attempts on any USMLE Step");
    private final IntegerField graduationYear = new IntegerField("Year of graduation");
    private final Select<VisaNeed> visaNeed = new Select<>();
    private final IntegerField handsOnUsceMonths = new IntegerField("Hands-on US clinical experience (months)");
    private final IntegerField observershipMonths = new IntegerField("US observerships (months)");
    private final IntegerField usLetters = new IntegerField("Letters from US physicians");
    private final IntegerField researchItems = new IntegerField("Research items (publications, posters)");
    private final MultiSelectComboBox<CensusDivision> regions = new MultiSelectComboBox<>("Preferred regions (at most 3)");
    private final IntegerField applications = new IntegerField("Budget: programs you can apply to");
    private final Div result = new Div();

    public TrySmartPickView(PreviewService previews, AdvisingProperties properties) {
        this.previews = previews;
        addClassName("try-view");
        // an own page, outside MainLayout and its <main>: the page itself is the main landmark for screen readers
        getElement().setAttribute("role", "main");
        setMaxWidth("60em");
        getStyle().set("margin", "0 auto");

        specialty.setId("try-specialty");
        specialty.setItems(Arrays.stream(Specialty.values()).sorted(Comparator.comparing(Specialty::displayName)).toList());
        specialty.setItemLabelGenerator(Specialty::displayName);
        specialty.setValue(Specialty.INTERNAL_MEDICINE);
        step2Ck.setId("try-step2ck");
        step2Ck.setHelperText(PreviewService.MIN_SCORE + " to " + PreviewService.MAX_SCORE
                + "; leave empty if you have no score yet");
        bounded(attempts, "try-attempts", 1, PreviewService.MAX_ATTEMPTS, 1);
        graduationYear.setId("try-graduation-year");
        graduationYear.setPlaceholder("e.g. 2021");
        visaNeed.setId("try-visa");
        visaNeed.setLabel("Visa you need");
        visaNeed.setItems(VisaNeed.values());
        visaNeed.setItemLabelGenerator(VisaNeed::displayName);
        visaNeed.setValue(VisaNeed.J1);
        bounded(handsOnUsceMonths, "try-usce", 0, PreviewService.MAX_USCE_MONTHS, 0);
        bounded(observershipMonths, "try-observerships", 0, PreviewService.MAX_USCE_MONTHS, 0);
        bounded(usLetters, "try-letters", 0, PreviewService.MAX_LETTERS, 0);
        bounded(researchItems, "try-research", 0, PreviewService.MAX_RESEARCH, 0);
        regions.setId("try-regions");
        regions.setItems(CensusDivision.values());
        regions.setItemLabelGenerator(CensusDivision::displayName);
        regions.setHelperText("US census divisions, as in ERAS");
        bounded(applications, "try-applications", 1, PreviewService.MAX_APPLICATIONS, 40);
        applications.setHelperText("1 to " + PreviewService.MAX_APPLICATIONS
                + ", a ceiling: the list stops earlier where one more would add next to nothing");

        Button run = new Button("Show my preview", click -> run());
        run.setId("try-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(specialty, visaNeed, step2Ck, attempts, graduationYear, handsOnUsceMonths,
                observershipMonths, usLetters, researchItems, regions, applications);
        result.setId("try-result");
        result.addClassName("try-result");

        add(new H1("Try SmartPick"),
                new Paragraph("Enter a profile and see your chance of matching with the residency programs SmartPick "
                        + "would suggest, and the chance of an interview at each, with this season's fees. Nothing you "
                        + "enter is stored, and you need no account. "
                        + "The preview assumes you passed Step 1 and will be ECFMG certified; the catalog is "
                        + "synthetic demo data, and your advisor works from your full record."),
                // the home page, not a login page: whichever security runs, the plugin's or a host's, asks for a sign-in there
                form, run, result, new Anchor(properties.path(""), "Sign in to SmartPick Advising"));
    }

    private void run() {
        if (numbers().stream().anyMatch(HasValidation::isInvalid)) {
            Notifications.error("Some numbers could not be read: fix the highlighted fields, then try again.");
            return;
        }
        TryProfile profile = new TryProfile(specialty.getValue(), step2Ck.getValue(), attempts.getValue(),
                graduationYear.getValue(), visaNeed.getValue(), handsOnUsceMonths.getValue(),
                observershipMonths.getValue(), usLetters.getValue(), researchItems.getValue(), regions.getValue(),
                applications.getValue());
        result.removeAll();
        try {
            UserActions.result(() -> previews.preview(client(), profile), fields()).ifPresent(this::show);
        } catch (TooManyPreviewsException limited) {
            Paragraph message = new Paragraph(limited.getMessage());
            message.setId("try-rate-limited");
            message.addClassName("try-limited");
            result.add(message);
        }
    }

    private void show(SmartPickResult r) {
        EligibilitySummary eligibility = r.eligibility();
        int shown = Math.min(PreviewService.TOP_ENTRIES, r.entries().size());
        Div overall = new Div(new Span(Format.percent(r.matchChance().estimate())), new Span("chance of matching in "
                + r.specialty().displayName() + " if you apply to all " + Format.count(r.entries().size(), "program")
                + " SmartPick chose for this budget" + (shown < r.entries().size() ? " (the " + shown
                        + " likeliest are listed below)" : "") + "; 8 in 10 applicants with this profile: " + Format.percent(r.matchChance().low()) + " to "
                + Format.percent(r.matchChance().high()) + ". "
                + String.format(Locale.ROOT, "%.1f", r.expectedInterviews()) + " interviews expected; $" + r.totalCost()
                + " in fees and transcript. Calibrated on " + NrmpOutcomes.CITATION + "; an estimate."));
        overall.setId("try-overall");
        overall.addClassName("try-overall");
        UnorderedList warnings = new UnorderedList();
        warnings.setId("try-warnings");
        warnings.addClassName("try-warnings");
        r.warnings().forEach(warning -> warnings.add(new ListItem(warning)));
        UnorderedList why = new UnorderedList();
        why.add(new ListItem("Interviews: " + r.interviews().describe() + "."));
        why.add(new ListItem(r.end().explain()));
        why.add(new ListItem(eligibility.eligible() + " of " + eligibility.considered() + " "
                + r.specialty().displayName() + " programs are open to you."));
        eligibility.excludedByReason().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<IneligibilityReason, Integer>comparingByValue().reversed())
                .forEach(e -> why.add(new ListItem(e.getValue() + " left out: " + e.getKey().message() + ".")));
        if (r.plusTen().extraApplications() > 0) {
            why.add(new ListItem(Format.count(r.plusTen().extraApplications(), "more application", "more applications")
                    + " ($" + r.plusTen().extraCost() + ") would add " + Format.pointsSize(r.plusTen().chanceGain())
                    + " to the chance of matching."));
        }
        why.add(new ListItem(r.seasonNote()));
        if (r.warnings().isEmpty()) {
            warnings.setVisible(false);
        }
        OrderedList top = new OrderedList();
        top.setId("try-entries");
        top.addClassName("try-entries");
        for (RankedEntry entry : r.entries().stream().limit(PreviewService.TOP_ENTRIES).toList()) {
            top.add(entry(entry));
        }
        result.add(overall, warnings, why, new H2(shown < r.entries().size()
                ? "Your " + shown + " likeliest programs of " + r.entries().size() : "Your " + Format.count(shown, "program")), top);
        if (r.entries().isEmpty()) {
            result.add(new Paragraph("No program is open to this profile: see the reasons above."));
        }
    }

    private static ListItem entry(RankedEntry entry) {
        // the same badge as on a stored list, whose colours are checked for contrast in the stylesheet
        Span tier = new Span(tierName(entry.tier()));
        tier.addClassNames("tier-badge", "tier-" + entry.tier().name().toLowerCase(Locale.ROOT));
        Div bar = new Div();
        bar.addClassName("try-bar");
        bar.getStyle().set("--chance", String.format(Locale.ROOT, "%.1f%%", entry.probability() * 100));
        Div head = new Div(new Span(entry.program().name()), tier,
                new Span(Format.percent(entry.probability()) + " interview"), bar);
        head.addClassName("try-entry-head");
        // programs of one specialty often share a name ("Internal Medicine Residency"): the institution and the
        // place tell them apart
        Span where = new Span(entry.program().institution() + " · " + entry.program().city() + ", "
                + entry.program().state() + " · " + entry.program().type().displayName());
        where.addClassName("muted");
        Span because = new Span(entry.explanation().summary());
        because.addClassName("try-because");
        ListItem item = new ListItem(head, where, because);
        item.addClassName("try-entry");
        return item;
    }

    private static String tierName(Tier tier) {
        return tier.name().charAt(0) + tier.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The address the rate limit counts by; with a proxy in front, configure forwarded headers so this is the client. */
    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("specialty", specialty), Map.entry("step2Ck", step2Ck),
                Map.entry("attempts", attempts), Map.entry("graduationYear", graduationYear),
                Map.entry("visaNeed", visaNeed), Map.entry("handsOnUsceMonths", handsOnUsceMonths),
                Map.entry("observershipMonths", observershipMonths), Map.entry("usLetters", usLetters),
                Map.entry("researchItems", researchItems), Map.entry("preferredDivisions", regions),
                Map.entry("applications", applications));
    }

    private List<IntegerField> numbers() {
        return List.of(step2Ck, attempts, graduationYear, handsOnUsceMonths, observershipMonths, usLetters,
                researchItems, applications);
    }

    /**
     * The bounds go into the helper text, not the field's own min and max: the service's message then appears beside
     * the field, in words, instead of the field silently marking itself invalid.
     */
    private static void bounded(IntegerField field, String id, int min, int max, int value) {
        field.setId(id);
        field.setHelperText(min + " to " + max);
        field.setValue(value);
    }
}
