package org.openipt.safety.web;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.CurrentUser;
import org.openipt.safety.CrisisResourceId;
import org.openipt.safety.CrisisResourceService;
import org.openipt.shared.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Administrators keep their organisation's crisis resources: list, add, change, remove. */
@Controller
class CrisisResourceController {

    private static final String LIST = "/admin/crisis-resources";

    private final CrisisResourceService resources;

    CrisisResourceController(CrisisResourceService resources) {
        this.resources = resources;
    }

    @GetMapping(LIST)
    String list(CurrentUser admin, Model model) {
        model.addAttribute("resources", resources.all(admin));
        return "safety/crisis-resources";
    }

    @GetMapping(LIST + "/new")
    String newResource(Model model) {
        model.addAttribute("resource", new CrisisResourceForm());
        return formPage(null, model);
    }

    @PostMapping(LIST)
    String add(CurrentUser admin, @Validated @ModelAttribute("resource") CrisisResourceForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "crisis.added", LIST,
                () -> resources.add(admin, form.fields()), () -> formPage(null, model));
    }

    @GetMapping(LIST + "/{crisisResourceId}")
    String edit(CurrentUser admin, @PathVariable CrisisResourceId crisisResourceId, Model model) {
        model.addAttribute("resource", CrisisResourceForm.of(resources.resource(admin, crisisResourceId)));
        return formPage(crisisResourceId, model);
    }

    @PostMapping(LIST + "/{crisisResourceId}")
    String change(CurrentUser admin, @PathVariable CrisisResourceId crisisResourceId,
            @Validated @ModelAttribute("resource") CrisisResourceForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        resources.resource(admin, crisisResourceId);
        return FormSubmission.outcome(errors, response, redirect, "crisis.changed", LIST,
                () -> resources.change(admin, crisisResourceId, form.fields(), form.getVersion()),
                () -> afterRefusal(admin, crisisResourceId, form, model, response));
    }

    @PostMapping(LIST + "/{crisisResourceId}/remove")
    String remove(CurrentUser admin, @PathVariable CrisisResourceId crisisResourceId,
            @ModelAttribute("removal") CrisisResourceForm removal, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        resources.resource(admin, crisisResourceId);
        return FormSubmission.outcome(errors, response, redirect, "crisis.removed", LIST,
                () -> resources.remove(admin, crisisResourceId, removal.getVersion()),
                () -> {
                    model.addAttribute("resource", CrisisResourceForm.of(resources.resource(admin, crisisResourceId)));
                    return formPage(crisisResourceId, model);
                });
    }

    private String afterRefusal(CurrentUser admin, CrisisResourceId id, CrisisResourceForm form, Model model,
            HttpServletResponse response) {
        if (response.getStatus() == HttpStatus.CONFLICT.value()) {
            form.setVersion(resources.resource(admin, id).version());
        }
        return formPage(id, model);
    }

    private static String formPage(@Nullable CrisisResourceId id, Model model) {
        model.addAttribute("resourceId", id);
        model.addAttribute("currentPath", id == null ? LIST + "/new" : LIST + "/" + id);
        return "safety/crisis-resource-form";
    }
}
