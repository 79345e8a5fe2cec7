package com.smartpick.advising.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.smartpick.advising.support.AdvisingTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the app's own database login may do to the audit trail, tried on the real embedded PostgreSQL through the
 * app's real DataSource: append and read, nothing else. The append-only triggers alone are not enough, because
 * whoever owns the table (or is a superuser) can switch them off; so the app must be neither. Every statement runs in
 * a transaction that is rolled back, so a refusal that fails to come leaves nothing behind.
 */
@AdvisingTest
class AuditTrailTamperingTest {

    /** PostgreSQL's {@code insufficient_privilege}: refused for who is asking, not by the append-only trigger (23000). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired DataSource dataSource;

    @Test
    void the_apps_login_appends_to_the_trail_and_reads_it() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                ResultSet appended = statement.executeQuery("""
                        insert into advising.audit_event (actor_name, actor_roles, action, subject_type, detail)
                        values ('Tamper test', 'ADMIN', 'test.append', 'test', 'appended') returning id""");
                appended.next();
                ResultSet read = statement.executeQuery(
                        "select detail from advising.audit_event where id = " + appended.getLong(1));
                assertThat(read.next()).isTrue();
                assertThat(read.getString(1)).isEqualTo("appended");
            } finally {
                connection.rollback();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update advising.audit_event set detail = 'rewritten'",
            "delete from advising.audit_event",
            "truncate advising.audit_event",
            "alter table advising.audit_event disable trigger audit_event_no_update_or_delete",
            "alter table advising.audit_event disable trigger all",
            "set session_replication_role = replica",
            "set local session_replication_role = replica"})
    void the_apps_login_may_not_rewrite_the_trail_nor_switch_its_triggers_off(String tampering) {
        SQLException refused = catchThrowableOfType(SQLException.class, () -> runAndRollBack(tampering));

        assertThat((Throwable) refused).as("refused: " + tampering).isNotNull();
        assertThat(refused.getSQLState()).as(refused.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void the_apps_login_is_no_superuser_and_owns_nothing_in_the_plugins_schema() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet role = statement.executeQuery("""
                    select r.rolsuper, r.rolbypassrls,
                           (select count(*) from pg_class c where c.relnamespace = 'advising'::regnamespace
                                                              and c.relowner = r.oid),
                           (select nspowner = r.oid from pg_namespace where nspname = 'advising')
                    from pg_roles r where r.rolname = current_user""");
            role.next();
            assertThat(role.getBoolean(1)).as("superuser").isFalse();
            assertThat(role.getBoolean(2)).as("bypasses row security").isFalse();
            assertThat(role.getLong(3)).as("tables, sequences and indexes it owns").isZero();
            assertThat(role.getBoolean(4)).as("owns the schema").isFalse();
        }
    }

    private void runAndRollBack(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } finally {
                connection.rollback();
            }
        }
    }
}
