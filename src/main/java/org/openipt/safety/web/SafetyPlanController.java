package org.openipt.safety.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.identity.CurrentUser;
import org.openipt.safety.SafetyPlanPage;
import org.openipt.safety.SafetyPlanService;
import org.openipt.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The safety plan of a course: the plan and its versions, saving a new version, and the page to print. */
@Controller
class SafetyPlanController {

    private final SafetyPlanService plans;

    SafetyPlanController(SafetyPlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/courses/{courseId}/safety-plan")
    String plan(CurrentUser user, @PathVariable CourseId courseId,
            @RequestParam(required = false) @Nullable Integer version, Locale locale, Model model) {
        SafetyPlanPage page = plans.plan(user, courseId, version, locale);
        model.addAttribute("planForm", SafetyPlanForm.of(page));
        return planPage(user, page, model);
    }

    @PostMapping("/courses/{courseId}/safety-plan")
    String save(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("planForm") SafetyPlanForm form, BindingResult errors, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!plans.mayChange(clinician, courseId)) {
            throw new NotFoundException("course");
        }
        return FormSubmission.outcome(errors, response, redirect, "safetyPlan.saved", planPath(courseId),
                () -> plans.save(clinician, courseId, form.plan(), form.getBasedOn()),
                () -> {
                    SafetyPlanPage page = plans.plan(clinician, courseId, null, locale);
                    if (response.getStatus() == HttpStatus.CONFLICT.value()) {
                        form.setBasedOn(page.currentNumber());
                    }
                    return planPage(clinician, page, model);
                });
    }

    /** The plan alone, for paper: no navigation, the crisis resources at the end. */
    @GetMapping("/courses/{courseId}/safety-plan/print")
    String print(CurrentUser user, @PathVariable CourseId courseId,
            @RequestParam(required = false) @Nullable Integer version, Locale locale, Model model) {
        model.addAttribute("page", plans.plan(user, courseId, version, locale));
        return "safety/safety-plan-print";
    }

    private String planPage(CurrentUser user, SafetyPlanPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("currentPath", planPath(page.course().id()));
        return "safety/safety-plan";
    }

    private static String planPath(CourseId courseId) {
        return "/courses/" + courseId + "/safety-plan";
    }
}
