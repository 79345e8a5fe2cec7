package com.smartpick.advising.student.ui;

import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.BackLink;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.NotFoundMessage;
import com.smartpick.advising.eras.ui.ErasView;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.experience.ui.ExperienceList;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.ui.FeedbackPanel;
import com.smartpick.advising.profile.ApplicantProfile;
import com.smartpick.advising.profile.ProfileService;
import com.smartpick.advising.profile.ui.ProfileSummary;
import com.smartpick.advising.season.SeasonService;
import com.smartpick.advising.season.StudentSeason;
import com.smartpick.advising.season.ui.TaskList;
import com.smartpick.advising.smartpick.rankedlist.ui.StudentListsView;
import com.smartpick.advising.statement.PersonalStatement;
import com.smartpick.advising.statement.StatementService;
import com.smartpick.advising.statement.ui.SharedStatementView;
import com.smartpick.advising.student.StudentRow;
import com.smartpick.advising.student.StudentService;
import com.smartpick.advising.tracker.ui.StudentApplicationsView;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * One student, for staff who may see them. An id the viewer has no interest in (or that does not exist) shows
 * "not found" and nothing else.
 */
@AdvisingView("students/:" + StudentView.STUDENT_ID)
@RolesAllowed({"ADVISOR", "MENTOR", "ADMIN"})
public class StudentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String STUDENT_ID = "studentId";

    private final StudentService students;
    private final ProfileService profiles;
    private final ExperienceService experience;
    private final FeedbackService feedback;
    private final UnsavedTextService unsaved;
    private final SeasonService seasons;
    private final StatementService statements;
    private String title = "Student · SmartPick Advising";

    public StudentView(StudentService students, ProfileService profiles, ExperienceService experience,
            FeedbackService feedback, UnsavedTextService unsaved, SeasonService seasons, StatementService statements) {
        this.students = students;
        this.statements = statements;
        this.seasons = seasons;
        this.unsaved = unsaved;
        this.profiles = profiles;
        this.experience = experience;
        this.feedback = feedback;
        addClassName("student-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(BackLink.to(MyStudentsView.class));
        try {
            long id = Long.parseLong(event.getRouteParameters().get(StudentView.STUDENT_ID).orElse(""));
            StudentRow student = students.student(id);
            ApplicantProfile profile = profiles.profileOf(id);
            title = student.displayName() + " · SmartPick Advising";
            add(new H1(student.displayName()));
            add(new Paragraph((student.email() == null ? "" : student.email() + " · ")
                    + "Cohorts: " + orNone(student.cohorts()) + " · Mentors: " + orNone(student.mentors())));
            StudentSeason season = seasons.studentSeason(id);
            H2 tasks = new H2(season.late() > 0 ? "Season tasks (" + season.late() + " late)" : "Season tasks");
            tasks.setId("student-season-tasks");
            add(new ProfileSummary(profile), tasks, new TaskList(season, null), new H2("Experience"),
                    new ExperienceList(experience.recordsOf(id), experience.summaryOf(id)),
                    sharedStatements(id), new FeedbackPanel("General feedback", feedback, FeedbackAbout.GENERAL, id, () -> feedback.generalAbout(id),
                            unsaved));
            linkIfRegistered("ERAS experiences", ErasView.class, ErasView.STUDENT_ID, id).ifPresent(eras -> {
                eras.setId("student-eras");
                add(eras);
            });
            linkIfRegistered("SmartPick lists", StudentListsView.class, StudentListsView.STUDENT_ID, id).ifPresent(this::add);
            linkIfRegistered("Applications and interviews", StudentApplicationsView.class,
                    StudentApplicationsView.STUDENT_ID, id).ifPresent(applications -> {
                        applications.setId("student-applications");
                        add(applications);
                    });
        } catch (NumberFormatException | NotFoundException e) {
            title = NotFoundMessage.PAGE_TITLE;
            add(new NotFoundMessage("Student", "There is no student with this id among the students you advise or mentor."));
        }
    }

    /** The drafts the student shared: staff read only those, and comment on each on its own page. */
    private Div sharedStatements(long studentId) {
        H2 heading = new H2("Personal statements shared with you");
        Div box = new Div(heading);
        box.setId("student-statements");
        List<PersonalStatement> shared = statements.draftsOf(studentId);
        if (shared.isEmpty()) {
            box.add(new Paragraph("None shared yet. A student shares a draft from their Personal statement page when "
                    + "they want comments."));
        }
        for (PersonalStatement draft : shared) {
            RouterLink link = new RouterLink(draft.title(), SharedStatementView.class, SharedStatementView.of(draft.id()));
            Span saved = new Span(" · last saved " + Dates.when(draft.updatedAt()));
            saved.addClassName("muted");
            box.add(new Div(link, saved));
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Another feature's page of this student; none where a host switched that feature off, leaving it no route. */
    private static Optional<RouterLink> linkIfRegistered(String text, Class<? extends Component> view, String parameter,
            long studentId) {
        return RouteConfiguration.forApplicationScope().isRouteRegistered(view)
                ? Optional.of(new RouterLink(text, view, new RouteParameters(parameter, Long.toString(studentId))))
                : Optional.empty();
    }

    private static String orNone(String names) {
        return names.isEmpty() ? "none" : names;
    }
}
