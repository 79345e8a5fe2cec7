package com.smartpick.advising.help.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.HelpTerm;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.smartpick.engine.NrmpOutcomes;
import com.smartpick.advising.smartpick.engine.Tier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/**
 * What the words on SmartPick Advising's pages mean: one section per {@link HelpTerm}, its id the term's anchor, so the
 * pages that show those words link straight to their explanation.
 */
@AdvisingView(HelpTerm.ROUTE)
@InMenu(label = "Help", icon = VaadinIcon.QUESTION_CIRCLE_O, order = 900)
@PermitAll
@PageTitle("Help · SmartPick Advising")
public class HelpView extends VerticalLayout {

    public HelpView(AdvisingProperties properties) {
        addClassName("help-view");
        add(new H1("Help: what the words mean"),
                new Paragraph("The words SmartPick Advising uses for SmartPick lists, signals and notes, explained. "
                        + "Pages that show these words link here."), contents(properties));
        for (HelpTerm term : HelpTerm.values()) {
            add(section(term));
        }
    }

    /** The terms as links: a reader jumps to one, and the keyboard can reach (and so scroll) the page. */
    private static Nav contents(AdvisingProperties properties) {
        Nav contents = new Nav();
        contents.setId("help-contents");
        contents.getElement().setAttribute("aria-label", "Terms on this page");
        contents.addClassName("help-contents");
        for (HelpTerm term : HelpTerm.values()) {
            contents.add(term.link(properties, title(term)));
        }
        return contents;
    }

    private static Section section(HelpTerm term) {
        Section section = new Section();
        section.setId(term.anchor());
        section.addClassName("help-term");
        section.add(new H2(title(term)));
        body(term).forEach(section::add);
        return section;
    }

    static String title(HelpTerm term) {
        return switch (term) {
            case TIERS -> "Reach, Target and Likely";
            case SIGNALS -> "Signals";
            case CHANCE -> "Chance of matching";
            case RANGE -> "The range of the chance";
            case STAFF_ONLY -> "Staff only";
        };
    }

    private static List<Component> body(HelpTerm term) {
        return switch (term) {
            case TIERS -> List.of(
                    new Paragraph("Each program on a SmartPick list has a tier: how likely that program is to invite "
                            + "you to an interview, by SmartPick's estimate for an applicant with your profile."),
                    tiers(),
                    new Paragraph(Tier.explained()));
            case SIGNALS -> List.of(
                    new Paragraph("Preference signals are ERAS's way to tell a program it is one of your top choices. "
                            + "Each season a specialty allows a set number of them; some specialties have two kinds, "
                            + "gold (primary) and silver (secondary). A signal goes with an application to that program."),
                    new Paragraph("Programs interview applicants who signalled them more often. SmartPick counts a "
                            + "signal you placed in that program's chance of an interview, and suggests where the signals "
                            + "you have not placed yet raise your chance of matching most: usually programs in the "
                            + "middle, since a signal barely moves a program that would interview you anyway or one far "
                            + "out of reach."));
            case CHANCE -> List.of(
                    new Paragraph("The chance of matching is an estimate, not a promise: SmartPick's estimate of how "
                            + "likely an applicant with your profile is to match in the specialty if they apply to the "
                            + "programs kept on the list. Each program's own figure is the chance of an interview there."),
                    new Paragraph("The estimate is calibrated on the outcomes the NRMP publishes for non-US "
                            + "international medical graduates: " + NrmpOutcomes.CITATION + ". Nothing about any "
                            + "applicant is used, only those published totals; visa needs, US clinical experience, "
                            + "letters, years since graduation and signals are SmartPick's own estimates on top."));
            case RANGE -> List.of(
                    new Paragraph("Two applicants with the same scores and records do not fare the same: interviews go "
                            + "well or badly, programs weigh things no record shows. The range beside the chance says "
                            + "how far apart they end up: 8 in 10 applicants with this profile have a chance between "
                            + "its two ends. The lower end is an applicant less fortunate than most, the upper end one "
                            + "more fortunate."));
            case STAFF_ONLY -> List.of(
                    new Paragraph("Staff only means for advisors, mentors and administrators, never for the student. "
                            + "A note marked staff only, the annotations on a SmartPick list, the reasons a program was "
                            + "left off a list and the reason a list was approved over a concern are never sent to the "
                            + "student's screen at all: the system leaves them out before the page is made, so they "
                            + "cannot be shown by mistake."));
        };
    }

    /** Each tier's term has its own id, e.g. {@code tier-target}, for a badge to link to. */
    private static Component tiers() {
        DescriptionList tiers = new DescriptionList();
        tier(tiers, "Reach", "A program that interviews few applicants with this profile: worth an application only "
                + "among many others.");
        tier(tiers, "Target", "A program where an interview is a fair prospect.");
        tier(tiers, "Likely", "A program that interviews most applicants with this profile.");
        return tiers;
    }

    private static void tier(DescriptionList tiers, String name, String meaning) {
        DescriptionList.Term term = new DescriptionList.Term(name);
        term.setId("tier-" + name.toLowerCase(Locale.ROOT));
        tiers.add(term, new DescriptionList.Description(meaning));
    }
}
