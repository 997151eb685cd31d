package org.openipt.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.openipt.identity.AccountSecrets;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reminder choices of client accounts; version 0 means never chosen (no reminders). */
@Component
public class ClientReminderStore {

    /** A client's stored choices and the token of their stop link. */
    public record Stored(UUID accountId, UUID organisationId, boolean sessions, boolean questionnaires, String stopToken,
            long version) {

        public boolean any() {
            return sessions || questionnaires;
        }
    }

    private final JdbcClient jdbc;

    ClientReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> of(UUID accountId) {
        return jdbc.sql("select account_id, organisation_id, sessions, questionnaires, stop_token, version"
                + " from client_reminder where account_id = ?").param(accountId).query(ClientReminderStore::row)
                .optional();
    }

    public Optional<Stored> byStopToken(String token) {
        return jdbc.sql("select account_id, organisation_id, sessions, questionnaires, stop_token, version"
                + " from client_reminder where stop_token = ?").param(token).query(ClientReminderStore::row)
                .optional();
    }

    /** Saves the choices from the version read; another change meanwhile is a conflict. */
    public void choose(UUID accountId, UUID organisationId, boolean sessions, boolean questionnaires, long version,
            Instant now) {
        int changed = version == 0
                ? jdbc.sql("""
                        insert into client_reminder (account_id, organisation_id, sessions, questionnaires, stop_token,
                            changed_at, version)
                        values (:account, :organisation, :sessions, :questionnaires, :token, :now, 1)
                        on conflict do nothing""")
                        .param("account", accountId).param("organisation", organisationId)
                        .param("sessions", sessions).param("questionnaires", questionnaires)
                        .param("token", AccountSecrets.newLinkSecret()).param("now", Timestamp.from(now)).update()
                : jdbc.sql("""
                        update client_reminder set sessions = :sessions, questionnaires = :questionnaires,
                            changed_at = :now, version = version + 1
                        where account_id = :account and version = :version""")
                        .param("account", accountId).param("sessions", sessions)
                        .param("questionnaires", questionnaires).param("now", Timestamp.from(now))
                        .param("version", version).update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("the reminder choices changed meanwhile");
        }
    }

    /** Turns every reminder of the account off; true when some were on. */
    public boolean stop(UUID accountId, Instant now) {
        return jdbc.sql("update client_reminder set sessions = false, questionnaires = false, changed_at = :now,"
                + " version = version + 1 where account_id = :account and (sessions or questionnaires)")
                .param("account", accountId).param("now", Timestamp.from(now)).update() == 1;
    }

    private static Stored row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Stored(rs.getObject("account_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getBoolean("sessions"), rs.getBoolean("questionnaires"), rs.getString("stop_token"),
                rs.getLong("version"));
    }
}
