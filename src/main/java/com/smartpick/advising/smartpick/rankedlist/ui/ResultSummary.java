package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.HelpTerm;
import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.engine.MarginalValue;
import com.smartpick.advising.smartpick.engine.NrmpOutcomes;
import com.smartpick.advising.smartpick.engine.Tier;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;

/**
 * A list's figures: the chance of matching with its range, the interviews expected, the cost, where the list stops and
 * why, warnings, the chart of chance against applications, marginal value, signals.
 */
class ResultSummary extends Div {

    ResultSummary(Figures figures, AdvisingProperties properties) {
        addClassName("result-summary");
        Div stats = new Div(
                headline(figures),
                stat("applications", Integer.toString(figures.applications()),
                        (figures.applications() == 1 ? "application" : "applications") + " · $" + figures.totalCost()),
                stat("expected", String.format(Locale.ROOT, "%.1f", figures.expectedInterviews()), "interviews expected"),
                stat("eligible", figures.eligible() + " of " + figures.considered(), "programs eligible"));
        stats.addClassName("stats");
        Paragraph end = new Paragraph(figures.listEnd());
        end.setId("list-end");
        end.addClassName("list-end");
        Paragraph season = new Paragraph(figures.seasonNote());
        season.addClassName("muted");
        Paragraph source = new Paragraph("Chances are calibrated on " + NrmpOutcomes.CITATION + "; visa, US clinical "
                + "experience, letters, years since graduation and signals are estimates. " + Tier.explained());
        source.addClassName("muted");
        source.setId("list-source");
        Paragraph help = new Paragraph(HelpTerm.CHANCE.link(properties, "What the chance of matching means"),
                new Span(" · "), HelpTerm.RANGE.link(properties, "its range"), new Span(" · "),
                HelpTerm.TIERS.link(properties, "Reach, Target and Likely"));
        help.setId("summary-help");
        help.addClassName("help-links");

        Paragraph plusOne = new Paragraph(marginal("One more application", 1, figures.plusOne()));
        plusOne.setId("plus-one");
        Paragraph plusTen = new Paragraph(marginal("Ten more applications", 10, figures.plusTen()));
        plusTen.setId("plus-ten");
        Div marginal = new Div(new H3("What more applications add"), plusOne, plusTen);
        marginal.addClassName("marginal");

        UnorderedList advice = new UnorderedList();
        figures.signalAdvice().stream().skip(1).forEach(line -> advice.add(new ListItem(line)));
        Details signals = new Details(figures.signalAdvice().isEmpty() ? "Signals" : "Signals: " + figures.signalAdvice().get(0),
                advice, HelpTerm.SIGNALS.link(properties, "What signals are"));
        signals.addClassName("signal-advice");
        signals.setId("signal-advice");

        Div chart = new Div(new H3("Chance of matching against number of applications"), ChanceChart.of(figures.curve(), figures.applications()));
        chart.addClassName("chart-box");
        Div side = new Div(marginal, signals);
        side.addClassName("summary-side");
        Div body = new Div(chart, side);
        body.addClassName("summary-body");
        add(stats, help);
        if (figures.interviews() != null) {
            Paragraph interviews = new Paragraph("Interviews this list brings: " + figures.interviews().describe() + ".");
            interviews.setId("interview-counts");
            add(interviews);
        }
        if (!figures.warnings().isEmpty()) {
            UnorderedList warnings = new UnorderedList();
            figures.warnings().forEach(warning -> warnings.add(new ListItem(warning)));
            Div box = new Div(new H3("Check before relying on these figures"), warnings);
            box.addClassName("list-warnings");
            box.setId("list-warnings");
            add(box);
        }
        add(end, body, season, source);
    }

    private static Div headline(Figures figures) {
        if (figures.legacyInterviewsNeeded() != null) {
            return stat("match-chance", Format.percent(figures.matchChance().estimate()), "chance of at least "
                    + figures.legacyInterviewsNeeded() + " interviews (made before SmartPick gave the chance of matching)");
        }
        return stat("match-chance", Format.percent(figures.matchChance().estimate()), "chance of matching; 8 in 10 "
                + "applicants with this profile " + Format.percent(figures.matchChance().low()) + "–"
                + Format.percent(figures.matchChance().high()));
    }

    private static Div stat(String id, String value, String caption) {
        Span big = new Span(value);
        big.addClassName("stat-value");
        Span small = new Span(caption);
        small.addClassName("muted");
        Div stat = new Div(big, small);
        stat.addClassName("stat");
        stat.setId(id);
        return stat;
    }

    /** E.g. "One more application ($30) adds 0.8 points to the chance of matching." */
    static String marginal(String what, int asked, MarginalValue value) {
        if (value.extraApplications() == 0) {
            return what + ": no further eligible program to add.";
        }
        String left = value.extraApplications() < asked ? "only " + value.extraApplications() + " left, " : "";
        return what + " (" + left + "$" + value.extraCost() + ") add" + (asked == 1 ? "s " : " ")
                + Format.pointsSize(value.chanceGain()) + " to the chance of matching.";
    }
}
