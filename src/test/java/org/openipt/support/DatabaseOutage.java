package org.openipt.support;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Callable;

/**
 * The database out of reach for the current thread, as the application sees it when PostgreSQL is stopped: asking
 * the pool for a connection fails the way Hikari fails when its wait runs out. Every database test context can
 * use it (the DataSource is wrapped by {@link SqlStatements}); the real stop is tried by the fault harness.
 */
public final class DatabaseOutage {

    private static final ThreadLocal<Boolean> DOWN = new ThreadLocal<>();

    private DatabaseOutage() {
    }

    public static <T> T during(Callable<T> work) throws Exception {
        DOWN.set(true);
        try {
            return work.call();
        }
        finally {
            DOWN.remove();
        }
    }

    static void refuseAConnectionWhileDown() throws SQLTransientConnectionException {
        if (Boolean.TRUE.equals(DOWN.get())) {
            throw new SQLTransientConnectionException("openipt - Connection is not available, request timed out"
                    + " after 3000ms (the database outage of a test)");
        }
    }
}
