package com.smartpick.advising.season.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.season.CalendarFeeds;
import com.smartpick.advising.season.SeasonService;
import com.smartpick.advising.season.StudentSeason;
import com.smartpick.advising.season.TaskKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The student's season: her tasks (late ones first to the eye), the month calendar of milestones and due dates, the
 * milestones with their sources, and the secret link a calendar app subscribes to.
 */
@AdvisingView("season")
@InMenu(label = "My season", icon = VaadinIcon.CALENDAR, order = 77)
@RolesAllowed("STUDENT")
@PageTitle("My season · SmartPick Advising")
public class MySeasonView extends VerticalLayout {

    private final SeasonService seasons;
    private final AdvisingProperties properties;
    private final Clock clock;
    private final Div tasks = new Div();
    private final Div feed = new Div();

    public MySeasonView(SeasonService seasons, AdvisingProperties properties, Clock clock) {
        this.seasons = seasons;
        this.properties = properties;
        this.clock = clock;
        addClassName("season-view");
        StudentSeason season = seasons.mySeason();
        add(new H1("My season: " + season.calendarName()));
        add(new Paragraph("Your tasks are due on your cohort's dates. Dates marked \"estimate\" follow the previous "
                + "season's published calendar; your advisor may set your cohort's own."));
        tasks.setId("season-my-tasks");
        feed.setId("season-feed");
        add(new H2("Tasks"), tasks, new H2("Calendar"),
                new MonthCalendar(CalendarEntry.of(season.milestones(), season.tasks()), LocalDate.now(clock)),
                new H2("Milestones"), new MilestoneList(season.milestones()), new H2("Subscribe in your calendar app"), feed);
        showTasks(season);
        showFeed(null);
    }

    private void showTasks(StudentSeason season) {
        tasks.removeAll();
        tasks.add(new TaskList(season, this::confirm));
    }

    private void confirm(TaskKind task, boolean done) {
        UserActions.result(() -> seasons.confirm(task, done)).ifPresent(this::showTasks);
    }

    /** {@code token}: a link just made, shown this once (only its hash is kept). */
    private void showFeed(@Nullable String token) {
        feed.removeAll();
        feed.add(new Paragraph("A private link that calendar apps (Google, Apple, Outlook) subscribe to. It shows your "
                + "cohort's milestones and the titles of your tasks, nothing else. Anyone with the link can read that, "
                + "so keep it to yourself; make a new one or stop it if it got out."));
        if (token != null) {
            TextField link = new TextField("Your calendar link (copy it now: it is shown only once)");
            link.setId("season-feed-link");
            link.setValue(feedUrl(token));
            link.setReadOnly(true);
            link.setWidthFull();
            feed.add(link);
        } else if (seasons.hasFeed()) {
            feed.add(new Paragraph("Your link is active. It is not shown again: make a new link to see one (the old "
                    + "one stops working)."));
        }
        Button make = new Button(seasons.hasFeed() || token != null ? "Make a new link" : "Make my calendar link",
                click -> UserActions.result(seasons::newFeedToken).ifPresent(this::showFeed));
        make.setId("season-feed-make");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        feed.add(make);
        if (token != null || seasons.hasFeed()) {
            Button stop = new Button("Stop the link", click -> {
                if (UserActions.attempt(seasons::revokeFeed)) {
                    showFeed(null);
                }
            });
            stop.setId("season-feed-revoke");
            stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            feed.add(stop);
        }
    }

    private String feedUrl(String token) {
        String path = properties.apiPath() + CalendarFeeds.path(token);
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return path;
        }
        HttpServletRequest request = current.getHttpServletRequest();
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath() + path;
    }
}
