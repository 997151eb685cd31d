package org.openipt.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Second factors and recovery codes. Using a code is one conditional update, so that two requests racing with the
 * same code cannot both sign in.
 */
@Repository
public class SecondFactorStore {

    /** A person's authenticator secret; confirmed once they typed a code from it. */
    public record StoredFactor(String secret, @Nullable Instant confirmedAt, long lastUsedStep) {

        public boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private final JdbcClient jdbc;

    SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredFactor> find(UUID user) {
        return jdbc.sql("select secret, confirmed_at, last_used_step from second_factor where user_id = ?")
                .param(user)
                .query((row, n) -> new StoredFactor(row.getString(1), instant(row.getTimestamp(2)), row.getLong(3)))
                .optional();
    }

    /** A new, unconfirmed secret in place of any unconfirmed one before it. */
    public void savePending(UUID user, String secret, Instant now) {
        jdbc.sql("delete from second_factor where user_id = ? and confirmed_at is null").param(user).update();
        jdbc.sql("insert into second_factor (user_id, secret, created_at, last_used_step) values (?, ?, ?, 0)")
                .params(user, secret, Timestamp.from(now)).update();
    }

    /** Confirms the secret with the step of the code typed (that code is used). False if it was confirmed already. */
    public boolean confirm(UUID user, long step, Instant now) {
        return jdbc.sql("update second_factor set confirmed_at = ?, last_used_step = ? "
                + "where user_id = ? and confirmed_at is null")
                .params(Timestamp.from(now), step, user).update() == 1;
    }

    /** Uses a step's code: true only the first time, and only for a step later than the last one used. */
    public boolean useStep(UUID user, long step) {
        return jdbc.sql("update second_factor set last_used_step = ? "
                + "where user_id = ? and confirmed_at is not null and last_used_step < ?")
                .params(step, user, step).update() == 1;
    }

    public void replaceRecoveryCodes(UUID user, Collection<String> hashes) {
        jdbc.sql("delete from recovery_code where user_id = ?").param(user).update();
        for (String hash : hashes) {
            jdbc.sql("insert into recovery_code (user_id, code_hash) values (?, ?)").params(user, hash).update();
        }
    }

    /** Uses a recovery code: true only the first time. */
    public boolean useRecoveryCode(UUID user, String hash, Instant now) {
        return jdbc.sql("update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
                .params(Timestamp.from(now), user, hash).update() == 1;
    }

    public int unusedRecoveryCodes(UUID user) {
        return jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null").param(user)
                .query(Integer.class).single();
    }

    /** Forgets the person's second factor and recovery codes; true if there was one. */
    public boolean remove(UUID user) {
        jdbc.sql("delete from recovery_code where user_id = ?").param(user).update();
        return jdbc.sql("delete from second_factor where user_id = ?").param(user).update() > 0;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
