package org.openipt.portal.web;

import java.util.Locale;

import org.openipt.identity.CurrentUser;
import org.openipt.portal.MyPeopleService;
import org.openipt.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** "My people": the shared closeness circle, and a change to it the client suggests for their next session. */
@Controller
class MyPeopleController {

    private final MyPeopleService people;

    MyPeopleController(MyPeopleService people) {
        this.people = people;
    }

    @GetMapping("/me/people")
    String people(CurrentUser client, Locale locale, Model model) {
        model.addAttribute("form", new QuestionForm());
        return page(client, locale, model);
    }

    @PostMapping("/me/people")
    String suggest(CurrentUser client, Locale locale, @ModelAttribute("form") QuestionForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "people.suggested", "/me/people",
                () -> people.suggest(client, form.getSubmissionKey(), form.getQuestion()),
                () -> page(client, locale, model));
    }

    private String page(CurrentUser client, Locale locale, Model model) {
        model.addAttribute("people", people.people(client, locale));
        return "portal/people";
    }
}
