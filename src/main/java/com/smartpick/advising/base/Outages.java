package com.smartpick.advising.base;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells an outage (the database is away) from a bug, so users get "try again in a minute" rather than "something
 * went wrong", and nobody reads a stack trace.
 */
public final class Outages {

    /** SQLSTATE class 08: connection exception; 57P01..57P03: the server is shutting down or starting up. */
    private static final String CONNECTION_CLASS = "08";

    private Outages() {
    }

    public static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            // the rollback after a lost connection fails too; what the user should hear about is the first failure
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && databaseUnreachable(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_CLASS) || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    public static final String DATABASE_MESSAGE = "The database cannot be reached right now, so nothing was loaded or "
            + "saved. This is usually over within a minute or two: please try again shortly.";
}
