package com.smartpick.advising.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every migration, the schema's owner grants the app's role what {@code advising/db/app-role-grants.sql} lists,
 * and only that. When the app's role can act as the owner (it is the owner, a member of it, or a superuser) no grant
 * can hold it back: the owner of a table can switch its triggers off. That one-role setup still runs, with a warning.
 */
final class AppRoleGrants extends BaseCallback {

    static final String GRANTS = "advising/db/app-role-grants.sql";
    private static final Logger LOG = LoggerFactory.getLogger(AppRoleGrants.class);
    /** Two instances starting together would otherwise grant at once, and PostgreSQL refuses concurrent GRANTs. */
    private static final String ONE_AT_A_TIME = "select pg_advisory_xact_lock(hashtext('advising app role grants'))";

    private final String appRole;

    AppRoleGrants(String appRole) {
        this.appRole = appRole;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public String getCallbackName() {
        return "grants to the app's database role";
    }

    @Override
    public void handle(Event event, Context context) {
        Connection owner = context.getConnection();
        try {
            if (appRoleActsAsOwner(owner)) {
                LOG.warn("The app's database role '{}' can act as the owner of schema advising (it is that role, a member "
                        + "of it or a superuser), so nothing stops it from switching the audit trail's append-only "
                        + "triggers off and rewriting it. Give the migrations a role of their own (spring.flyway.user, "
                        + "spring.flyway.password) and the app a role that owns nothing: see the README, 'The two "
                        + "database roles'.", appRole);
                return;
            }
            grant(owner);
        } catch (SQLException e) {
            throw new FlywayException("Could not grant the app's database role '" + appRole + "' its privileges: "
                    + e.getMessage(), e);
        }
    }

    private boolean appRoleActsAsOwner(Connection owner) throws SQLException {
        try (PreparedStatement query = owner.prepareStatement(
                "select rolsuper or pg_has_role(oid, current_user, 'MEMBER') from pg_roles where rolname = ?")) {
            query.setString(1, appRole);
            try (ResultSet role = query.executeQuery()) {
                if (!role.next()) {
                    throw new FlywayException("The app's database role '" + appRole + "' does not exist (the role the "
                            + "app's DataSource signs in as, or advising.database.app-role)");
                }
                return role.getBoolean(1);
            }
        }
    }

    private void grant(Connection owner) throws SQLException {
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (Statement statement = owner.createStatement()) {
            statement.execute(ONE_AT_A_TIME);
            statement.execute(grants().replace("{app_role}", quoted(appRole)));
            owner.commit();
        } catch (SQLException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    private static String grants() {
        try (InputStream in = AppRoleGrants.class.getClassLoader().getResourceAsStream(GRANTS)) {
            if (in == null) {
                throw new IllegalStateException(GRANTS + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
