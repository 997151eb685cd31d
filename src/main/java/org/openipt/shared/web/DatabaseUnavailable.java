package org.openipt.shared.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

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
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }
}
