package org.openipt.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** The embedded database's guard that keeps the audit trail append-only (PostgreSQL uses a PL/pgSQL trigger). */
public class AppendOnlyAuditTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_record is append-only");
    }
}
