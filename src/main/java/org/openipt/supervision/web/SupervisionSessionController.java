package org.openipt.supervision.web;

import java.time.LocalDate;
import java.util.UUID;

import org.openipt.identity.CurrentUser;
import org.openipt.shared.web.FormSubmission;
import org.openipt.supervision.SupervisionSessionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Supervision sessions: the list, recording one, and marking a follow-up done. */
@Controller
class SupervisionSessionController {

    private final SupervisionSessionService sessions;
    private final java.time.Clock clock;

    SupervisionSessionController(SupervisionSessionService sessions, java.time.Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/supervision/sessions")
    String sessions(CurrentUser supervisor, @RequestParam(defaultValue = "") String search, Model model) {
        model.addAttribute("form", SupervisionSessionForm.on(today(supervisor)));
        return page(supervisor, search, model);
    }

    @PostMapping("/supervision/sessions")
    String record(CurrentUser supervisor, @ModelAttribute("form") SupervisionSessionForm form, BindingResult errors,
            @RequestParam(defaultValue = "") String search, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "supervisionSession.recorded",
                "/supervision/sessions", () -> sessions.record(supervisor, form.entry(today(supervisor))), () -> {
                    form.fillLines();
                    return page(supervisor, search, model);
                });
    }

    @PostMapping("/supervision/follow-ups/{followUpId}/done")
    String done(CurrentUser supervisor, @PathVariable UUID followUpId, @RequestParam long version,
            RedirectAttributes redirect) {
        sessions.markDone(supervisor, followUpId, version);
        redirect.addFlashAttribute("notice", "supervisionSession.followUpDone");
        return "redirect:/supervision";
    }

    private String page(CurrentUser supervisor, String search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("choices", sessions.choices(supervisor, search));
        model.addAttribute("sessions", sessions.sessions(supervisor));
        return "supervision/sessions";
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }
}
