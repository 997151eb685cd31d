package org.openipt.identity.web;

import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.OrganisationSettings;
import org.openipt.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The organisation's settings, for its administrators: the video meeting link clients see for remote sessions, and
 * whether staff must sign in with a second factor.
 */
@Controller
class OrganisationSettingsController {

    private final IdentityService identity;

    OrganisationSettingsController(IdentityService identity) {
        this.identity = identity;
    }

    /** The settings form: the link as typed and the version it was read at. */
    public static class SettingsForm {

        private String videoLink = "";
        private boolean secondFactorRequired;
        private long version;

        public String getVideoLink() { return videoLink; }
        public void setVideoLink(String videoLink) { this.videoLink = videoLink; }
        public boolean isSecondFactorRequired() { return secondFactorRequired; }
        public void setSecondFactorRequired(boolean required) { this.secondFactorRequired = required; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    @GetMapping("/admin/organisation")
    String settings(CurrentUser admin, Model model) {
        OrganisationSettings settings = identity.settings(admin);
        SettingsForm form = new SettingsForm();
        form.setVideoLink(settings.videoLink() == null ? "" : settings.videoLink());
        form.setSecondFactorRequired(settings.secondFactorRequired());
        form.setVersion(settings.version());
        model.addAttribute("form", form);
        return page(settings, model);
    }

    @PostMapping("/admin/organisation")
    String change(CurrentUser admin, @ModelAttribute("form") SettingsForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "organisation.saved", "/admin/organisation",
                () -> identity.changeSettings(admin, form.getVideoLink(), form.isSecondFactorRequired(),
                        form.getVersion()),
                () -> page(identity.settings(admin), model));
    }

    private static String page(OrganisationSettings settings, Model model) {
        model.addAttribute("settings", settings);
        return "identity/organisation";
    }
}
