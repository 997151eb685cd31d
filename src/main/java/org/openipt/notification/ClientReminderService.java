package org.openipt.notification;

import java.time.Clock;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.notification.internal.ClientReminderStore;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail reminders a client opts in to from the portal: before each booked session, and whether a questionnaire
 * is waiting. None until they choose; every reminder carries a link that stops them all in one click, without
 * signing in. Changes are audited on the client's record.
 */
@Service
@Transactional
public class ClientReminderService {

    static final String REMINDERS = "CLIENT_REMINDERS";

    private final ClientReminderStore store;
    private final IdentityService identity;
    private final CaseloadService caseload;
    private final AuditTrail audit;
    private final Clock clock;

    ClientReminderService(ClientReminderStore store, IdentityService identity, CaseloadService caseload,
            AuditTrail audit, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.caseload = caseload;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReminderChoices choices(CurrentUser client) {
        requireClient(client);
        boolean reachable = reachable(client);
        return store.of(client.id().value())
                .map(stored -> new ReminderChoices(stored.sessions(), stored.questionnaires(), stored.version(),
                        reachable))
                .orElse(new ReminderChoices(false, false, 0, reachable));
    }

    /** The client's choice, from the version they read; refused without an e-mail address to send to. */
    public void choose(CurrentUser client, boolean sessions, boolean questionnaires, long version) {
        requireClient(client);
        if ((sessions || questionnaires) && !reachable(client)) {
            throw new RuleViolation("reminders.noEmail");
        }
        store.choose(client.id().value(), client.organisationId().value(), sessions, questionnaires, version,
                clock.instant());
        ClientId self = caseload.ownRecord(client);
        audit.record(client, self, AuditAction.UPDATE, REMINDERS, client.id(),
                AuditEntry.detail("history.remindersChosen", sessions ? 1 : 0, questionnaires ? 1 : 0));
    }

    /**
     * Stops every reminder of the account the stop link names. Answers the same whether the link is known or not
     * (nothing to learn from trying links); true when reminders were on and are now off.
     */
    public boolean stop(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return false;
        }
        return store.byStopToken(token).map(stored -> store.stop(stored.accountId(), clock.instant()))
                .orElse(false);
    }

    private boolean reachable(CurrentUser client) {
        return identity.contact(client.organisationId(), client.id())
                .map(contact -> contact.email().contains("@")).orElse(false);
    }

    private static void requireClient(CurrentUser user) {
        if (user.role() != Role.CLIENT) {
            throw new NotFoundException("reminders");
        }
    }
}
