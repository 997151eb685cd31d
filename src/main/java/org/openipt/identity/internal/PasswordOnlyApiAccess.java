package org.openipt.identity.internal;

import java.io.IOException;

import org.openipt.identity.SecondFactorDemand;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API signs in with a password alone (HTTP Basic), so it does not let in an account whose sign-in asks for more:
 * one with a second factor set up, or staff of an organisation that requires one. A password must never be a way
 * round the second factor.
 */
class PasswordOnlyApiAccess extends OncePerRequestFilter {

    private final MessageSource messages;

    PasswordOnlyApiAccess(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof OpenIptPrincipal principal
                && principal.secondFactor() != SecondFactorDemand.NONE) {
            SecurityContextHolder.clearContext();
            SecurityConfiguration.problem(response, HttpStatus.UNAUTHORIZED, "error.api.secondFactor", messages,
                    request.getLocale());
            return;
        }
        chain.doFilter(request, response);
    }
}
