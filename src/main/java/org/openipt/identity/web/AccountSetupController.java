package org.openipt.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.openipt.identity.AccountSecrets;
import org.openipt.identity.AccountSetup;
import org.openipt.identity.AccountSetupService;
import org.openipt.identity.AccountTokenPurpose;
import org.openipt.identity.PasswordPolicy;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting a password without being signed in: with an invitation's link or code, or a forgotten-password link. A
 * link's secret is taken out of the address at once (held in the session, then a redirect), so it stays out of the
 * browser's history and of any Referer. A secret that cannot be used gets one page whatever the reason.
 */
@Controller
class AccountSetupController {

    private static final String HELD = AccountSetupController.class.getName() + ".secret";
    private static final String SET_PASSWORD = "identity/set-password";
    private static final String UNUSABLE = "identity/link-unusable";

    private final AccountSetupService setup;

    AccountSetupController(AccountSetupService setup) {
        this.setup = setup;
    }

    @GetMapping("/invitation/{secret}")
    String invitationLink(@PathVariable String secret, HttpSession session, HttpServletResponse response) {
        return hold(secret, AccountTokenPurpose.INVITATION, "/invitation/password", session, response);
    }

    @GetMapping("/invitation")
    String codeForm() {
        return "identity/invitation-code";
    }

    @PostMapping("/invitation")
    String code(@RequestParam(defaultValue = "") String code, HttpSession session, HttpServletResponse response,
            Model model) {
        String normalised = AccountSecrets.normaliseCode(code);
        if (!normalised.isEmpty() && purposeOf(normalised).filter(AccountTokenPurpose.INVITATION::equals).isPresent()) {
            session.setAttribute(HELD, normalised);
            return "redirect:/invitation/password";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("codeUnknown", true);
        model.addAttribute("code", code);
        return "identity/invitation-code";
    }

    @GetMapping("/invitation/password")
    String invitationPasswordForm(HttpSession session, Model model, HttpServletResponse response) {
        return setPasswordPage(session, AccountTokenPurpose.INVITATION, new PasswordSetupForm(), model, response);
    }

    @PostMapping("/invitation/password")
    String setInvitationPassword(@ModelAttribute("setup") PasswordSetupForm form, BindingResult errors,
            HttpSession session, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return complete(AccountTokenPurpose.INVITATION, "invitation.done", form, errors, session, model, response,
                redirect);
    }

    @GetMapping("/password/forgotten")
    String forgottenForm() {
        return "identity/password-forgotten";
    }

    /** The same answer whether or not the address has an account, so the page tells nobody who has one. */
    @PostMapping("/password/forgotten")
    String forgotten(@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        if (!email.isBlank() && email.length() <= 254) {
            setup.requestPasswordReset(email);
        }
        redirect.addFlashAttribute("notice", "password.resetSent");
        return "redirect:/password/forgotten";
    }

    @GetMapping("/password/reset/{secret}")
    String resetLink(@PathVariable String secret, HttpSession session, HttpServletResponse response) {
        return hold(secret, AccountTokenPurpose.PASSWORD_RESET, "/password/new", session, response);
    }

    @GetMapping("/password/new")
    String newPasswordForm(HttpSession session, Model model, HttpServletResponse response) {
        return setPasswordPage(session, AccountTokenPurpose.PASSWORD_RESET, new PasswordSetupForm(), model, response);
    }

    @PostMapping("/password/new")
    String setNewPassword(@ModelAttribute("setup") PasswordSetupForm form, BindingResult errors, HttpSession session,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return complete(AccountTokenPurpose.PASSWORD_RESET, "password.reset.done", form, errors, session, model,
                response, redirect);
    }

    private String hold(String secret, AccountTokenPurpose purpose, String next, HttpSession session,
            HttpServletResponse response) {
        if (secret.length() > 100 || purposeOf(secret).filter(purpose::equals).isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return UNUSABLE;
        }
        session.setAttribute(HELD, secret);
        return "redirect:" + next;
    }

    private String setPasswordPage(HttpSession session, AccountTokenPurpose purpose, PasswordSetupForm form,
            Model model, HttpServletResponse response) {
        Optional<AccountSetup> held = held(session).flatMap(setup::setup).filter(s -> s.purpose() == purpose);
        if (held.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return UNUSABLE;
        }
        model.addAttribute("account", held.get());
        model.addAttribute("setup", form);
        model.addAttribute("action", purpose == AccountTokenPurpose.INVITATION ? "/invitation/password" : "/password/new");
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return SET_PASSWORD;
    }

    private String complete(AccountTokenPurpose purpose, String notice, PasswordSetupForm form, BindingResult errors,
            HttpSession session, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<String> secret = held(session);
        if (secret.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return UNUSABLE;
        }
        if (!form.getPassword().equals(form.getConfirmation())) {
            errors.reject("password.confirmationDiffers");
        }
        try {
            return FormSubmission.outcome(errors, response, redirect, notice, "/login", () -> {
                setup.completeSetup(secret.get(), form.getPassword(), form.getSignIn());
                session.removeAttribute(HELD);
            }, () -> setPasswordPage(session, purpose, form, model, response));
        }
        catch (NotFoundException used) {
            session.removeAttribute(HELD);
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return UNUSABLE;
        }
    }

    private Optional<AccountTokenPurpose> purposeOf(String secret) {
        return setup.setup(secret).map(AccountSetup::purpose);
    }

    private static Optional<String> held(HttpSession session) {
        return session.getAttribute(HELD) instanceof String secret ? Optional.of(secret) : Optional.empty();
    }
}
