package com.smartpick.advising.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.cohort.CurrentCohorts;
import com.smartpick.advising.season.SeasonFigures;
import com.smartpick.advising.standalone.StandaloneApplication;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo a fresh installation loads, counted in the database: the services the demo goes through refuse loudly, but
 * one that quietly did nothing (an enrollment found already there, a step skipped) would leave the demo short, and
 * these counts with it. A server of its own, so no other test has touched the demo's rows.
 */
@SpringBootTest(classes = StandaloneApplication.class)
// closed after the class, which stops its server, so JUnit can remove the data folder
@DirtiesContext
class DemoDataTest {

    static final String INTERNAL_MEDICINE = "IMG Cohort 2027 · Internal Medicine";
    static final String PRIMARY_CARE = "IMG Cohort 2027 · Primary Care & Psychiatry";
    static final String PAST = "2026 Match · demo data, simulated outcomes";

    /** What the demo holds without SmartPick; a label not listed counts zero. */
    static final Map<String, Integer> WITHOUT_SMARTPICK = ordered(
            "accounts ADMIN", 1, "accounts ADVISOR", 2, "accounts MENTOR", 3, "accounts STUDENT", 40,
            INTERNAL_MEDICINE + " ACTIVE", 20, PRIMARY_CARE + " ACTIVE", 19, PRIMARY_CARE + " WITHDRAWN", 1,
            "withdrawn: student38", 1,
            "mentor assignments", 38, "profiles", 35,
            "records VERIFIED", 24, "records SUBMITTED", 10, "records CHANGES_REQUESTED", 4, "records DRAFT", 2,
            "records waiting for review over 7 days", 8,
            "feedback STUDENT", 10, "feedback STAFF_ONLY", 4, "personal statements", 4,
            // the students' read and unread news, what the staff heard of submissions, letters and feedback, and the
            // shared statement told to its student's mentors and advisors
            "notifications read", 24, "notifications unread", 107,
            "letters of Sofia Haddad APPROVED waived", 1, "letters of Sofia Haddad SUBMITTED kept", 1,
            "letters of Sofia Haddad DRAFTING waived", 1, "letters of Sofia Haddad REQUESTED kept", 1,
            "letters of Rahul Mehta APPROVED kept", 1, "letters of Rahul Mehta RETURNED waived", 1,
            "letters of Rahul Mehta DECLINED kept", 1, "letter revisions", 5,
            "ERAS entries of Sofia Haddad", 2,
            "audit cohort.enroll", 40, "audit experience.verify", 24, "audit letter.read", 4, "audit eras.save", 1);
    /** What SmartPick adds to it. */
    static final Map<String, Integer> SMARTPICK = ordered(
            "programs", 6600,
            "ranked lists of Sofia Haddad PUBLISHED", 1, "ranked lists of Sofia Haddad DRAFT", 1,
            "ranked lists of Rahul Mehta IN_REVIEW", 1, "audit rankedlist.publish", 21,
            // the tracker: the demo student's season under way, and a cohort's finished 2026 season (simulated from
            // SmartPick's predictions with a fixed seed): 20 more students, each with a published list
            "accounts STUDENT", 60, "profiles", 55, "audit cohort.enroll", 60, PAST + " ACTIVE", 20,
            "ranked lists of the 2026 season PUBLISHED", 20, "tracked programs 2027 of Sofia Haddad", 29,
            "tracked programs 2026", 779, "tracked programs 2026 invited", 12, "tracked outcomes 2026 MATCHED", 3,
            "tracked outcomes 2026 NOT_MATCHED", 18, "tracked outcomes 2026 SOAP_OFFER", 6, "audit tracker.save", 39,
            // the lists' review steps and annotations, told to the other staff; Sofia and the 20 past students of
            // their published lists
            "notifications unread", 135,
            // the catalog is seeded at start-up, by no one signed in; every other event is a demo person's
            "audit events by the system", 1, "audit events by no demo person", 1);

    @TempDir static Path data;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) {
        registry.add("advising.embedded-db.data-dir", data::toString);
    }

    @Autowired DSLContext db;

    @Test
    void a_fresh_installation_holds_the_demo_people_cohorts_records_letters_and_lists() {
        Map<String, Integer> expected = new LinkedHashMap<>(WITHOUT_SMARTPICK);
        expected.putAll(SMARTPICK);

        assertThat(counts(db)).containsExactlyInAnyOrderEntriesOf(expected);
    }

    /** The day's announcements of late tasks: one for each task the dashboard counts late, as of the day it ran. */
    @Test
    void each_late_season_task_of_a_demo_student_was_announced_once() {
        Field<Long> student = DSL.field(DSL.name("p", "id"), Long.class);
        CurrentCohorts current = CurrentCohorts.as("current_cohort");
        int late = db.select(DSL.coalesce(DSL.sum(SeasonFigures.lateTaskCount(student, current.cohortId(),
                        current.matchSeason(), LocalDate.now())), DSL.inline(0)))
                .from(DSL.table(DSL.name("advising", "person")).as("p"))
                .leftJoin(current.table()).on(current.studentId().eq(student))
                .where(DSL.field(DSL.name("p", "subject"), String.class).like("demo:%"))
                .fetchSingle(0, Integer.class);
        int announced = db.fetchSingle("select count(*)::int from advising.notification where kind = 'task.late'")
                .get(0, Integer.class);

        assertThat(late).isPositive();
        assertThat(announced).isEqualTo(late);
    }

    /** Label → count, a label only where its count is above zero (so what is absent is missing, not zero). */
    static Map<String, Integer> counts(DSLContext db) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Record row : db.fetch("""
                select 'accounts ' || r, count(*)::int from advising.person, unnest(roles) r
                  where subject like 'demo:%' group by r
                union all select c.name || ' ' || e.status, count(*)::int from advising.enrollment e
                  join advising.cohort c on c.id = e.cohort_id group by c.name, e.status
                union all select 'withdrawn: ' || substr(p.subject, 6), count(*)::int from advising.enrollment e
                  join advising.person p on p.id = e.student_id where e.status = 'WITHDRAWN' group by p.subject
                union all select 'mentor assignments', count(*)::int from advising.mentor_assignment
                union all select 'profiles', count(*)::int from advising.applicant_profile
                union all select 'records ' || status, count(*)::int from advising.experience_record group by status
                union all select 'records waiting for review over 7 days', count(*)::int from advising.experience_record
                  where status = 'SUBMITTED' and submitted_at < now() - interval '7 days'
                union all select 'feedback ' || visibility, count(*)::int from advising.feedback group by visibility
                union all select 'personal statements', count(*)::int from advising.personal_statement
                union all select case when read_at is null then 'notifications unread' else 'notifications read' end,
                  count(*)::int from advising.notification where kind not like 'task.%' group by read_at is null
                union all select 'letters of ' || p.display_name || ' ' || l.status
                  || case when l.waived then ' waived' else ' kept' end, count(*)::int from advising.letter l
                  join advising.person p on p.id = l.student_id group by p.display_name, l.status, l.waived
                union all select 'letter revisions', count(*)::int from advising.letter_revision
                union all select 'ERAS entries of ' || p.display_name, count(*)::int from advising.eras_entry e
                  join advising.person p on p.id = e.student_id group by p.display_name
                union all select 'programs', count(*)::int from advising.program
                union all select 'ranked lists of ' || p.display_name || ' ' || l.status, count(*)::int
                  from advising.ranked_list l join advising.person p on p.id = l.student_id
                  where p.subject not like 'demo:past%' group by p.display_name, l.status
                union all select 'ranked lists of the 2026 season ' || l.status, count(*)::int
                  from advising.ranked_list l join advising.person p on p.id = l.student_id
                  where p.subject like 'demo:past%' group by l.status
                union all select 'tracked programs ' || t.match_year || ' of ' || p.display_name, count(*)::int
                  from advising.tracked_program t join advising.person p on p.id = t.student_id
                  where p.subject not like 'demo:past%' group by t.match_year, p.display_name
                union all select 'tracked programs ' || match_year
                  || case when invited_on is null then '' else ' invited' end, count(*)::int
                  from advising.tracked_program where match_year = 2026 group by match_year, invited_on is null
                union all select 'tracked outcomes ' || match_year || ' ' || outcome, count(*)::int
                  from advising.tracked_program where outcome is not null group by match_year, outcome
                union all select 'audit ' || action, count(*)::int from advising.audit_event
                  where action in ('cohort.enroll', 'experience.verify', 'letter.read', 'eras.save', 'rankedlist.publish',
                    'tracker.save')
                  group by action
                union all select 'audit events by the system', count(*)::int from advising.audit_event
                  where actor_name = 'system'
                union all select 'audit events by no demo person', count(*)::int from advising.audit_event a
                  where not exists (select from advising.person p where p.id = a.actor_id and p.subject like 'demo:%')
                """)) {
            int count = row.get(1, Integer.class);
            if (count > 0) {
                counts.put(row.get(0, String.class), count);
            }
        }
        return counts;
    }

    private static Map<String, Integer> ordered(Object... labelsAndCounts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndCounts.length; i += 2) {
            map.put((String) labelsAndCounts[i], (Integer) labelsAndCounts[i + 1]);
        }
        return map;
    }
}
