package org.openipt.portal.web;

import org.openipt.identity.CurrentUser;
import org.openipt.portal.PortalDiary;
import org.openipt.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The client's mood and events diary: a day to write, and their latest days with what became of each. */
@Controller
class DiaryController {

    private final PortalDiary diary;

    DiaryController(PortalDiary diary) {
        this.diary = diary;
    }

    @GetMapping("/me/diary")
    String diary(CurrentUser client, Model model) {
        PortalDiary.DiaryPage page = diary.page(client);
        model.addAttribute("form", DiaryForm.blank(page.today()));
        return page(page, model);
    }

    @PostMapping("/me/diary")
    String write(CurrentUser client, @ModelAttribute("form") DiaryForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "diary.written", "/me/diary",
                () -> diary.write(client, form.getSubmissionKey(), form.entry()), () -> page(diary.page(client), model));
    }

    private static String page(PortalDiary.DiaryPage page, Model model) {
        model.addAttribute("page", page);
        return "portal/diary";
    }
}
