package org.openipt.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps what a client wrote when their session ended before they pressed Save: the form they send to a portal page
 * after the idle timeout is kept in the new session, and once the same person has signed in again it is sent as they
 * sent it (Spring Security gives the kept request back once, to the address it saved) and they see its result — saved,
 * or the reasons beside what they wrote. The form's submission key keeps a resend from storing anything twice. Whose
 * session it was is remembered for a day from the session's end, by its id, in memory only; anyone else signing in in
 * that browser gets nothing of it.
 */
@Component
class UnsentDrafts implements InvalidSessionStrategy {

    private static final String OWNER = UnsentDrafts.class.getName() + ".owner";
    private static final Duration REMEMBERED = Duration.ofDays(1);
    private static final int MOST_REMEMBERED = 10_000;

    /** A client's form posted to a portal page. */
    private static final RequestMatcher CLIENT_FORM = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/me/**");

    private record Ended(UUID userId, Instant at) {
    }

    private final Map<String, Ended> endedSessions = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ended> eldest) {
            return size() > MOST_REMEMBERED;
        }
    };
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
    private final Clock clock;

    UnsentDrafts(Clock clock) {
        this.clock = clock;
        // saved where the web chain's own request cache looks: after the sign-in the chain replays it once
        requestCache.setRequestMatcher(CLIENT_FORM);
    }

    @EventListener
    void ended(HttpSessionDestroyedEvent event) {
        for (SecurityContext context : event.getSecurityContexts()) {
            Authentication authentication = context.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof OpenIptPrincipal principal) {
                synchronized (endedSessions) {
                    endedSessions.put(event.getId(), new Ended(principal.currentUser().id().value(), clock.instant()));
                }
            }
        }
    }

    /** A request with a session that has ended: a client's form is kept for them, then to the sign-in page. */
    @Override
    public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID owner = ownerOf(request.getRequestedSessionId());
        HttpSession fresh = request.getSession(true);
        if (owner != null && CLIENT_FORM.matches(request)) {
            requestCache.saveRequest(request, response);
            fresh.setAttribute(OWNER, owner);
        }
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }

    /** After a sign-in: the kept form stays only for the person who wrote it. */
    void signedIn(HttpServletRequest request, HttpServletResponse response, OpenIptPrincipal principal) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(OWNER) == null) {
            return;
        }
        if (!principal.currentUser().id().value().equals(session.getAttribute(OWNER))) {
            requestCache.removeRequest(request, response);
        }
        session.removeAttribute(OWNER);
    }

    private @Nullable UUID ownerOf(@Nullable String sessionId) {
        if (sessionId == null) {
            return null;
        }
        synchronized (endedSessions) {
            Ended ended = endedSessions.get(sessionId);
            return ended == null || ended.at().plus(REMEMBERED).isBefore(clock.instant()) ? null : ended.userId();
        }
    }
}
