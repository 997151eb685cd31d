package org.openipt.identity.web;

import java.util.List;

import org.openipt.identity.CurrentUser;
import org.openipt.identity.SecondFactors;
import org.openipt.identity.UserId;
import org.openipt.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A person's own second factor (set up, new recovery codes, switched off where not required) and an
 * administrator's reset for someone who lost both phone and recovery codes.
 */
@Controller
class SecondFactorController {

    private static final String ACCOUNT_PAGE = "/account/second-factor";

    private final SecondFactors secondFactors;

    SecondFactorController(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping(ACCOUNT_PAGE)
    String status(CurrentUser user, Model model) {
        model.addAttribute("status", secondFactors.status(user));
        return "identity/second-factor";
    }

    @GetMapping(ACCOUNT_PAGE + "/set-up")
    String setUp(CurrentUser user, Model model) {
        if (secondFactors.status(user).setUp()) {
            return "redirect:" + ACCOUNT_PAGE;
        }
        return setUpPage(user, model);
    }

    @PostMapping(ACCOUNT_PAGE + "/set-up")
    String setUpConfirmed(CurrentUser user, @RequestParam(defaultValue = "") String code, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            return recoveryCodes(secondFactors.confirmSetUp(user.id(), code), redirect);
        }
        catch (RuleViolation wrong) {
            refused(wrong, model, response);
            return secondFactors.status(user).setUp() ? status(user, model) : setUpPage(user, model);
        }
    }

    @GetMapping(SecondFactorSignInController.RECOVERY_CODES_PAGE)
    String recoveryCodesOnce(Model model) {
        return model.containsAttribute("recoveryCodes") ? "identity/recovery-codes" : "redirect:" + ACCOUNT_PAGE;
    }

    @PostMapping(SecondFactorSignInController.RECOVERY_CODES_PAGE)
    String renewRecoveryCodes(CurrentUser user, @RequestParam(defaultValue = "") String code, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            return recoveryCodes(secondFactors.renewRecoveryCodes(user, code), redirect);
        }
        catch (RuleViolation wrong) {
            refused(wrong, model, response);
            return status(user, model);
        }
    }

    @PostMapping(ACCOUNT_PAGE + "/remove")
    String remove(CurrentUser user, @RequestParam(defaultValue = "") String code, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            secondFactors.remove(user, code);
        }
        catch (RuleViolation wrong) {
            refused(wrong, model, response);
            return status(user, model);
        }
        redirect.addFlashAttribute("notice", "secondFactor.removed");
        return "redirect:" + ACCOUNT_PAGE;
    }

    @PostMapping("/admin/users/{id}/second-factor/reset")
    String reset(CurrentUser admin, @PathVariable UserId id, RedirectAttributes redirect) {
        secondFactors.reset(admin, id);
        redirect.addFlashAttribute("notice", "secondFactor.reset");
        return "redirect:/admin/users/" + id;
    }

    private String setUpPage(CurrentUser user, Model model) {
        return SecondFactorSetUpPage.render(secondFactors.beginSetUp(user.id()), false, model);
    }

    private static String recoveryCodes(List<String> codes, RedirectAttributes redirect) {
        redirect.addFlashAttribute("recoveryCodes", codes);
        return "redirect:" + SecondFactorSignInController.RECOVERY_CODES_PAGE;
    }

    private static void refused(RuleViolation wrong, Model model, HttpServletResponse response) {
        model.addAttribute("codeError", wrong.messageKey());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
}
