package org.openipt.portal.web;

import org.openipt.identity.CurrentUser;
import org.openipt.portal.PortalQuestions;
import org.openipt.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** "Questions for my next session": one to write, and the latest with the session each was brought to. */
@Controller
class QuestionsController {

    private final PortalQuestions questions;

    QuestionsController(PortalQuestions questions) {
        this.questions = questions;
    }

    @GetMapping("/me/questions")
    String questions(CurrentUser client, Model model) {
        model.addAttribute("form", new QuestionForm());
        return page(questions.page(client), model);
    }

    @PostMapping("/me/questions")
    String ask(CurrentUser client, @ModelAttribute("form") QuestionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "question.asked", "/me/questions",
                () -> questions.ask(client, form.getSubmissionKey(), form.getQuestion()),
                () -> page(questions.page(client), model));
    }

    private static String page(PortalQuestions.QuestionsPage page, Model model) {
        model.addAttribute("page", page);
        return "portal/questions";
    }
}
