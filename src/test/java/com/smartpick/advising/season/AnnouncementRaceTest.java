package com.smartpick.advising.season;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.AtOnce;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily job as two instances would run it: at once, each in its own transaction. Each announcement goes out once.
 * Committed data, since the two transactions must see each other's; the names are unique to the run.
 */
@AdvisingTest
class AnnouncementRaceTest {

    @Autowired DSLContext db;
    @Autowired SeasonService seasons;
    @Autowired TaskAnnouncements announcements;
    @Autowired InboxService inbox;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void two_instances_running_the_job_at_once_announce_each_task_once() throws Exception {
        TestData data = new TestData(db);
        Viewer advisor = data.person("Race advisor", Role.ADVISOR);
        long cohort = data.cohort("Race cohort", advisor);
        Viewer student = data.person("Race student", Role.STUDENT);
        data.enroll(cohort, student);
        SignIn.as(advisor);
        seasons.adjust(cohort, Milestone.APPLICATIONS_SUBMIT, 0, LocalDate.now().minusDays(1), null);
        SignIn.out();

        AtOnce.run(2, announcements::announce);

        SignIn.as(student);
        List<String> received = inbox.mine().stream().map(n -> n.kind() + " " + n.subjectId()).toList();
        assertThat(received).containsExactlyInAnyOrder("task.late 1", "task.late 2", "task.late 3", "task.late 4",
                "task.late 5");
        assertThat(announcements.announce()).as("a later run finds nothing new").isZero();
    }
}
