package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.engine.MarginalValue;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;

/** A list's figures: the overall chance, its cost, the chart of chance against applications, marginal value, signals. */
class ResultSummary extends Div {

    ResultSummary(Figures figures) {
        addClassName("result-summary");
        Div stats = new Div(
                stat("overall-chance", Format.percent(figures.overallChance()),
                        "chance of at least " + figures.interviewsNeeded() + " interviews"),
                stat("applications", Integer.toString(figures.applications()), "applications · $" + figures.totalCost()),
                stat("expected", String.format(Locale.ROOT, "%.1f", figures.expectedInterviews()), "interviews expected"),
                stat("eligible", figures.eligible() + " of " + figures.considered(), "programs eligible"));
        stats.addClassName("stats");

        Paragraph plusOne = new Paragraph(marginal("One more application", 1, figures.plusOne()));
        plusOne.setId("plus-one");
        Paragraph plusTen = new Paragraph(marginal("Ten more applications", 10, figures.plusTen()));
        plusTen.setId("plus-ten");
        Div marginal = new Div(new H3("What more applications add"), plusOne, plusTen);
        marginal.addClassName("marginal");

        UnorderedList advice = new UnorderedList();
        figures.signalAdvice().stream().skip(1).forEach(line -> advice.add(new ListItem(line)));
        Details signals = new Details(figures.signalAdvice().isEmpty() ? "Signals" : "Signals: " + figures.signalAdvice().get(0),
                advice);
        signals.addClassName("signal-advice");
        signals.setId("signal-advice");

        Div chart = new Div(new H3("Chance against number of applications"), ChanceChart.of(figures.curve(), figures.applications()));
        chart.addClassName("chart-box");
        Div side = new Div(marginal, signals);
        side.addClassName("summary-side");
        Div body = new Div(chart, side);
        body.addClassName("summary-body");
        add(stats, body);
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

    /** E.g. "One more application ($30) adds +0.8 percentage points." */
    static String marginal(String what, int asked, MarginalValue value) {
        if (value.extraApplications() == 0) {
            return what + ": no further eligible program to add.";
        }
        String left = value.extraApplications() < asked ? "only " + value.extraApplications() + " left, " : "";
        return what + " (" + left + "$" + value.extraCost() + ") add" + (asked == 1 ? "s " : " ")
                + String.format(Locale.ROOT, "%+.1f", value.chanceGain() * 100) + " percentage points.";
    }
}
