package org.openipt.identity.web;

import org.openipt.shared.web.FormSubmission;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.NewUser;
import org.openipt.identity.Role;
import org.openipt.identity.SecondFactors;
import org.openipt.identity.UserId;
import org.openipt.identity.UserSummary;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Administrators open accounts, change roles and assign clinicians to supervisors. */
@Controller
class UserAdministrationController {

    private final IdentityService identity;
    private final SecondFactors secondFactors;

    UserAdministrationController(IdentityService identity, SecondFactors secondFactors) {
        this.identity = identity;
        this.secondFactors = secondFactors;
    }

    @GetMapping("/admin/users")
    String list(CurrentUser admin, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("users", identity.users(admin, PageRequestParams.of(page)));
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(CurrentUser admin, Model model) {
        return form(admin, model, new UserForm(), true);
    }

    @PostMapping("/admin/users")
    String create(CurrentUser admin, @Validated @ModelAttribute("user") UserForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                identity.createUser(admin, new NewUser(form.getEmail(), form.getDisplayName(), form.getPassword(),
                        form.getRole() == null ? Role.CLINICIAN : form.getRole(), form.isLayCounsellor(),
                        form.supervisor(), null));
                redirect.addFlashAttribute("notice", "user.created");
                return "redirect:/admin/users";
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(admin, model, form, true);
    }

    @GetMapping("/admin/users/{id}")
    String edit(CurrentUser admin, @PathVariable UserId id, Model model) {
        UserSummary user = identity.user(admin, id);
        UserForm form = new UserForm();
        form.setEmail(user.email());
        form.setDisplayName(user.displayName());
        form.setRole(user.role());
        form.setLayCounsellor(user.layCounsellor());
        form.setNeedsSignOff(user.needsSignOff());
        form.setSupervisorId(user.supervisorId() == null ? "" : user.supervisorId().toString());
        form.setEnabled(user.enabled());
        form.setVersion(user.version());
        existing(admin, id, model);
        return form(admin, model, form, false);
    }

    @PostMapping("/admin/users/{id}")
    String update(CurrentUser admin, @PathVariable UserId id, @Validated @ModelAttribute("user") UserForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UserSummary current = identity.user(admin, id);
        if (!errors.hasErrors()) {
            try {
                identity.updateUser(admin, id, form.getDisplayName(),
                        form.getRole() == null ? Role.CLINICIAN : form.getRole(), form.isLayCounsellor(),
                        form.supervisor(), form.isEnabled(), form.isNeedsSignOff(), form.getVersion());
                redirect.addFlashAttribute("notice", "user.updated");
                return "redirect:/admin/users";
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
            catch (OptimisticLockingFailureException conflict) {
                // keep the entry, now against the current version: saving it again is a deliberate choice
                errors.reject("error.conflict");
                form.setVersion(current.version());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        existing(admin, id, model);
        return form(admin, model, form, false);
    }

    /** An existing account's id and its second factor (set up or not), beside the form. */
    private void existing(CurrentUser admin, UserId id, Model model) {
        model.addAttribute("userId", id);
        model.addAttribute("secondFactor", secondFactors.statusOf(admin, id));
    }

    private String form(CurrentUser admin, Model model, UserForm form, boolean opening) {
        model.addAttribute("user", form);
        model.addAttribute("opening", opening);
        model.addAttribute("roles", Role.values());
        model.addAttribute("supervisors", identity.usersWithRole(admin.organisationId(), Role.SUPERVISOR));
        return "identity/user-form";
    }
}
