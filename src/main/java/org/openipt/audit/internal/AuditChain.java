package org.openipt.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals audit rows into the chain ({@link ChainLink}) and walks the chain to check it. Sealing locks the chain's
 * head row, so nodes take turns; it looks only at rows written since shortly before the last one sealed (rows commit
 * a little after they are stamped), which keeps each round small however long the trail.
 */
@Component
public class AuditChain {

    static final int BATCH = 1_000;
    static final Duration LATE_COMMIT_MARGIN = Duration.ofMinutes(10);
    private static final String COLUMNS = "r.id, r.occurred_at, r.organisation_id, r.user_id, r.user_role, "
            + "r.client_id, r.action, r.object_type, r.object_id, r.outcome, r.detail, r.emergency_access_id";

    /** A seal and the audit row it seals (absent if the row was removed). */
    public record Sealed(long sequence, String chainHash, @Nullable ChainLink row) {
    }

    /** The chain's end: how many rows are sealed and the last hash. */
    public record Head(long sequence, String chainHash) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Seals every row waiting, a batch per transaction. */
    @Scheduled(initialDelayString = "${openipt.audit.seal-every:PT1M}",
            fixedDelayString = "${openipt.audit.seal-every:PT1M}")
    public void sealWaiting() {
        while (Boolean.TRUE.equals(transactions.execute(status -> sealBatch() == BATCH))) {
            // another full batch may be waiting
        }
    }

    private int sealBatch() {
        HeadRow head = jdbc.sql(
                "select sequence, chain_hash, sealed_up_to from audit_chain_head where id = 1 for update")
                .query((row, n) -> new HeadRow(row.getLong(1), row.getString(2), instant(row.getTimestamp(3))))
                .single();
        Instant from = head.sealedUpTo() == null ? Instant.EPOCH : head.sealedUpTo().minus(LATE_COMMIT_MARGIN);
        List<ChainLink> waiting = jdbc.sql("select " + COLUMNS + " from audit_record r where r.occurred_at >= ? "
                + "and not exists (select 1 from audit_seal s where s.audit_id = r.id) "
                + "order by r.occurred_at, r.id limit " + BATCH)
                .param(Timestamp.from(from)).query((row, n) -> link(row, 1)).list();
        long sequence = head.sequence();
        String hash = head.chainHash();
        Instant sealedUpTo = head.sealedUpTo();
        Timestamp now = Timestamp.from(clock.instant());
        for (ChainLink row : waiting) {
            sequence++;
            hash = row.hashAfter(hash);
            jdbc.sql("insert into audit_seal (sequence, audit_id, chain_hash, sealed_at) values (?, ?, ?, ?)")
                    .params(sequence, row.id(), hash, now).update();
            if (sealedUpTo == null || row.occurredAt().isAfter(sealedUpTo)) {
                sealedUpTo = row.occurredAt();
            }
        }
        if (!waiting.isEmpty()) {
            jdbc.sql("update audit_chain_head set sequence = ?, chain_hash = ?, sealed_up_to = ? where id = 1")
                    .params(sequence, hash, Timestamp.from(sealedUpTo)).update();
        }
        return waiting.size();
    }

    public Head head() {
        return jdbc.sql("select sequence, chain_hash from audit_chain_head where id = 1")
                .query((row, n) -> new Head(row.getLong(1), row.getString(2))).single();
    }

    /** Seals after {@code afterSequence} in order, with their rows, at most {@code limit}. */
    public List<Sealed> sealsAfter(long afterSequence, int limit) {
        return jdbc.sql("select s.sequence, s.chain_hash, " + COLUMNS + " from audit_seal s "
                + "left join audit_record r on r.id = s.audit_id where s.sequence > ? order by s.sequence "
                + "limit " + limit)
                .param(afterSequence)
                .query((row, n) -> new Sealed(row.getLong(1), row.getString(2),
                        row.getObject(3) == null ? null : link(row, 3)))
                .list();
    }

    public long waitingRows() {
        return jdbc.sql("select (select count(*) from audit_record) - (select count(*) from audit_seal)")
                .query(Long.class).single();
    }

    private static ChainLink link(ResultSet row, int first) throws SQLException {
        return new ChainLink(row.getObject(first, UUID.class), row.getTimestamp(first + 1).toInstant(),
                row.getObject(first + 2, UUID.class), row.getObject(first + 3, UUID.class), row.getString(first + 4),
                row.getObject(first + 5, UUID.class), row.getString(first + 6), row.getString(first + 7),
                row.getObject(first + 8, UUID.class), row.getString(first + 9), row.getString(first + 10),
                row.getObject(first + 11, UUID.class));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record HeadRow(long sequence, String chainHash, @Nullable Instant sealedUpTo) {
    }
}
