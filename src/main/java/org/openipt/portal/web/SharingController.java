package org.openipt.portal.web;

import org.openipt.course.CourseId;
import org.openipt.identity.CurrentUser;
import org.openipt.portal.PortalSharingService;
import org.openipt.portal.SharedPart;
import org.openipt.portal.SharingChoices;
import org.openipt.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The clinician chooses, per course, what the client sees in the portal. */
@Controller
class SharingController {

    private final PortalSharingService sharing;

    SharingController(PortalSharingService sharing) {
        this.sharing = sharing;
    }

    @GetMapping("/courses/{courseId}/sharing")
    String choices(CurrentUser user, @PathVariable CourseId courseId, Model model) {
        SharingChoices choices = sharing.choices(user, courseId);
        model.addAttribute("form", SharingForm.of(choices));
        return page(choices, model);
    }

    @PostMapping("/courses/{courseId}/sharing")
    String change(CurrentUser user, @PathVariable CourseId courseId, @ModelAttribute("form") SharingForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "sharing.saved", "/courses/" + courseId,
                () -> sharing.change(user, courseId, form.sharing(), form.getVersion()),
                () -> page(sharing.choices(user, courseId), model));
    }

    private static String page(SharingChoices choices, Model model) {
        model.addAttribute("choices", choices);
        model.addAttribute("parts", SharedPart.values());
        return "portal/sharing";
    }
}
