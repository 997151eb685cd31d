package org.openipt.caseload;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.internal.Client;
import org.openipt.caseload.internal.ClientRepository;
import org.openipt.identity.AccountSetUp;
import org.openipt.identity.AccountSetupService;
import org.openipt.identity.AccountStatus;
import org.openipt.identity.AccountTokenPurpose;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.IssuedSecret;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting a client to the portal. Their clinician (one who may change the record) invites by e-mail or by a code
 * read out in a session; the first invitation opens the client's account, closed until the client sets a password,
 * and links it to the record. Each invitation, and the client's setting up of the account, is audited on the client.
 */
@Service
@Transactional
public class PortalInvitationService {

    static final String PORTAL_INVITATION = "PORTAL_INVITATION";

    private final CaseloadService caseload;
    private final ClientRepository clients;
    private final AccountSetupService accounts;
    private final IdentityService identity;
    private final AuditTrail audit;

    PortalInvitationService(CaseloadService caseload, ClientRepository clients, AccountSetupService accounts,
            IdentityService identity, AuditTrail audit) {
        this.caseload = caseload;
        this.clients = clients;
        this.accounts = accounts;
        this.identity = identity;
        this.audit = audit;
    }

    /** Where the client stands with the portal, for those who may see the client. */
    @Transactional(readOnly = true)
    public PortalAccess access(CurrentUser user, ClientId id) {
        UUID account = caseload.loadForReading(user, id).getUserAccountId();
        if (account == null) {
            return PortalAccess.NOT_INVITED;
        }
        AccountStatus status = accounts.status(new UserId(account));
        if (status.activatedAt() != null) {
            return status.enabled() ? new PortalAccess(PortalAccess.State.ACTIVE, null, status.activatedAt(),
                    status.signIn()) : new PortalAccess(PortalAccess.State.CLOSED, null, status.activatedAt(), null);
        }
        return status.invitedUntil() != null
                ? new PortalAccess(PortalAccess.State.INVITED, status.invitedUntil(), null, status.signIn())
                : new PortalAccess(PortalAccess.State.LAPSED, null, null, status.signIn());
    }

    /** Sends the client a link by e-mail; returns until when it works. An earlier invitation stops working. */
    public Instant inviteByEmail(CurrentUser clinician, ClientId id, String email) {
        Client client = invitable(clinician, id);
        Instant until = accounts.inviteByEmail(accountOf(client, email), email);
        audit.record(clinician, id, AuditAction.CREATE, PORTAL_INVITATION, id,
                AuditEntry.detail("history.portalInvitedByEmail"));
        return until;
    }

    /** A code for the clinician to read out, shown once. An earlier invitation stops working. */
    public IssuedSecret inviteByCode(CurrentUser clinician, ClientId id) {
        Client client = invitable(clinician, id);
        IssuedSecret code = accounts.inviteByCode(accountOf(client, null));
        audit.record(clinician, id, AuditAction.CREATE, PORTAL_INVITATION, id,
                AuditEntry.detail("history.portalInvitedByCode"));
        return code;
    }

    /** A client who set up their account with an invitation: recorded on their record, as done by themself. */
    @EventListener
    void setUp(AccountSetUp event) {
        if (event.purpose() != AccountTokenPurpose.INVITATION) {
            return;
        }
        clients.findByUserAccountId(event.userId().value()).ifPresent(client -> {
            ClientId id = new ClientId(client.getId());
            audit.record(identity.actingAs(event.userId()), id, AuditAction.UPDATE, PORTAL_INVITATION, id,
                    AuditEntry.detail("history.portalSetUp"));
        });
    }

    private Client invitable(CurrentUser clinician, ClientId id) {
        if (clinician.role() != Role.CLINICIAN) {
            throw new NotFoundException("client");
        }
        return caseload.loadForChange(clinician, id);
    }

    /** The client's account, opened (closed until set up) and linked to the record at the first invitation. */
    private UserId accountOf(Client client, @Nullable String email) {
        UUID existing = client.getUserAccountId();
        if (existing != null) {
            return new UserId(existing);
        }
        UserId account = accounts.openClientAccount(new OrganisationId(client.getOrganisationId()),
                client.getDisplayName(), email, client.getPreferredLanguage());
        client.linkAccount(account.value());
        clients.save(client);
        return account;
    }
}
