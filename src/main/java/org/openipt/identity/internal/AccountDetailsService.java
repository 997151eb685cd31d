package org.openipt.identity.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.openipt.identity.SecondFactorDemand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads accounts for signing in ({@link AccountAuthentication} checks the password) and tells the
 * {@link SignInThrottle} of every failed and successful sign-in, which slows guessing by source address; an account
 * itself is never locked by failures, so nobody can lock a clinician out.
 */
@Service
class AccountDetailsService {

    private static final Logger log = LoggerFactory.getLogger(AccountDetailsService.class);

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final SecondFactorStore secondFactors;

    AccountDetailsService(UserAccountRepository users, OrganisationRepository organisations, Clock clock,
            SignInThrottle throttle, SecondFactorStore secondFactors) {
        this.secondFactors = secondFactors;
        this.users = users;
        this.organisations = organisations;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** Every account signing in with this name, one per organisation at most, the oldest first. */
    @Transactional(readOnly = true)
    public List<OpenIptPrincipal> candidates(String signInName) {
        return users.findByEmailOrderByCreatedAt(signInName.strip().toLowerCase(Locale.ROOT)).stream()
                .map(this::principalOf).toList();
    }

    /** The account as it is now, for finishing a sign-in its password began. */
    @Transactional(readOnly = true)
    public Optional<OpenIptPrincipal> principal(UUID user) {
        return users.findById(user).map(this::principalOf);
    }

    private OpenIptPrincipal principalOf(UserAccount account) {
        Organisation organisation = organisations.findById(account.getOrganisationId()).orElseThrow();
        boolean setUp = secondFactors.find(account.getId()).filter(SecondFactorStore.StoredFactor::confirmed)
                .isPresent();
        return new OpenIptPrincipal(account, ZoneId.of(organisation.getTimeZone()), clock.instant(),
                SecondFactorDemand.of(setUp, organisation.isSecondFactorRequired(), account.getRole()));
    }

    @EventListener
    public void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        throttle.failed(sourceAddress(event.getAuthentication()), name);
        keepCount(() -> users.countFailedLogin(name.strip().toLowerCase(Locale.ROOT)));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(sourceAddress(event.getAuthentication()), event.getAuthentication().getName());
        if (event.getAuthentication().getPrincipal() instanceof OpenIptPrincipal principal) {
            keepCount(() -> users.clearFailedLogins(principal.currentUser().id().value()));
        }
    }

    /**
     * The count of failed sign-ins is kept for the record only: when the database went away between reading the
     * account and counting, the request goes on and meets the outage where it is answered (503), rather than failing
     * inside the sign-in filter (the fault harness saw that as a 500 with PostgreSQL stopped).
     */
    private static void keepCount(Runnable count) {
        try {
            count.run();
        }
        catch (DataAccessException | TransactionException databaseGone) {
            log.warn("The failed sign-in count was not kept: {}", databaseGone.getClass().getSimpleName());
        }
    }

    /** The address the attempt came from (the client's own behind a trusted proxy); "unknown" outside a request. */
    private static String sourceAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
