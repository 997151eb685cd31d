package org.openipt.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where each person is signed in, on this node: they see their sessions and end any of them; an administrator ends
 * all of an account's sessions (at once when the account is switched off); and no session outlives
 * {@code openipt.session.absolute-lifetime} from its sign-in, however active (HIPAA §164.312(a)(2)(iii)).
 * Sessions live in this node's memory, as the HTTP sessions themselves do.
 */
@Service
public class SignedInSessions {

    private record Active(HttpSession session, UUID handle, UserId user, Instant signedInAt, String address,
            String device) {
    }

    private final Map<String, Active> bySessionId = new ConcurrentHashMap<>();
    private final IdentityService identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration lifetime;

    SignedInSessions(IdentityService identity, ApplicationEventPublisher events, Clock clock,
            @Value("${openipt.session.absolute-lifetime:PT12H}") Duration lifetime) {
        this.identity = identity;
        this.events = events;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Called once a sign-in has succeeded, with the session it now has. */
    public void signedIn(HttpServletRequest request, UserId user) {
        HttpSession session = request.getSession();
        bySessionId.put(session.getId(), new Active(session, UUID.randomUUID(), user, clock.instant(),
                request.getRemoteAddr(), Devices.describe(request.getHeader("User-Agent"))));
    }

    /** A session signed in longer ago than the absolute lifetime: to be ended before it serves the request. */
    public boolean outlived(@Nullable HttpSession session) {
        Active active = session == null ? null : bySessionId.get(session.getId());
        return active != null && !active.signedInAt().plus(lifetime).isAfter(clock.instant());
    }

    public List<SignedInSession> of(CurrentUser user, @Nullable String currentSessionId) {
        return bySessionId.entrySet().stream().filter(entry -> entry.getValue().user().equals(user.id()))
                .map(entry -> view(entry.getValue(), entry.getKey().equals(currentSessionId)))
                .sorted(Comparator.comparing(SignedInSession::thisDevice).reversed()
                        .thenComparing(SignedInSession::lastActive, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends one of the person's own sessions; another's handle names nothing. */
    public void end(CurrentUser user, UUID handle) {
        Map.Entry<String, Active> found = bySessionId.entrySet().stream()
                .filter(entry -> entry.getValue().handle().equals(handle) && entry.getValue().user().equals(user.id()))
                .findFirst().orElseThrow(() -> new NotFoundException("session"));
        end(found.getKey());
    }

    /** Ends every session of the person but the one they are using; how many were ended. */
    public int endOthers(CurrentUser user, String currentSessionId) {
        List<String> others = bySessionId.entrySet().stream()
                .filter(entry -> entry.getValue().user().equals(user.id()) && !entry.getKey().equals(currentSessionId))
                .map(Map.Entry::getKey).toList();
        others.forEach(this::end);
        return others.size();
    }

    /** An administrator ends every session of an account of their organisation; how many were ended. */
    public int endAllOf(CurrentUser admin, UserId account) {
        identity.user(admin, account); // another organisation's account names nothing
        int ended = endAllOf(account);
        events.publishEvent(new AdministratorChanged(admin.id(), "ACCOUNT", account,
                AdministratorChanged.Change.SESSIONS_ENDED));
        return ended;
    }

    int endAllOf(UserId account) {
        List<String> theirs = bySessionId.entrySet().stream().filter(entry -> entry.getValue().user().equals(account))
                .map(Map.Entry::getKey).toList();
        theirs.forEach(this::end);
        return theirs.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void accessChanged(IdentityService.AccessChanged change) {
        endAllOf(change.account());
    }

    @EventListener
    void ended(HttpSessionDestroyedEvent event) {
        bySessionId.remove(event.getId());
    }

    private void end(String sessionId) {
        Active active = bySessionId.remove(sessionId);
        if (active != null) {
            try {
                active.session().invalidate();
            }
            catch (IllegalStateException alreadyEnded) {
                // ended meanwhile by time-out or sign-out: nothing more to do
            }
        }
    }

    private SignedInSession view(Active active, boolean thisDevice) {
        Instant lastActive;
        try {
            lastActive = Instant.ofEpochMilli(active.session().getLastAccessedTime());
        }
        catch (IllegalStateException alreadyEnded) {
            lastActive = active.signedInAt();
        }
        return new SignedInSession(active.handle(), active.signedInAt(), lastActive, active.address(),
                active.device(), thisDevice);
    }
}
