package org.openipt.retention.web;

import java.time.Clock;
import java.time.LocalDate;

import org.openipt.caseload.ClientId;
import org.openipt.identity.CurrentUser;
import org.openipt.retention.RetentionService;
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

/** The administrator's retention pages: the organisation's retention period, and each client's hold and erasure. */
@Controller
class RetentionController {

    private final RetentionService retention;
    private final Clock clock;

    RetentionController(RetentionService retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @GetMapping("/admin/retention")
    String policy(CurrentUser admin, Model model) {
        model.addAttribute("years", retention.retentionYears(admin).stream().boxed().findFirst().orElse(null));
        return "retention/policy";
    }

    @PostMapping("/admin/retention")
    String changePolicy(CurrentUser admin, @RequestParam(defaultValue = "") String years, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            retention.changeRetentionYears(admin, parsedYears(years));
        }
        catch (RuleViolation refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", refused.messageKey());
            model.addAttribute("years", years);
            return "retention/policy";
        }
        redirect.addFlashAttribute("notice", "retention.saved");
        return "redirect:/admin/retention";
    }

    @GetMapping("/admin/clients/{clientId}/retention")
    String client(CurrentUser admin, @PathVariable ClientId clientId, Model model) {
        return clientPage(admin, clientId, model);
    }

    @PostMapping("/admin/clients/{clientId}/legal-hold")
    String hold(CurrentUser admin, @PathVariable ClientId clientId, @RequestParam(defaultValue = "") String reason,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return decided(admin, clientId, model, response, redirect, "retention.hold.set",
                () -> retention.setLegalHold(admin, clientId, reason));
    }

    @PostMapping("/admin/clients/{clientId}/legal-hold/lift")
    String lift(CurrentUser admin, @PathVariable ClientId clientId, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return decided(admin, clientId, model, response, redirect, "retention.hold.lifted",
                () -> retention.liftLegalHold(admin, clientId));
    }

    @PostMapping("/admin/clients/{clientId}/erase")
    String erase(CurrentUser admin, @PathVariable ClientId clientId,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return decided(admin, clientId, model, response, redirect, "retention.erasedNow",
                () -> retention.erase(admin, clientId, confirmed));
    }

    private String decided(CurrentUser admin, ClientId client, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String notice, Runnable decision) {
        try {
            decision.run();
        }
        catch (RuleViolation refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", refused.messageKey());
            return clientPage(admin, client, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/clients/" + client + "/retention";
    }

    private String clientPage(CurrentUser admin, ClientId client, Model model) {
        model.addAttribute("clientId", client);
        model.addAttribute("record", retention.of(admin, client));
        model.addAttribute("today", LocalDate.now(clock.withZone(admin.timeZone())));
        return "retention/client";
    }

    /** Years as typed: a whole number, or a refusal that names the field. */
    private static int parsedYears(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        }
        catch (NumberFormatException notANumber) {
            throw new RuleViolation("retention.years.range");
        }
    }
}
