package org.openipt.identity.web;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.SignedIn;
import org.openipt.shared.web.PageDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the shared page layout needs on every page: who is signed in, the language, how dates are written, the idle
 * timeout.
 */
@ControllerAdvice
class LayoutModel {

    private final long idleTimeoutSeconds;
    private final long idleWarningSeconds;

    LayoutModel(@Value("${server.servlet.session.timeout:30m}") Duration idleTimeout,
            @Value("${openipt.session.idle-warning-seconds:300}") long idleWarningSeconds) {
        this.idleTimeoutSeconds = idleTimeout.toSeconds();
        this.idleWarningSeconds = idleWarningSeconds;
    }

    @ModelAttribute("signedIn")
    @Nullable
    CurrentUser signedIn() {
        return SignedIn.user().orElse(null);
    }

    /** How the page writes dates and times: in the reader's time zone, in one order for every language. */
    @ModelAttribute("dates")
    PageDates dates(Locale locale) {
        return new PageDates(SignedIn.user().map(CurrentUser::timeZone).orElse(ZoneOffset.UTC), locale);
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return locale.getLanguage();
    }

    /** Where the language picker returns to: this page, unless it answered a form (then the start page). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "/";
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    @ModelAttribute("idleTimeoutSeconds")
    long idleTimeoutSeconds() {
        return idleTimeoutSeconds;
    }

    @ModelAttribute("idleWarningSeconds")
    long idleWarningSeconds() {
        return idleWarningSeconds;
    }
}
