package org.openipt.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.notification.NotificationKind;
import org.openipt.notification.NotificationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox table. Adding is idempotent per dedupe key; claiming, marking sent and recording a failure are
 * conditional updates, so several nodes working on the same rows never send one twice while their claims hold.
 */
@Component
public class Outbox {

    private static final String COLUMNS = """
            id, organisation_id, recipient_id, recipient_email, kind, dedupe_key, message_id, subject, body_text,
            created_at, next_attempt_at, attempts, sent_at, failed_at, last_error, claimed_by, claimed_until""";

    /**
     * An e-mail that carries a link to set a password holds the link's secret; once it is sent or given up, the
     * stored copy of its text is replaced, so that the outbox keeps no usable secret.
     */
    private static final String FORGET_SECRETS = "body_text = case when kind in ('INVITATION', 'PASSWORD_RESET')"
            + " then :forgotten else body_text end";
    static final String SECRET_FORGOTTEN = "(The text of this e-mail held a single-use link and is not kept.)";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An e-mail to add: rendered already, without client details; {@code dedupeKey} names the event and person. */
    public record NewMail(UUID organisationId, UUID recipientId, String recipientEmail, NotificationKind kind,
            String dedupeKey, String messageId, String subject, String body) {
    }

    /** A stored e-mail. */
    public record Row(UUID id, UUID organisationId, UUID recipientId, String recipientEmail, NotificationKind kind,
            String dedupeKey, String messageId, String subject, String body, Instant createdAt,
            Instant nextAttemptAt, int attempts, @Nullable Instant sentAt, @Nullable Instant failedAt,
            @Nullable String lastError, @Nullable String claimedBy, @Nullable Instant claimedUntil) {

        public NotificationStatus status() {
            return sentAt != null ? NotificationStatus.SENT
                    : failedAt != null ? NotificationStatus.FAILED : NotificationStatus.PENDING;
        }
    }

    /** Adds the e-mail unless one with its dedupe key is there already; true when this call added it. */
    public boolean add(NewMail mail, Instant now) {
        return jdbc.sql("""
                insert into notification (id, organisation_id, recipient_id, recipient_email, kind, dedupe_key,
                    message_id, subject, body_text, created_at, next_attempt_at, attempts)
                values (:id, :organisation, :recipient, :email, :kind, :dedupeKey, :messageId, :subject, :body, :now,
                    :now, 0)
                on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("organisation", mail.organisationId())
                .param("recipient", mail.recipientId()).param("email", mail.recipientEmail())
                .param("kind", mail.kind().name()).param("dedupeKey", mail.dedupeKey())
                .param("messageId", mail.messageId()).param("subject", mail.subject()).param("body", mail.body())
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /**
     * Claims up to {@code limit} rows that are due (not sent, not given up, next attempt reached, nobody's claim
     * running) for {@code node} until {@code until}. Each claim is its own conditional update: of two nodes racing
     * for a row, the second one's update finds it claimed and changes nothing. Returns the rows this node holds.
     */
    public List<Row> claimDue(String node, Instant now, Instant until, int limit) {
        List<UUID> candidates = jdbc.sql("select id from notification where sent_at is null and failed_at is null"
                + " and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)"
                + " order by next_attempt_at, created_at limit :limit")
                .param("now", Timestamp.from(now)).param("limit", limit).query(UUID.class).list();
        return candidates.stream().filter(id -> jdbc.sql("update notification set claimed_by = :node,"
                + " claimed_until = :until where id = :id and sent_at is null and failed_at is null"
                + " and (claimed_until is null or claimed_until < :now)")
                .param("node", node).param("until", Timestamp.from(until)).param("id", id)
                .param("now", Timestamp.from(now)).update() == 1)
                .map(id -> find(id).orElseThrow()).filter(row -> node.equals(row.claimedBy())).toList();
    }

    /** Marks a claimed row sent and lets go of the claim. */
    public void markSent(UUID id, Instant at) {
        jdbc.sql("update notification set sent_at = :at, attempts = attempts + 1, last_error = null,"
                + " claimed_by = null, claimed_until = null, " + FORGET_SECRETS + " where id = :id and sent_at is null")
                .param("at", Timestamp.from(at)).param("id", id).param("forgotten", SECRET_FORGOTTEN).update();
    }

    /**
     * Records a failed attempt by the node holding the claim: when to try again, or (with no next attempt) that the
     * row is given up. The error text must hold no client details (it never does: the e-mails have none).
     */
    public void markAttemptFailed(UUID id, String node, Instant at, String error, @Nullable Instant nextAttempt) {
        String sql = "update notification set attempts = attempts + 1, last_error = :error, claimed_by = null,"
                + " claimed_until = null, "
                + (nextAttempt == null ? "failed_at = :at, " + FORGET_SECRETS : "next_attempt_at = :next")
                + " where id = :id and claimed_by = :node and sent_at is null";
        var statement = jdbc.sql(sql).param("error", error.length() > 300 ? error.substring(0, 300) : error)
                .param("id", id).param("node", node);
        statement = nextAttempt == null ? statement.param("at", Timestamp.from(at)).param("forgotten", SECRET_FORGOTTEN)
                : statement.param("next", Timestamp.from(nextAttempt));
        statement.update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = ?").param(id).query(Outbox::row)
                .optional();
    }

    public Optional<Row> findByDedupeKey(String dedupeKey) {
        return jdbc.sql("select " + COLUMNS + " from notification where dedupe_key = ?").param(dedupeKey)
                .query(Outbox::row).optional();
    }

    /** The organisation's e-mails, newest first. */
    public List<Row> recent(UUID organisationId, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from notification where organisation_id = ?"
                + " order by created_at desc, id limit ? offset ?").params(organisationId, limit, offset)
                .query(Outbox::row).list();
    }

    public long count(UUID organisationId) {
        return jdbc.sql("select count(*) from notification where organisation_id = ?").param(organisationId)
                .query(Long.class).single();
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("recipient_id", UUID.class), rs.getString("recipient_email"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("dedupe_key"),
                rs.getString("message_id"), rs.getString("subject"), rs.getString("body_text"),
                instant(rs, "created_at"), instant(rs, "next_attempt_at"), rs.getInt("attempts"),
                nullableInstant(rs, "sent_at"), nullableInstant(rs, "failed_at"), rs.getString("last_error"),
                rs.getString("claimed_by"), nullableInstant(rs, "claimed_until"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
