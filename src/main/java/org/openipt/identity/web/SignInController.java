package org.openipt.identity.web;

import java.util.Locale;
import java.util.Set;

import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.SignedIn;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Controller
class SignInController {

    private static final Set<String> LANGUAGES = Set.of("en", "es");

    private final IdentityService identity;
    private final LocaleResolver localeResolver;

    SignInController(IdentityService identity, LocaleResolver localeResolver) {
        this.identity = identity;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/login")
    String signIn() {
        return "identity/login";
    }

    /** Where each person starts after signing in. */
    @GetMapping("/")
    String home(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> "redirect:/admin/users";
            case CLIENT -> "redirect:/me";
            case CLINICIAN, SUPERVISOR -> "redirect:/caseload";
        };
    }

    /** The language picker: remembered for the browser session and, when signed in, as the person's preference. */
    @PostMapping("/language")
    String chooseLanguage(@RequestParam String language, @RequestParam(defaultValue = "/") String returnTo,
            HttpServletRequest request, HttpServletResponse response) {
        if (LANGUAGES.contains(language)) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
            SignedIn.user().ifPresent(user -> identity.choosePreferredLanguage(user.id(), language));
        }
        return "redirect:" + (isLocalPath(returnTo) ? returnTo : "/");
    }

    /** Called by the idle-timeout warning's "stay signed in" button; touching the session is enough. */
    @PostMapping("/session/keep-alive")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void keepAlive() {
    }

    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("://")
                && path.chars().noneMatch(Character::isISOControl);
    }

}
