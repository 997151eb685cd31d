package org.openipt.referral.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.identity.CurrentUser;
import org.openipt.protocol.ProtocolId;
import org.openipt.referral.ReferralId;
import org.openipt.referral.ReferralStatus;
import org.openipt.referral.SelfReferral;
import org.openipt.referral.TriageService;
import org.openipt.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The triage queue and one referral with its decisions. The referral is named by a parameter: it belongs to the
 * organisation, not yet to any client's record.
 */
@Controller
class TriageController {

    private final TriageService triage;

    TriageController(TriageService triage) {
        this.triage = triage;
    }

    @GetMapping("/referrals")
    String queue(CurrentUser staff, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("queue", triage.queue(staff, page));
        return "referral/queue";
    }

    @GetMapping("/referrals/view")
    String referral(CurrentUser staff, @RequestParam(required = false) @Nullable UUID id, Model model) {
        if (id == null) {
            return "redirect:/referrals";
        }
        return page(staff, new ReferralId(id), model);
    }

    @PostMapping("/referrals/accept")
    String accept(CurrentUser clinician, @RequestParam UUID id, @RequestParam UUID protocol,
            @RequestParam(defaultValue = "false") boolean invite, @RequestParam long version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            CourseId course = triage.accept(clinician, new ReferralId(id), new ProtocolId(protocol), invite, version);
            redirect.addFlashAttribute("notice", invite ? "referral.acceptedAndInvited" : "referral.accepted");
            return "redirect:/courses/" + course;
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", violation.messageKey());
            return page(clinician, new ReferralId(id), model);
        }
    }

    @PostMapping("/referrals/close")
    String close(CurrentUser staff, @RequestParam UUID id, @RequestParam ReferralStatus decision,
            @RequestParam(required = false) @Nullable String reason, @RequestParam long version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            triage.close(staff, new ReferralId(id), decision, reason, version);
            redirect.addFlashAttribute("notice", "referral.closed." + decision);
            return "redirect:/referrals";
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", violation.messageKey());
            model.addAttribute("keptReason", reason);
            return page(staff, new ReferralId(id), model);
        }
    }

    private String page(CurrentUser staff, ReferralId id, Model model) {
        SelfReferral referral = triage.referral(staff, id);
        model.addAttribute("referral", referral);
        model.addAttribute("formats", triage.formats(staff));
        model.addAttribute("phq9", org.openipt.measures.InstrumentLibrary.standard().definition("phq-9"));
        model.addAttribute("gad7", org.openipt.measures.InstrumentLibrary.standard().definition("gad-7"));
        return "referral/referral";
    }
}
