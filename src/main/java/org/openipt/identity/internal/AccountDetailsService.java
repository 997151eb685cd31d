package org.openipt.identity.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts by e-mail and counts failed sign-ins. A locked account is refused before its password is
 * hashed (Spring Security checks the lock before the password), which also stops password guessing.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository users, OrganisationRepository organisations, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        UserAccount account = users.findByEmail(email.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        ZoneId zone = organisations.findById(account.getOrganisationId()).map(o -> ZoneId.of(o.getTimeZone()))
                .orElse(ZoneId.of("UTC"));
        return new OpenIptPrincipal(account, zone, clock.instant());
    }

    @EventListener
    @Transactional
    public void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
        users.findByEmail(String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT))
                .ifPresent(account -> {
                    account.recordFailedLogin(clock.instant());
                    users.save(account);
                });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof OpenIptPrincipal principal) {
            users.findById(principal.currentUser().id().value()).ifPresent(account -> {
                account.recordSuccessfulLogin();
                users.save(account);
            });
        }
    }
}
