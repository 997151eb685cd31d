package org.openipt.identity;

import java.util.Optional;

import org.openipt.identity.internal.OpenIptPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in on this request, if anyone is. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Optional<CurrentUser> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OpenIptPrincipal principal
                ? Optional.of(principal.currentUser()) : Optional.empty();
    }
}
