package org.openipt.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.openipt.identity.internal.IdentityStore;
import org.openipt.identity.internal.SecondFactorStore;
import org.openipt.identity.internal.SecondFactorStore.StoredFactor;
import org.openipt.identity.internal.UserAccount;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's second factor: an authenticator app (see {@link AuthenticatorCodes}) and ten single-use recovery codes
 * for the day the phone is lost. Setting it up takes a code from the app, so nobody is left with a secret their app
 * does not have. Every change is published as {@link SecondFactorChanged} for the audit trail.
 */
@Service
@Transactional
public class SecondFactors {

    public static final int RECOVERY_CODES = 10;
    public static final String ISSUER = "OpenIPT";

    private final SecondFactorStore factors;
    private final IdentityStore accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactors(SecondFactorStore factors, IdentityStore accounts, ApplicationEventPublisher events, Clock clock) {
        this.factors = factors;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The secret to add to an authenticator app, as text and as the address a QR code carries. */
    public record SetUp(String secret, String provisioningUri) {
    }

    /** What changed, for the audit trail: by whom, whose, and how. */
    public record SecondFactorChanged(UserId actor, UserId account, Change change) {
    }

    public enum Change {
        SET_UP, RECOVERY_CODES_RENEWED, RECOVERY_CODE_USED, REMOVED, RESET_BY_ADMINISTRATOR
    }

    @Transactional(readOnly = true)
    public SecondFactorStatus status(CurrentUser user) {
        return statusOf(user.id().value(), user.organisationId().value(), user.role());
    }

    /** An account's second factor as its administrator sees it (set up or not, never the secret). */
    @Transactional(readOnly = true)
    public SecondFactorStatus statusOf(CurrentUser admin, UserId account) {
        UserAccount found = accountOf(admin, account);
        return statusOf(found.getId(), found.getOrganisationId(), found.getRole());
    }

    /**
     * The secret for setting up an app: the one begun before if it was never confirmed, so that a page opened again
     * shows the QR code the person may already have scanned.
     */
    public SetUp beginSetUp(UserId user) {
        UserAccount account = accounts.findById(user.value()).orElseThrow(() -> new NotFoundException("account"));
        StoredFactor existing = factors.find(user.value()).orElse(null);
        if (existing != null && existing.confirmed()) {
            throw new RuleViolation("secondFactor.alreadySetUp");
        }
        String secret = existing != null ? existing.secret() : AuthenticatorCodes.newSecret();
        if (existing == null) {
            factors.savePending(user.value(), secret, clock.instant());
        }
        String name = account.getEmail() == null ? account.getDisplayName() : account.getEmail();
        return new SetUp(secret, AuthenticatorCodes.provisioningUri(ISSUER, name, secret));
    }

    /** Confirms the app with a code from it; answers the recovery codes, shown this once. */
    public List<String> confirmSetUp(UserId user, String typedCode) {
        StoredFactor pending = factors.find(user.value()).filter(factor -> !factor.confirmed())
                .orElseThrow(() -> new RuleViolation("secondFactor.setUp.expired"));
        Instant now = clock.instant();
        OptionalLong step = AuthenticatorCodes.matchingStep(pending.secret(), typedCode, now);
        if (step.isEmpty() || !factors.confirm(user.value(), step.getAsLong(), now)) {
            throw new RuleViolation("secondFactor.code.wrong");
        }
        events.publishEvent(new SecondFactorChanged(user, user, Change.SET_UP));
        return newRecoveryCodes(user.value());
    }

    /**
     * Whether what the person typed at sign-in is a code of their app not used before, or one of their unused
     * recovery codes (which is then used up).
     */
    public boolean verify(UserId user, String typed) {
        StoredFactor factor = factors.find(user.value()).filter(StoredFactor::confirmed).orElse(null);
        if (factor == null) {
            return false;
        }
        Instant now = clock.instant();
        OptionalLong step = AuthenticatorCodes.matchingStep(factor.secret(), typed, now);
        if (step.isPresent()) {
            return factors.useStep(user.value(), step.getAsLong());
        }
        String recoveryCode = AccountSecrets.normaliseCode(typed);
        if (!recoveryCode.isEmpty() && factors.useRecoveryCode(user.value(), AccountSecrets.hash(recoveryCode), now)) {
            events.publishEvent(new SecondFactorChanged(user, user, Change.RECOVERY_CODE_USED));
            return true;
        }
        return false;
    }

    /** New recovery codes in place of the old ones, for a person who proves they still have their app. */
    public List<String> renewRecoveryCodes(CurrentUser user, String typedCode) {
        requireCurrentCode(user, typedCode);
        events.publishEvent(new SecondFactorChanged(user.id(), user.id(), Change.RECOVERY_CODES_RENEWED));
        return newRecoveryCodes(user.id().value());
    }

    /** Switches the second factor off, where the organisation does not require it, with a code from the app. */
    public void remove(CurrentUser user, String typedCode) {
        if (!status(user).mayRemove()) {
            throw new RuleViolation("secondFactor.required");
        }
        requireCurrentCode(user, typedCode);
        factors.remove(user.id().value());
        events.publishEvent(new SecondFactorChanged(user.id(), user.id(), Change.REMOVED));
    }

    /**
     * For a person who lost their phone and their recovery codes: an administrator of their organisation removes the
     * second factor, and the person sets up a new one at their next sign-in where it is required.
     */
    public void reset(CurrentUser admin, UserId account) {
        accountOf(admin, account);
        if (factors.remove(account.value())) {
            events.publishEvent(new SecondFactorChanged(admin.id(), account, Change.RESET_BY_ADMINISTRATOR));
        }
    }

    private void requireCurrentCode(CurrentUser user, String typedCode) {
        StoredFactor factor = factors.find(user.id().value()).filter(StoredFactor::confirmed)
                .orElseThrow(() -> new RuleViolation("secondFactor.notSetUp"));
        OptionalLong step = AuthenticatorCodes.matchingStep(factor.secret(), typedCode, clock.instant());
        if (step.isEmpty() || !factors.useStep(user.id().value(), step.getAsLong())) {
            throw new RuleViolation("secondFactor.code.wrong");
        }
    }

    private List<String> newRecoveryCodes(UUID user) {
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(AccountSecrets.newCode());
        }
        factors.replaceRecoveryCodes(user, codes.stream().map(AccountSecrets::hash).toList());
        return codes;
    }

    private SecondFactorStatus statusOf(UUID user, UUID organisation, Role role) {
        boolean required = role.isStaff() && accounts.settings(organisation).secondFactorRequired();
        return factors.find(user).filter(StoredFactor::confirmed)
                .map(factor -> new SecondFactorStatus(factor.confirmedAt(), factors.unusedRecoveryCodes(user),
                        required))
                .orElse(new SecondFactorStatus(null, 0, required));
    }

    private UserAccount accountOf(CurrentUser admin, UserId account) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("only administrators manage accounts");
        }
        return accounts.findInOrganisation(account.value(), admin.organisationId().value())
                .orElseThrow(() -> new NotFoundException("account"));
    }
}
