package org.openipt.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, out of connections) rather than a
 * fault in the request: such a request is answered 503, at once, so that a person knows to try again shortly.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causedBy(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof java.net.ConnectException
                    || cause instanceof SQLException sql && lostTheServer(sql.getSQLState())) {
                return true;
            }
            // a rollback that failed because the connection was gone hides the failure that made it roll back
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a connection lost (class 08: the server went away mid-transaction, a connection already closed)
     * or of the server shutting down or starting (57P01 to 57P03), as PostgreSQL reports them when stopped at once.
     */
    private static boolean lostTheServer(@Nullable String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
