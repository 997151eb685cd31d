package org.openipt.portal.web;

import org.openipt.identity.CurrentUser;
import org.openipt.portal.ClientPreparation;
import org.openipt.worksheet.WorksheetType;
import org.openipt.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The client's communication diary: a difficult conversation to write down, and their earlier entries. */
@Controller
class CommunicationDiaryController {

    private final ClientPreparation diary;

    CommunicationDiaryController(ClientPreparation diary) {
        this.diary = diary;
    }

    @GetMapping("/me/conversations")
    String diary(CurrentUser client, Model model) {
        model.addAttribute("form", new ConversationForm());
        return page(diary.page(client, WorksheetType.COMMUNICATION_ANALYSIS), model);
    }

    @PostMapping("/me/conversations")
    String write(CurrentUser client, @ModelAttribute("form") ConversationForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "conversation.written", "/me/conversations",
                () -> diary.write(client, form.getSubmissionKey(), form.draft()),
                () -> page(diary.page(client, WorksheetType.COMMUNICATION_ANALYSIS), model));
    }

    private static String page(ClientPreparation.PreparationPage page, Model model) {
        model.addAttribute("page", page);
        return "portal/conversations";
    }
}
