package com.smartpick.advising.load;

import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.profile.ApplicantProfile;
import com.smartpick.advising.profile.AreaPreference;
import com.smartpick.advising.profile.ExamResult;
import com.smartpick.advising.profile.ProfileService;
import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RunSetup;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The people of a load run, made on a demo portal through the features' services as the demo makes its own: groups of
 * an advisor, who creates a cohort and enrolls the group's students, a mentor assigned to all of them, and students
 * who keep a profile and log two records, one submitted, so the mentor's review queue and the advisor's readiness have
 * rows; the advisor publishes each student a SmartPick list (a run of budget 30, as it came) for their list page. They sign in as demo accounts, with the demo password.
 */
final class LoadPopulation {

    /** A person of the run and what their home page greets them with. */
    record Person(Role role, String username, String displayName) {
    }

    private LoadPopulation() {
    }

    /** Makes {@code groups} groups of one advisor, one mentor and {@code studentsPerGroup} students. */
    static List<Person> create(ApplicationContext portal, int groups, int studentsPerGroup) {
        PersonService people = portal.getBean(PersonService.class);
        CohortService cohorts = portal.getBean(CohortService.class);
        ProfileService profiles = portal.getBean(ProfileService.class);
        ExperienceService records = portal.getBean(ExperienceService.class);
        RankedListService lists = portal.getBean(RankedListService.class);
        List<Person> made = new ArrayList<>();
        try {
            for (int g = 1; g <= groups; g++) {
                Viewer advisor = account(people, made, Role.ADVISOR, "load-advisor-%03d".formatted(g), "Dr. Load Advisor " + g);
                Viewer mentor = account(people, made, Role.MENTOR, "load-mentor-%03d".formatted(g), "Dr. Load Mentor " + g);
                SignIn.as(advisor);
                long cohort = cohorts.create("Load cohort " + g, "2027 Main Residency Match").id();
                for (int s = 1; s <= studentsPerGroup; s++) {
                    int number = (g - 1) * studentsPerGroup + s;
                    Viewer student = account(people, made, Role.STUDENT, "load-student-%03d".formatted(number),
                            "Load Student " + number);
                    SignIn.as(advisor);
                    cohorts.enroll(cohort, student.personId());
                    cohorts.assignMentor(cohort, student.personId(), mentor.personId());
                    SignIn.as(student);
                    profiles.saveMyProfile(profile(student.personId(), number));
                    ExperienceRecord submitted = records.create(Experiences.usRotation("Load General Hospital " + number));
                    records.submit(submitted.id(), submitted.version());
                    records.create(Experiences.usRotation("Load Community Clinic " + number));
                    SignIn.as(advisor);
                    publishList(lists, student.personId());
                }
            }
        } finally {
            SignIn.out();
        }
        return made;
    }

    /** The advisor runs SmartPick for the student and publishes the list as it came, for the student's list page. */
    private static void publishList(RankedListService lists, long studentId) {
        RunSetup setup = lists.setup(studentId);
        RankedList list = lists.run(studentId, setup.defaultSpecialty(), 30, setup.inputs());
        list = lists.submitForReview(list.id(), list.version());
        list = lists.approve(list.id(), list.version());
        lists.publish(list.id(), list.version());
    }

    private static Viewer account(PersonService people, List<Person> made, Role role, String username, String name) {
        Viewer viewer = people.createDemoAccount(username, name, username + "@load.invalid", role)
                .orElseThrow(() -> new IllegalStateException(username + " exists already: load runs want a fresh database"));
        made.add(new Person(role, username, name));
        return viewer;
    }

    private static ApplicantProfile profile(long studentId, int number) {
        return new ApplicantProfile(studentId, "Load Medical College", "India", 2018 + number % 7, true, ExamResult.PASS,
                1, 225 + number % 30, 1, ExamResult.NOT_TAKEN, VisaNeed.J1, List.of(Specialty.INTERNAL_MEDICINE),
                List.of(CensusDivision.values()[number % CensusDivision.values().length]), AreaPreference.ANY,
                number % 5, ApplicantProfile.NEW);
    }
}
