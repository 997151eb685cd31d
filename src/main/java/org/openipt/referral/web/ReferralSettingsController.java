package org.openipt.referral.web;

import org.openipt.identity.CurrentUser;
import org.openipt.referral.ReferralSettings;
import org.openipt.referral.ReferralSettingsService;
import org.openipt.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The administrator opens or closes the organisation's referral page and chooses its address. */
@Controller
class ReferralSettingsController {

    private final ReferralSettingsService settings;

    ReferralSettingsController(ReferralSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/referrals")
    String settings(CurrentUser admin, Model model) {
        ReferralSettings current = settings.settings(admin).orElse(null);
        model.addAttribute("settings", current);
        model.addAttribute("code", current == null ? "" : current.code());
        model.addAttribute("open", current != null && current.open());
        model.addAttribute("version", current == null ? 0 : current.version());
        return "referral/settings";
    }

    @PostMapping("/admin/referrals")
    String change(CurrentUser admin, @RequestParam String code, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            settings.change(admin, code, open, version);
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", violation.messageKey());
            model.addAttribute("settings", settings.settings(admin).orElse(null));
            model.addAttribute("code", code);
            model.addAttribute("open", open);
            model.addAttribute("version", version);
            return "referral/settings";
        }
        redirect.addFlashAttribute("notice", "referral.settings.saved");
        return "redirect:/admin/referrals";
    }
}
