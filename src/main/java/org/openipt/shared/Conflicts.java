package org.openipt.shared;

import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a save that lost a race into the conflict the person sees (409, their entry kept), or — for work that gives
 * the same result however often it runs, such as an answer saved again or a submission under the same key — into
 * one more try that finds what the winner stored. Spring Data JDBC wraps what the database said, so the cause chain
 * is searched: a unique constraint that let the other save in first, or a row version that moved on, is a lost race;
 * anything else is a failure.
 */
public final class Conflicts {

    private Conflicts() {
    }

    public static <T> T savedOrConflict(String what, Supplier<T> save) {
        try {
            return save.get();
        }
        catch (RuntimeException failure) {
            if (lostRace(failure)) {
                throw new OptimisticLockingFailureException(what + " changed since it was read", failure);
            }
            throw failure;
        }
    }

    /**
     * Runs idempotent work in a transaction of its own and, when it lost a race, once more in a fresh one (after a
     * failed statement PostgreSQL accepts nothing more in the first). A second lost race is a conflict.
     */
    public static <T> T retriedOnce(TransactionTemplate transactions, Supplier<T> work) {
        try {
            return transactions.execute(status -> work.get());
        }
        catch (RuntimeException failure) {
            if (!lostRace(failure)) {
                throw failure;
            }
            return savedOrConflict("the record", () -> transactions.execute(status -> work.get()));
        }
    }

    /**
     * An idempotent submission (the same key gives the same record): inside a caller's transaction it simply joins
     * it (the caller owns the outcome); on its own — a request — it runs {@link #retriedOnce}, so that a racing
     * duplicate is answered with what the first stored. The method calling it must not open a transaction itself
     * ({@code Propagation.SUPPORTS}).
     */
    public static <T> T submittedOnce(TransactionTemplate transactions, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        return retriedOnce(transactions, work);
    }

    /** Whether a failure is a save that lost a race: a unique key taken or a row version moved on meanwhile. */
    public static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException || cause instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }
}
