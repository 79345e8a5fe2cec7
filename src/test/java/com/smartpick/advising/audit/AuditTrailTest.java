package com.smartpick.advising.audit;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.plugin.SchemaOwnerLogin;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@AdvisingTest
class AuditTrailTest {

    @Autowired DSLContext db;
    @Autowired AuditTrail audit;
    @Autowired TransactionTemplate transaction;
    @Autowired SchemaOwnerLogin schemaOwner;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_event_names_who_with_which_roles_did_what_to_which_record_of_which_student() {
        TestData data = new TestData(db);
        Viewer student = data.person("Student", Role.STUDENT);
        Viewer mentor = SignIn.as(data.person("Mentor", Role.MENTOR));
        transaction.executeWithoutResult(t -> audit.changed("experience.verify", "experience", 42, student.personId(),
                "SUBMITTED", "VERIFIED"));

        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.STUDENT_ID.eq(student.personId())).fetchSingle();
        assertThat(event.getActorId()).isEqualTo(mentor.personId());
        assertThat(event.getActorName()).isEqualTo(mentor.displayName());
        assertThat(event.getActorRoles()).isEqualTo("MENTOR");
        assertThat(event.getAction()).isEqualTo("experience.verify");
        assertThat(event.getSubjectId()).isEqualTo(42L);
        assertThat(event.getBeforeState()).isEqualTo("SUBMITTED");
        assertThat(event.getAfterState()).isEqualTo("VERIFIED");
        assertThat(event.getAt()).isNotNull();
    }

    @Test
    void a_student_reading_their_own_record_is_no_disclosure_but_staff_reading_it_is() {
        TestData data = new TestData(db);
        Viewer student = SignIn.as(data.person("Student", Role.STUDENT));
        transaction.executeWithoutResult(t -> audit.read("experience", 7, student.personId()));
        SignIn.as(data.person("Advisor", Role.ADVISOR));
        transaction.executeWithoutResult(t -> audit.read("experience", 7, student.personId()));

        assertThat(db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.STUDENT_ID.eq(student.personId())).fetch())
                .extracting(e -> e.getAction() + " by " + e.getActorRoles())
                .containsExactly("experience.read by ADVISOR");
    }

    @Test
    void an_event_is_only_ever_written_inside_the_transaction_of_its_change() {
        assertThatThrownBy(() -> audit.did("cohort.rename", "cohort", 1, null, "x"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    /** The app's own role may not even try (AuditTrailTamperingTest); the triggers hold the schema's owner back too. */
    @Test
    void the_database_refuses_even_the_schema_owner_to_update_delete_or_truncate_the_trail() {
        transaction.executeWithoutResult(t -> audit.did("test.append", "test", 1, null, "kept"));
        long id = db.select(DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchSingle().value1();
        DSLContext owner = DSL.using(schemaOwner.dataSource(), SQLDialect.POSTGRES);

        assertThatThrownBy(() -> owner.update(AUDIT_EVENT).set(AUDIT_EVENT.DETAIL, "rewritten").where(AUDIT_EVENT.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.truncate(AUDIT_EVENT).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(db.select(AUDIT_EVENT.DETAIL).from(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(id)).fetchSingle().value1())
                .isEqualTo("kept");
    }
}
