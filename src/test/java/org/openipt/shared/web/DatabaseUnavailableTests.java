package org.openipt.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What the fault harness saw when PostgreSQL was stopped at once: a transaction whose rollback found its connection
 * closed (SQL state 08003) and a backend ended by the shutdown (57P01) mean "try again soon" (503), like a refused
 * connection; a request's own fault, such as a broken constraint, does not.
 */
class DatabaseUnavailableTests {

    @Test
    void aConnectionLostOrAServerShuttingDownIsTheDatabaseUnavailable() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed", "08003"));
        assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException(
                "terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("An I/O error occurred", "08006"))).isTrue();
        TransactionSystemException afterAnInsertFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        afterAnInsertFailed.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException(
                "INSERT INTO client", new SQLException("An I/O error occurred while sending to the backend", "08006")));
        assertThat(DatabaseUnavailable.causedBy(afterAnInsertFailed)).as("the insert's failure, hidden by the rollback's")
                .isTrue();
    }

    @Test
    void aRequestsOwnFaultIsNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
