package com.smartpick.advising.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class AuditSearchTest {

    @Autowired DSLContext db;
    @Autowired AuditTrail trail;
    @Autowired AuditService audit;
    @Autowired AuditRepository repository;
    Viewer student;
    Viewer mentor;
    Viewer advisor;

    @BeforeEach
    void events() {
        TestData data = new TestData(db);
        student = data.person("Student", Role.STUDENT);
        mentor = SignIn.as(data.person("Mentor", Role.MENTOR));
        trail.read("letter", 1, student.personId());
        trail.changed("letter.submit", "letter", 1, student.personId(), "DRAFTING", "SUBMITTED");
        advisor = SignIn.as(data.person("Advisor", Role.ADVISOR));
        trail.read("experience", 2, student.personId());
        trail.changed("letter.approve", "letter", 1, student.personId(), "SUBMITTED", "APPROVED");
        SignIn.as(student);
        trail.read("letter", 1, student.personId());
        SignIn.as(data.person("Admin", Role.ADMIN));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_trail_is_searched_by_person_student_action_and_days_newest_first() {
        assertThat(actions(new AuditFilter(null, student.personId(), "", null, null)))
                .containsExactly("letter.approve", "experience.read", "letter.submit", "letter.read");
        assertThat(actions(new AuditFilter(mentor.personId(), null, "", null, null))).containsExactly("letter.submit", "letter.read");
        assertThat(actions(new AuditFilter(null, student.personId(), "letter.", null, null)))
                .containsExactly("letter.approve", "letter.submit", "letter.read");
        assertThat(actions(new AuditFilter(null, student.personId(), "letter.read", null, null))).containsExactly("letter.read");
        assertThat(actions(new AuditFilter(null, student.personId(), "%", null, null))).isEmpty();
        LocalDate today = LocalDate.now();
        assertThat(actions(new AuditFilter(null, student.personId(), "", today, today))).hasSize(4);
        assertThat(actions(new AuditFilter(null, student.personId(), "", null, today.minusDays(1)))).isEmpty();
        assertThat(actions(new AuditFilter(null, student.personId(), "", today.plusDays(1), null))).isEmpty();
    }

    @Test
    void a_student_sees_who_read_their_record_but_not_their_own_reads_nor_changes() {
        SignIn.as(student);
        assertThat(audit.myDisclosures(0, 10)).extracting(Disclosure::who, Disclosure::roles, Disclosure::what)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(advisor.displayName(), "ADVISOR", "An experience record"),
                        org.assertj.core.groups.Tuple.tuple(mentor.displayName(), "MENTOR", "A letter of recommendation"));
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_as_formulas_are_exported_as_text() throws IOException {
        SignIn.as(mentor);
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.invalid\",\"x\")", "+1+2", "-3", "@SUM(A1)", "\tlead", "\rlead",
                "plain, with \"quotes\"");
        for (String detail : hostile) {
            trail.did("letter.upload", "letter", 1, student.personId(), detail);
        }
        SignIn.as(new TestData(db).person("Admin", Role.ADMIN));
        StringBuilder out = new StringBuilder();
        audit.exportCsv(new AuditFilter(null, student.personId(), "letter.upload", null, null), out);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).extracting(r -> r.get("detail")).containsExactlyInAnyOrder(
                "'=HYPERLINK(\"http://evil.invalid\",\"x\")", "'+1+2", "'-3", "'@SUM(A1)", "'\tlead", "'\rlead",
                "plain, with \"quotes\"");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("student")).isEqualTo(student.displayName()));
    }

    @Test
    void each_search_can_be_answered_from_an_index() {
        db.execute("set local enable_seqscan = off");
        for (AuditFilter filter : List.of(AuditFilter.NONE,
                new AuditFilter(null, student.personId(), "", null, null),
                new AuditFilter(mentor.personId(), null, "", null, null),
                new AuditFilter(null, null, "letter.", null, null),
                new AuditFilter(null, null, "", LocalDate.now(), LocalDate.now()))) {
            String plan = db.fetch("explain " + db.renderInlined(repository.searchQuery(filter, ZoneId.systemDefault()).limit(50)))
                    .format();
            System.out.println(filter + "\n" + plan);
            assertThat(plan).as(filter.toString()).containsPattern("Index (Only )?Scan|Bitmap Index Scan").doesNotContain("Seq Scan on audit_event");
        }
    }

    private List<String> actions(AuditFilter filter) {
        return audit.search(filter, 0, 50).stream().map(AuditEntry::action).toList();
    }
}
