package org.openipt.caseload.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ConsentDocument;
import org.openipt.caseload.ConsentKind;
import org.openipt.caseload.ConsentService;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's consent documents, for administrators: every version, and publishing a new one. */
@Controller
class ConsentAdministrationController {

    private final ConsentService consents;

    ConsentAdministrationController(ConsentService consents) {
        this.consents = consents;
    }

    @ModelAttribute("kinds")
    ConsentKind[] kinds() {
        return ConsentKind.values();
    }

    @GetMapping("/admin/consents")
    String list(CurrentUser admin, Model model) {
        model.addAttribute("documents", consents.published(admin));
        return "caseload/consents";
    }

    /** The form for a new version, filled with the newest one of that kind and language when there is one. */
    @GetMapping("/admin/consents/new")
    String form(CurrentUser admin, @RequestParam(required = false) @Nullable ConsentKind kind,
            @RequestParam(defaultValue = "en") String language, Model model) {
        ConsentForm form = new ConsentForm();
        form.setKind(kind);
        form.setLanguage(language);
        List<ConsentDocument> published = consents.published(admin);
        published.stream().filter(d -> d.kind() == kind && d.language().equals(language)).findFirst()
                .ifPresent(newest -> {
                    form.setTitle(newest.title());
                    form.setBody(newest.body());
                });
        model.addAttribute("consent", form);
        return "caseload/consent-form";
    }

    @PostMapping("/admin/consents")
    String publish(CurrentUser admin, @ModelAttribute("consent") ConsentForm form, BindingResult errors,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (form.getKind() == null) {
            errors.reject("consent.kind.required");
        }
        return FormSubmission.outcome(errors, response, redirect, "consent.published", "/admin/consents",
                () -> consents.publish(admin, form.getKind(), form.getLanguage(), form.getTitle(), form.getBody()),
                () -> "caseload/consent-form");
    }
}
