package org.openipt.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.internal.AuditChain;
import org.openipt.audit.internal.AuditChain.Sealed;
import org.openipt.audit.internal.ChainLink;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks that the audit trail is as it was written: seals what is waiting, then follows the chain from its start and
 * names the first seal whose row was changed or removed, a seal missing, or an end that does not match.
 */
@Service
public class AuditIntegrity {

    static final int PAGE = 5_000;

    /** What the check found: how many rows are sealed and intact, how many wait, and the first break if any. */
    public record Report(long sealed, long waiting, @Nullable Break firstBreak) {

        public boolean intact() {
            return firstBreak == null;
        }
    }

    /**
     * The first place the chain breaks: the seal's number and, for a row of the administrator's own organisation, the
     * row's id and time (another organisation's row is named by its seal only).
     */
    public record Break(long sequence, Problem problem, @Nullable UUID auditId, @Nullable Instant occurredAt) {
    }

    public enum Problem {
        /** The sealed row's columns are not what was sealed. */
        CHANGED,
        /** The sealed row is gone. */
        REMOVED,
        /** A seal is missing from the chain, or a seal was altered. */
        SEAL_MISSING,
        /** The chain ends elsewhere than its head says: seals at the end were removed. */
        END_CHANGED
    }

    private final AuditChain chain;
    private final AuditTrail trail;
    private final TransactionTemplate transactions;

    AuditIntegrity(AuditChain chain, AuditTrail trail, PlatformTransactionManager transactions) {
        this.chain = chain;
        this.trail = trail;
        this.transactions = new TransactionTemplate(transactions);
    }

    public Report verify(CurrentUser admin) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("only administrators check the audit trail");
        }
        chain.sealWaiting();
        AuditChain.Head head = chain.head();
        String hash = ChainLink.START;
        long sequence = 0;
        Break found = null;
        List<Sealed> page;
        do {
            page = chain.sealsAfter(sequence, PAGE);
            for (Sealed seal : page) {
                found = brokenAt(seal, sequence + 1, hash, admin);
                if (found != null) {
                    break;
                }
                sequence = seal.sequence();
                hash = seal.chainHash();
            }
        } while (found == null && page.size() == PAGE);
        if (found == null && (sequence != head.sequence() || !hash.equals(head.chainHash()))) {
            found = new Break(sequence + 1, Problem.END_CHANGED, null, null);
        }
        Report report = new Report(sequence, Math.max(0, chain.waitingRows()), found);
        transactions.executeWithoutResult(status -> trail.record(admin, null, AuditAction.READ, "auditChain", null,
                report.intact() ? "intact" : "broken at " + report.firstBreak().sequence()));
        return report;
    }

    private static @Nullable Break brokenAt(Sealed seal, long expected, String previousHash, CurrentUser admin) {
        if (seal.sequence() != expected) {
            return new Break(expected, Problem.SEAL_MISSING, null, null);
        }
        ChainLink row = seal.row();
        if (row == null) {
            return new Break(seal.sequence(), Problem.REMOVED, null, null);
        }
        if (row.hashAfter(previousHash).equals(seal.chainHash())) {
            return null;
        }
        boolean ours = admin.organisationId().value().equals(row.organisationId());
        return new Break(seal.sequence(), Problem.CHANGED, ours ? row.id() : null, ours ? row.occurredAt() : null);
    }
}
