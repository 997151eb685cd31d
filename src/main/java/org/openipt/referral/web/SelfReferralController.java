package org.openipt.referral.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.openipt.referral.ReferralFormat;
import org.openipt.referral.ReferralOutcome;
import org.openipt.referral.ReferralPage;
import org.openipt.referral.SelfReferralService;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public referral page of an organisation, without an account: the form on one page (no JavaScript), then a
 * page that says it arrived — with the crisis lines first after a risk answer — or a 429 page when too many were
 * sent. Answered directly rather than redirected, so the crisis lines are on the very answer; sending again (a
 * reload) stores nothing more.
 */
@Controller
class SelfReferralController {

    private final SelfReferralService referrals;

    SelfReferralController(SelfReferralService referrals) {
        this.referrals = referrals;
    }

    @ModelAttribute("formats")
    ReferralFormat[] formats() {
        return ReferralFormat.values();
    }

    @GetMapping("/refer/{code}")
    String form(@PathVariable String code, Locale locale, Model model) {
        SelfReferralForm form = new SelfReferralForm();
        form.setLanguage(locale.getLanguage());
        model.addAttribute("form", form);
        return page(referrals.page(code, locale), model);
    }

    @PostMapping("/refer/{code}")
    String send(@PathVariable String code, @ModelAttribute("form") SelfReferralForm form, BindingResult errors,
            Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        ReferralPage page = referrals.page(code, locale);
        if (!errors.hasErrors()) {
            try {
                ReferralOutcome outcome = referrals.send(code, locale, addressHash(request), form.getSubmissionKey(),
                        form.entry(), form.botField());
                return switch (outcome) {
                    case ReferralOutcome.TooMany tooMany -> {
                        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                        response.setHeader("Retry-After", "3600");
                        model.addAttribute("page", page);
                        yield "referral/too-many";
                    }
                    case ReferralOutcome.Received received -> {
                        model.addAttribute("page", page);
                        model.addAttribute("received", received);
                        yield "referral/received";
                    }
                };
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(page, model);
    }

    private String page(ReferralPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("phq9", referrals.phq9());
        model.addAttribute("gad7", referrals.gad7());
        return "referral/refer";
    }

    /** The network address, hashed: counted for the rate limit, never stored in clear. */
    private static String addressHash(HttpServletRequest request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getRemoteAddr().getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
