package org.openipt.identity.internal;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a sign-in name and password, for the sign-in page and the API. One address may have an account in several
 * organisations (no administrator may learn of the others), so the password is tried against each, the oldest first,
 * and opens the one it belongs to. An unknown name costs one hash as well, so that timing tells nothing.
 */
@Component
class AccountAuthentication implements AuthenticationProvider {

    private final AccountDetailsService accounts;
    private final PasswordEncoder passwords;
    private volatile String unknownAccountHash;

    AccountAuthentication(AccountDetailsService accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String password = String.valueOf(attempt.getCredentials());
        List<OpenIptPrincipal> candidates = candidates(attempt.getName());
        if (candidates.isEmpty()) {
            passwords.matches(password, unknownAccountHash());
            throw new BadCredentialsException("not recognised");
        }
        OpenIptPrincipal account = candidates.stream().filter(each -> passwords.matches(password, each.getPassword()))
                .findFirst().orElseThrow(() -> new BadCredentialsException("not recognised"));
        if (!account.isEnabled()) {
            throw new DisabledException("switched off");
        }
        if (!account.isAccountNonLocked()) {
            throw new LockedException("locked");
        }
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The accounts could not be read (the database is down): "try again soon", never "not recognised". */
    private List<OpenIptPrincipal> candidates(String signInName) {
        try {
            return accounts.candidates(signInName);
        }
        catch (AuthenticationException refused) {
            throw refused;
        }
        catch (RuntimeException unreadable) {
            throw new InternalAuthenticationServiceException("the accounts could not be read", unreadable);
        }
    }

    private String unknownAccountHash() {
        if (unknownAccountHash == null) {
            unknownAccountHash = passwords.encode("an account that does not exist");
        }
        return unknownAccountHash;
    }
}
