package org.openipt.portal.web;

import org.openipt.identity.CurrentUser;
import org.openipt.portal.ClientPreparation;
import org.openipt.shared.web.FormSubmission;
import org.openipt.worksheet.WorksheetType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The client prepares a decision to think through, or a conversation to practise, for their next session. */
@Controller
class PreparationController {

    private final ClientPreparation preparation;

    PreparationController(ClientPreparation preparation) {
        this.preparation = preparation;
    }

    @GetMapping("/me/decisions")
    String decisions(CurrentUser client, Model model) {
        model.addAttribute("form", new DecisionForm());
        return decisionsPage(client, model);
    }

    @PostMapping("/me/decisions")
    String decide(CurrentUser client, @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "preparation.saved", "/me/decisions",
                () -> preparation.write(client, form.getSubmissionKey(), form.draft()),
                () -> decisionsPage(client, model));
    }

    @GetMapping("/me/role-plays")
    String rolePlays(CurrentUser client, Model model) {
        model.addAttribute("form", new RolePlayForm());
        return rolePlaysPage(client, model);
    }

    @PostMapping("/me/role-plays")
    String prepare(CurrentUser client, @ModelAttribute("form") RolePlayForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "preparation.saved", "/me/role-plays",
                () -> preparation.write(client, form.getSubmissionKey(), form.draft()),
                () -> rolePlaysPage(client, model));
    }

    private String decisionsPage(CurrentUser client, Model model) {
        model.addAttribute("page", preparation.page(client, WorksheetType.DECISION_ANALYSIS));
        return "portal/decisions";
    }

    private String rolePlaysPage(CurrentUser client, Model model) {
        model.addAttribute("page", preparation.page(client, WorksheetType.ROLE_PLAY));
        return "portal/role-plays";
    }
}
