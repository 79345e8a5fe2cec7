package com.smartpick.advising.smartpick.rankedlist.bench;

import static com.smartpick.advising.smartpick.rankedlist.bench.RankedListBenchmark.CYCLES;
import static com.smartpick.advising.smartpick.rankedlist.bench.RankedListBenchmark.RUNS;
import static com.smartpick.advising.smartpick.rankedlist.bench.RankedListBenchmark.WARM_UP;

import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.rankedlist.ui.MyListView;
import com.smartpick.advising.smartpick.rankedlist.ui.StudentListsView;
import com.smartpick.advising.support.SignIn;
import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.context.ApplicationContext;

/**
 * The list pages and their actions on the server, through Vaadin's browserless testing: a navigation (in a new
 * window, as a page load is) or a click, the services it calls, building or changing the components, and the round
 * trip that writes the changes for the browser. What the network and the browser add is {@link BrowserTimings}'.
 */
final class ViewTimings {

    private static final String LAUNCHER_VIEWS = "com.smartpick.advising.standalone";

    private ViewTimings() {
    }

    static void run(Timings timings, ApplicationContext spring, RankedListBenchmark.People people,
            RankedListBenchmark.Seeded seeded) {
        try (BrowserlessApplicationContext vaadin = SpringBrowserlessApplicationContext.create(spring, LAUNCHER_VIEWS)) {
            String staffPage = "advising/smartpick/students/" + people.student().personId();
            BrowserlessUserContext advisor = user(vaadin, people.advisor());
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                BrowserlessUIContext window = advisor.newWindow();
                timings.time("staff page (StudentListsView, the draft)", i >= WARM_UP, () -> {
                    window.navigate(staffPage, StudentListsView.class);
                    window.roundTrip();
                });
                window.close();
            }
            BrowserlessUIContext window = advisor.newWindow();
            window.navigate(staffPage, StudentListsView.class);
            window.roundTrip();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                overrides(window, timings, i >= WARM_UP, 20 + i);
            }
            window.close();
            workflow(advisor.newWindow(), timings, "advising/smartpick/students/" + people.workflowStudent());

            BrowserlessUserContext student = user(vaadin, people.student());
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                BrowserlessUIContext own = student.newWindow();
                timings.time("student page (MyListView, the published version)", i >= WARM_UP, () -> {
                    own.navigate("advising/smartpick/my-list", MyListView.class);
                    own.roundTrip();
                });
                if (own.find(Div.class).withClassName("entry-card").all().size() != seeded.published().keptEntries().size()) {
                    throw new IllegalStateException("The student's page does not show the published version's kept entries.");
                }
                own.close();
            }
        } finally {
            SignIn.out();
        }
    }

    /** A user of their own for each person: the window's user carries the sign-in, as a browser session does. */
    private static BrowserlessUserContext user(BrowserlessApplicationContext vaadin, Viewer viewer) {
        SignIn.as(viewer);
        return vaadin.newUser();
    }

    /** Pin, unpin, exclude (the dialog's save), include, one place down and an annotation on the card at {@code place}. */
    private static void overrides(BrowserlessUIContext window, Timings timings, boolean keep, int place) {
        timings.time("pin", keep, () -> click(window, button(window, place, "pin-button")));
        timings.time("unpin", keep, () -> click(window, button(window, place, "pin-button")));
        click(window, button(window, place, "exclude-button"));
        window.find(TextArea.class).withId("entry-dialog-text").single().setValue("Bench: too far.");
        timings.time("exclude (the dialog's save)", keep, () -> click(window, window.find(Button.class).withId("entry-dialog-save").single()));
        timings.time("include", keep, () -> click(window, button(window, place, "include-button")));
        timings.time("move (one place down)", keep, () -> click(window, button(window, 60, "down-button")));
        click(window, button(window, place, "annotate-button"));
        window.find(TextArea.class).withId("entry-dialog-text").single().setValue("Bench: check the visa.");
        timings.time("annotate (the dialog's save)", keep, () -> click(window, window.find(Button.class).withId("entry-dialog-save").single()));
    }

    /** The budget slider, then save a version, submit, back to draft, submit, approve, publish. */
    private static void workflow(BrowserlessUIContext window, Timings timings, String page) {
        window.navigate(page, StudentListsView.class);
        window.roundTrip();
        Input slider = window.find(Input.class).withId("budget-slider").single();
        for (int i = 0; i < 2 + CYCLES; i++) {
            boolean keep = i >= 2;
            timings.time("budget slider (live preview)", keep, () -> {
                slider.setValue(Integer.toString(RankedListBenchmark.BUDGET - 1));
                window.roundTrip();
            });
            timings.time("budget slider (live preview)", keep, () -> {
                slider.setValue(Integer.toString(RankedListBenchmark.BUDGET));
                window.roundTrip();
            });
            timings.time("run (save a version)", keep, () -> click(window, window.find(Button.class).withId("run-list").single()));
            expectStatus(window, "Draft");
            for (String[] step : new String[][] {{"submit for review", "submit-review", "In review"},
                    {"return to draft", "return-draft", "Draft"}, {"submit for review", "submit-review", "In review"},
                    {"approve", "approve-list", "Approved"}, {"publish", "publish-list", "Published"}}) {
                timings.time(step[0], keep, () -> {
                    click(window, window.find(Button.class).withId(step[1]).single());
                    // approving and publishing ask first
                    window.find(Button.class).withId("step-confirm").all().forEach(confirm -> click(window, confirm));
                });
                expectStatus(window, step[2]);
            }
        }
        window.close();
    }

    private static void expectStatus(BrowserlessUIContext window, String status) {
        String shown = window.find(Span.class).withId("list-status").single().getText();
        if (!shown.equals(status)) {
            throw new IllegalStateException("The page shows " + shown + ", not " + status + ".");
        }
    }

    private static Button button(BrowserlessUIContext window, int place, String cssClass) {
        Component card = window.find(Div.class).withId("entry-" + place).single();
        return window.find(Button.class).from(card).withClassName(cssClass).single();
    }

    private static void click(BrowserlessUIContext window, Button button) {
        window.test(button).click();
        window.roundTrip();
    }
}
