package org.openipt.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.internal.AccountTokenStore;
import org.openipt.identity.internal.AccountTokenStore.Usable;
import org.openipt.identity.internal.IdentityStore;
import org.openipt.identity.internal.UserAccount;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up an account without an administrator. A client's account is opened disabled and without a password
 * anyone knows; an invitation (an e-mailed link or a code read out in a session) lets the client set their own,
 * once, before it expires, and a new invitation revokes the earlier one. Anyone who forgot their password asks for a
 * link by e-mail, and is told the same whether or not the address has an account. A secret that cannot be used —
 * unknown, expired, used or revoked — is "not found", all alike.
 */
@Service
@Transactional
public class AccountSetupService {

    /** A second forgotten-password request this soon after the first sends nothing more. */
    static final Duration RESET_REQUEST_QUIET = Duration.ofMinutes(5);

    private final IdentityStore accounts;
    private final AccountTokenStore tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration invitationValidFor;
    private final Duration resetValidFor;

    AccountSetupService(IdentityStore accounts, AccountTokenStore tokens, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock,
            @Value("${openipt.portal.invitation-valid-for:P7D}") Duration invitationValidFor,
            @Value("${openipt.identity.password-reset-valid-for:PT1H}") Duration resetValidFor) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.invitationValidFor = invitationValidFor;
        this.resetValidFor = resetValidFor;
    }

    /** Opens a client's account, closed until the client sets their password with an invitation. */
    public UserId openClientAccount(OrganisationId organisation, String displayName, @Nullable String email,
            @Nullable String preferredLanguage) {
        String signIn = email == null || email.isBlank() ? null : checkedEmail(organisation.value(), email, null);
        UserAccount account = accounts.save(UserAccount.invited(organisation.value(), signIn, displayName.strip(),
                passwordEncoder.encode(AccountSecrets.newLinkSecret()), preferredLanguage, clock.instant()));
        return new UserId(account.getId());
    }

    /**
     * Invites the account's client by e-mail to {@code email} (which becomes their sign-in if it was another): a link
     * that works once until the returned instant; an earlier invitation stops working.
     */
    public Instant inviteByEmail(UserId user, String email) {
        UserAccount account = invitableClientAccount(user);
        String address = checkedEmail(account.getOrganisationId(), email, account.getId());
        if (!address.equals(account.getEmail())) {
            accounts.changeEmail(account.getId(), address);
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(invitationValidFor);
        String secret = AccountSecrets.newLinkSecret();
        tokens.issue(account.getOrganisationId(), account.getId(), AccountTokenPurpose.INVITATION,
                AccountSecrets.hash(secret), expiresAt, now);
        events.publishEvent(new SignInLinkIssued(user, new OrganisationId(account.getOrganisationId()),
                AccountTokenPurpose.INVITATION, address, "/invitation/" + secret, expiresAt));
        return expiresAt;
    }

    /** Invites the account's client by a code to read out; shown once, it works once until it expires. */
    public IssuedSecret inviteByCode(UserId user) {
        UserAccount account = invitableClientAccount(user);
        Instant now = clock.instant();
        String code = AccountSecrets.newCode();
        Instant expiresAt = now.plus(invitationValidFor);
        tokens.issue(account.getOrganisationId(), account.getId(), AccountTokenPurpose.INVITATION,
                AccountSecrets.hash(code), expiresAt, now);
        return new IssuedSecret(code, expiresAt);
    }

    @Transactional(readOnly = true)
    public AccountStatus status(UserId user) {
        UserAccount account = accounts.findById(user.value()).orElseThrow(() -> new NotFoundException("user"));
        return new AccountStatus(account.getEmail(), account.getActivatedAt(),
                tokens.openInvitationUntil(account.getId(), clock.instant()).orElse(null), account.isEnabled());
    }

    /** What the page for setting a password shows for this secret (a link's, or a code as issued). */
    @Transactional(readOnly = true)
    public Optional<AccountSetup> setup(String secret) {
        return tokens.usable(AccountSecrets.hash(secret), clock.instant())
                .flatMap(usable -> accounts.findById(usable.userId()).filter(account -> !closed(account))
                        .map(account -> new AccountSetup(
                        usable.purpose(), account.getDisplayName(), account.getEmail() == null)));
    }

    /**
     * Sets the password (and, for an account without an e-mail address, the chosen sign-in name) with a secret, and
     * opens the account. Problems with the password or the name leave the secret usable.
     */
    public void completeSetup(String secret, String password, @Nullable String signIn) {
        String hash = AccountSecrets.hash(secret);
        Instant now = clock.instant();
        Usable usable = tokens.usable(hash, now).orElseThrow(() -> new NotFoundException("accountToken"));
        UserAccount account = accounts.findById(usable.userId()).filter(open -> !closed(open))
                .orElseThrow(() -> new NotFoundException("accountToken"));
        String chosen = null;
        if (account.getEmail() == null) {
            chosen = SignInNames.normalise(Objects.requireNonNullElse(signIn, ""));
            List<String> problems = new ArrayList<>(SignInNames.problemsWith(chosen));
            if (problems.isEmpty() && accounts.findByEmail(account.getOrganisationId(), chosen).isPresent()) {
                problems.add("signIn.taken");
            }
            RuleViolation.throwIfAny(problems);
        }
        RuleViolation.throwIfAny(PasswordPolicy.problemsWith(password,
                chosen != null ? chosen : Objects.requireNonNull(account.getEmail())));
        if (!tokens.use(hash, now)) {
            throw new NotFoundException("accountToken");
        }
        accounts.setUp(account.getId(), passwordEncoder.encode(password), chosen, now);
        events.publishEvent(new AccountSetUp(new UserId(account.getId()),
                new OrganisationId(account.getOrganisationId()), usable.purpose()));
    }

    /**
     * Sends a link to set a new password to each open account with this address (one per organisation it works for);
     * says nothing either way, and sends nothing more to an account that was sent one minutes ago.
     */
    public void requestPasswordReset(String email) {
        Instant now = clock.instant();
        accounts.findAllByEmail(SignInNames.normalise(email)).stream()
                .filter(account -> account.isEnabled() && account.getActivatedAt() != null)
                .filter(account -> !tokens.issuedSince(account.getId(), AccountTokenPurpose.PASSWORD_RESET,
                        now.minus(RESET_REQUEST_QUIET)))
                .forEach(account -> {
                    String secret = AccountSecrets.newLinkSecret();
                    Instant expiresAt = now.plus(resetValidFor);
                    tokens.issue(account.getOrganisationId(), account.getId(), AccountTokenPurpose.PASSWORD_RESET,
                            AccountSecrets.hash(secret), expiresAt, now);
                    events.publishEvent(new SignInLinkIssued(new UserId(account.getId()),
                            new OrganisationId(account.getOrganisationId()), AccountTokenPurpose.PASSWORD_RESET,
                            Objects.requireNonNull(account.getEmail()), "/password/reset/" + secret, expiresAt));
                });
    }

    private UserAccount clientAccount(UserId user) {
        return accounts.findById(user.value()).filter(account -> account.getRole() == Role.CLIENT)
                .orElseThrow(() -> new NotFoundException("user"));
    }

    /** A client's account that an invitation may open: not one an administrator closed after it was in use. */
    private UserAccount invitableClientAccount(UserId user) {
        UserAccount account = clientAccount(user);
        if (closed(account)) {
            throw new RuleViolation("portal.invitation.closed");
        }
        return account;
    }

    /**
     * An account that was in use and has been disabled by an administrator: no link or code set up earlier opens
     * it again (only an administrator does).
     */
    private static boolean closed(UserAccount account) {
        return account.getActivatedAt() != null && !account.isEnabled();
    }

    /**
     * A valid e-mail address no other account of the organisation signs in with ({@code self} may already have it);
     * accounts elsewhere do not matter, and are never revealed.
     */
    private String checkedEmail(UUID organisation, String email, @Nullable UUID self) {
        String address = SignInNames.normalise(email);
        if (!address.contains("@")) {
            throw new RuleViolation("signIn.emailInvalid");
        }
        RuleViolation.throwIfAny(SignInNames.problemsWith(address));
        accounts.findByEmail(organisation, address).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            throw new RuleViolation("user.emailTaken");
        });
        return address;
    }
}
