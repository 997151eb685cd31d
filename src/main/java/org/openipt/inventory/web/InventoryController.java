package org.openipt.inventory.web;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.web.FormSubmission;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseId;
import org.openipt.identity.CurrentUser;
import org.openipt.inventory.Answer;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.InventoryView;
import org.openipt.inventory.RelationshipId;
import org.openipt.inventory.RelationshipRole;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The interpersonal inventory of a course: the closeness circle with its table, the form of one person, the quick
 * move to another ring, the intake version and the comparison with it.
 */
@Controller
class InventoryController {

    private final InventoryService inventory;
    private final CaseloadService caseload;

    InventoryController(InventoryService inventory, CaseloadService caseload) {
        this.inventory = inventory;
        this.caseload = caseload;
    }

    @ModelAttribute("roles")
    RelationshipRole[] roles() {
        return RelationshipRole.values();
    }

    @ModelAttribute("rings")
    ClosenessRing[] rings() {
        return ClosenessRing.values();
    }

    @ModelAttribute("answers")
    Answer[] answers() {
        return Answer.values();
    }

    @GetMapping("/courses/{courseId}/inventory")
    String inventory(CurrentUser user, @PathVariable CourseId courseId, Model model) {
        return inventoryPage(user, courseId, model);
    }

    @GetMapping("/courses/{courseId}/inventory/relationships/new")
    String newRelationship(CurrentUser clinician, @PathVariable CourseId courseId, Model model) {
        if (!inventory.mayChange(clinician, courseId)) {
            throw new NotFoundException("course");
        }
        RelationshipForm form = new RelationshipForm();
        form.setRing(ClosenessRing.MIDDLE);
        model.addAttribute("relationship", form);
        return formPage(clinician, courseId, null, model);
    }

    @PostMapping("/courses/{courseId}/inventory/relationships")
    String add(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("relationship") RelationshipForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        inventory.requireChangeable(clinician, courseId);
        if (!errors.hasErrors()) {
            try {
                inventory.add(clinician, courseId, form.fields());
                redirect.addFlashAttribute("notice", "inventory.added");
                return "redirect:/courses/" + courseId + "/inventory";
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return formPage(clinician, courseId, null, model);
    }

    @GetMapping("/courses/{courseId}/inventory/relationships/{relationshipId}")
    String edit(CurrentUser user, @PathVariable CourseId courseId, @PathVariable RelationshipId relationshipId,
            Model model) {
        model.addAttribute("relationship", RelationshipForm.of(inventory.relationship(user, courseId, relationshipId)));
        return formPage(user, courseId, relationshipId, model);
    }

    @PostMapping("/courses/{courseId}/inventory/relationships/{relationshipId}")
    String change(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable RelationshipId relationshipId,
            @Validated @ModelAttribute("relationship") RelationshipForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        inventory.requireChangeable(clinician, courseId);
        inventory.relationship(clinician, courseId, relationshipId);
        if (!errors.hasErrors()) {
            try {
                inventory.change(clinician, courseId, relationshipId, form.fields(), form.getVersion());
                redirect.addFlashAttribute("notice", "inventory.saved");
                return "redirect:/courses/" + courseId + "/inventory";
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
            catch (OptimisticLockingFailureException conflict) {
                errors.reject("error.conflict");
                response.setStatus(HttpStatus.CONFLICT.value());
                return formPage(clinician, courseId, relationshipId, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return formPage(clinician, courseId, relationshipId, model);
    }

    @PostMapping("/courses/{courseId}/inventory/relationships/{relationshipId}/ring")
    String moveToRing(CurrentUser clinician, @PathVariable CourseId courseId,
            @PathVariable RelationshipId relationshipId, @ModelAttribute("ringMove") RingForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        inventory.requireChangeable(clinician, courseId);
        ClosenessRing ring = form.getRing();
        return decide(clinician, courseId, errors, model, response, redirect, "inventory.moved", () -> {
            if (ring == null) {
                throw new RuleViolation("inventory.ring.required");
            }
            inventory.moveToRing(clinician, courseId, relationshipId, ring, form.getVersion());
        });
    }

    @PostMapping("/courses/{courseId}/inventory/relationships/{relationshipId}/remove")
    String remove(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable RelationshipId relationshipId,
            @ModelAttribute("ringMove") RingForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        inventory.requireChangeable(clinician, courseId);
        return decide(clinician, courseId, errors, model, response, redirect, "inventory.removed",
                () -> inventory.remove(clinician, courseId, relationshipId, form.getVersion()));
    }

    @PostMapping("/courses/{courseId}/inventory/intake")
    String markIntake(CurrentUser clinician, @PathVariable CourseId courseId,
            @ModelAttribute("ringMove") RingForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        inventory.requireChangeable(clinician, courseId);
        return decide(clinician, courseId, errors, model, response, redirect, "inventory.intakeMarked",
                () -> inventory.markIntake(clinician, courseId));
    }

    @GetMapping("/courses/{courseId}/inventory/compare")
    String compare(CurrentUser user, @PathVariable CourseId courseId, Model model) {
        InventoryView view = inventory.inventory(user, courseId);
        model.addAttribute("inventory", view);
        model.addAttribute("comparison", inventory.compare(user, courseId));
        model.addAttribute("client", caseload.client(user, view.clientId()));
        return "inventory/compare";
    }

    private String decide(CurrentUser user, CourseId courseId, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect, String notice, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/courses/" + courseId + "/inventory";
        }
        catch (RuleViolation violation) {
            FormSubmission.reject(errors, violation);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        catch (OptimisticLockingFailureException conflict) {
            errors.reject("error.conflict");
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("problems", errors);
        return inventoryPage(user, courseId, model);
    }

    private String inventoryPage(CurrentUser user, CourseId courseId, Model model) {
        InventoryView view = inventory.inventory(user, courseId);
        model.addAttribute("inventory", view);
        model.addAttribute("client", caseload.client(user, view.clientId()));
        model.addAttribute("picture", inventory.picture(view, LocaleContextHolder.getLocale()));
        // Also when this page answers a refused or conflicting decision (a POST), the language picker returns here.
        model.addAttribute("currentPath", "/courses/" + courseId + "/inventory");
        return "inventory/inventory";
    }

    private String formPage(CurrentUser user, CourseId courseId, @Nullable RelationshipId relationshipId,
            Model model) {
        InventoryView view = inventory.inventory(user, courseId);
        model.addAttribute("inventory", view);
        model.addAttribute("client", caseload.client(user, view.clientId()));
        model.addAttribute("relationshipId", relationshipId);
        return "inventory/relationship-form";
    }
}
