package org.openipt.shared;

import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Turns a save that lost a race into the conflict the person sees (409, their entry kept). Spring Data JDBC wraps
 * what the database said, so the cause chain is searched: a unique constraint that let the other save in first,
 * or a row version that moved on, is a conflict; anything else is a failure.
 */
public final class Conflicts {

    private Conflicts() {
    }

    public static <T> T savedOrConflict(String what, Supplier<T> save) {
        try {
            return save.get();
        }
        catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof DuplicateKeyException || cause instanceof ConcurrencyFailureException) {
                    throw new OptimisticLockingFailureException(what + " changed since it was read", failure);
                }
            }
            throw failure;
        }
    }
}
