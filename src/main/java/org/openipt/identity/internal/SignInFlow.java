package org.openipt.identity.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.SecondFactorDemand;
import org.openipt.identity.SecondFactors;
import org.openipt.identity.SignedInSessions;
import org.openipt.identity.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Signing in, in one or two steps. A right password either signs the person in at once or, where a second factor is
 * set up or required, leaves them <em>not</em> signed in with a pending sign-in in their session; only the second
 * factor's code then signs them in. A pending sign-in lasts five minutes and five wrong codes, and wrong codes slow
 * the address like wrong passwords ({@link SignInThrottle}).
 */
@Component
public class SignInFlow {

    static final String PENDING = SignInFlow.class.getName() + ".pending";
    static final Duration PENDING_FOR = Duration.ofMinutes(5);
    static final int WRONG_CODES_ALLOWED = 5;

    /** A right password waiting for its second factor. */
    record Pending(UUID user, String signInName, SecondFactorDemand demand, Instant since, int wrongCodes)
            implements Serializable {
    }

    /** What became of a code typed at sign-in. */
    public enum Outcome {
        SIGNED_IN, WRONG_CODE, WAIT, START_AGAIN
    }

    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SavedRequestAwareAuthenticationSuccessHandler toWhereTheyWereGoing =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final AccountDetailsService accounts;
    private final SecondFactors secondFactors;
    private final SignedInSessions sessions;
    private final UnsentDrafts drafts;
    private final LocaleResolver localeResolver;
    private final SignInThrottle throttle;
    private final Clock clock;

    SignInFlow(AccountDetailsService accounts, SecondFactors secondFactors, SignedInSessions sessions,
            UnsentDrafts drafts, LocaleResolver localeResolver, SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.sessions = sessions;
        this.drafts = drafts;
        this.localeResolver = localeResolver;
        this.throttle = throttle;
        this.clock = clock;
        toWhereTheyWereGoing.setDefaultTargetUrl("/");
    }

    /** The password was right: signed in, or on to the second factor. */
    void passwordAccepted(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof OpenIptPrincipal principal)
                || principal.secondFactor() == SecondFactorDemand.NONE) {
            complete(request, response, authentication, null);
            return;
        }
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        request.getSession().setAttribute(PENDING, new Pending(principal.currentUser().id().value(),
                principal.getUsername(), principal.secondFactor(), clock.instant(), 0));
        response.sendRedirect(request.getContextPath() + "/login/second-factor");
    }

    /** The pending sign-in of this session, if one is waiting and still fresh. */
    public Optional<SecondFactorDemand> pending(HttpServletRequest request) {
        return current(request).map(Pending::demand);
    }

    public UserId pendingUser(HttpServletRequest request) {
        return current(request).map(pending -> new UserId(pending.user())).orElseThrow();
    }

    /** How long the address must wait before its next code is checked (zero: not at all). */
    public Duration waitBeforeCode(HttpServletRequest request) {
        return current(request).map(pending -> throttle.waitBefore(request.getRemoteAddr(), pending.signInName()))
                .orElse(Duration.ZERO);
    }

    /** A code (or recovery code) typed for the pending sign-in of a person who set up their second factor. */
    public Outcome codeTyped(HttpServletRequest request, HttpServletResponse response, String typed)
            throws IOException, ServletException {
        Pending pending = current(request).orElse(null);
        if (pending == null) {
            return Outcome.START_AGAIN;
        }
        if (!waitBeforeCode(request).isZero()) {
            return Outcome.WAIT;
        }
        if (secondFactors.verify(new UserId(pending.user()), typed)) {
            return signIn(request, response, pending, null) ? Outcome.SIGNED_IN : Outcome.START_AGAIN;
        }
        throttle.failed(request.getRemoteAddr(), pending.signInName());
        HttpSession session = request.getSession();
        if (pending.wrongCodes() + 1 >= WRONG_CODES_ALLOWED) {
            session.removeAttribute(PENDING);
            return Outcome.START_AGAIN;
        }
        session.setAttribute(PENDING, new Pending(pending.user(), pending.signInName(), pending.demand(),
                pending.since(), pending.wrongCodes() + 1));
        return Outcome.WRONG_CODE;
    }

    /** The person confirmed a newly set-up second factor: signed in, and on to the page of their recovery codes. */
    public boolean setUpConfirmed(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException, ServletException {
        Pending pending = current(request).orElse(null);
        return pending != null && signIn(request, response, pending, target);
    }

    private boolean signIn(HttpServletRequest request, HttpServletResponse response, Pending pending,
            @Nullable String target) throws IOException, ServletException {
        request.getSession().removeAttribute(PENDING);
        OpenIptPrincipal principal = accounts.principal(pending.user()).orElse(null);
        if (principal == null || !principal.isEnabled()) { // switched off by an administrator in the meantime
            return false;
        }
        throttle.succeeded(request.getRemoteAddr(), pending.signInName());
        request.changeSessionId(); // a new session id for the newly signed-in session, as after a password alone
        complete(request, response, UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()), target);
        return true;
    }

    private void complete(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
            @Nullable String target) throws IOException, ServletException {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (authentication.getPrincipal() instanceof OpenIptPrincipal principal) {
            sessions.signedIn(request, principal.currentUser().id());
            drafts.signedIn(request, response, principal);
            if (principal.preferredLanguage() != null) {
                localeResolver.setLocale(request, response, Locale.forLanguageTag(principal.preferredLanguage()));
            }
        }
        if (target == null) {
            toWhereTheyWereGoing.onAuthenticationSuccess(request, response, authentication);
        }
        else {
            response.sendRedirect(request.getContextPath() + target);
        }
    }

    private Optional<Pending> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (pending.since().plus(PENDING_FOR).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending);
    }
}
