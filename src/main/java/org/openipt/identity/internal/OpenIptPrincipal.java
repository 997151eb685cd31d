package org.openipt.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.SecondFactorDemand;
import org.openipt.identity.UserId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it; {@link #currentUser()} is what the rest of OpenIPT sees. */
public final class OpenIptPrincipal implements UserDetails {

    private final CurrentUser currentUser;
    private final String email;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final @Nullable String preferredLanguage;
    private final SecondFactorDemand secondFactor;

    OpenIptPrincipal(UserAccount account, ZoneId timeZone, Instant now, SecondFactorDemand secondFactor) {
        this.secondFactor = secondFactor;
        this.currentUser = new CurrentUser(new UserId(account.getId()), new OrganisationId(account.getOrganisationId()),
                account.getRole(), account.getDisplayName(), account.isLayCounsellor(), timeZone);
        this.email = account.getEmail();
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
        this.locked = account.isLockedAt(now);
        this.preferredLanguage = account.getPreferredLanguage();
    }

    public CurrentUser currentUser() {
        return currentUser;
    }

    public @Nullable String preferredLanguage() {
        return preferredLanguage;
    }

    /** What signing in asks besides the password, as it was when the account was read. */
    public SecondFactorDemand secondFactor() {
        return secondFactor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(currentUser.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
