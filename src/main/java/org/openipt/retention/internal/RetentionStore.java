package org.openipt.retention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An organisation's retention period and its clients' legal holds. */
@Repository
public class RetentionStore {

    /** A legal hold: why, by whom, since when. */
    public record Hold(String reason, UUID setBy, Instant setAt) {
    }

    private final JdbcClient jdbc;

    RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OptionalInt years(UUID organisation) {
        return jdbc.sql("select years from retention_policy where organisation_id = ?").param(organisation)
                .query(Integer.class).optional().map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    public void changeYears(UUID organisation, int years, Instant now) {
        if (jdbc.sql("update retention_policy set years = ?, changed_at = ? where organisation_id = ?")
                .params(years, Timestamp.from(now), organisation).update() == 0) {
            jdbc.sql("insert into retention_policy (organisation_id, years, changed_at) values (?, ?, ?)")
                    .params(organisation, years, Timestamp.from(now)).update();
        }
    }

    public Optional<Hold> hold(UUID client) {
        return jdbc.sql("select reason, set_by, set_at from legal_hold where client_id = ?").param(client)
                .query((row, n) -> new Hold(row.getString(1), row.getObject(2, UUID.class),
                        row.getTimestamp(3).toInstant())).optional();
    }

    public void setHold(UUID organisation, UUID client, String reason, UUID by, Instant now) {
        jdbc.sql("delete from legal_hold where client_id = ?").param(client).update();
        jdbc.sql("insert into legal_hold (client_id, organisation_id, reason, set_by, set_at) values (?, ?, ?, ?, ?)")
                .params(client, organisation, reason, by, Timestamp.from(now)).update();
    }

    public boolean liftHold(UUID client) {
        return jdbc.sql("delete from legal_hold where client_id = ?").param(client).update() > 0;
    }
}
