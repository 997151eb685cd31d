package org.openipt.termination.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.openipt.shared.web.FormSubmission;
import org.openipt.course.CourseId;
import org.openipt.identity.CurrentUser;
import org.openipt.termination.GoalOutcome;
import org.openipt.termination.TerminationDecision;
import org.openipt.termination.TerminationRecord;
import org.openipt.termination.TerminationService;
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

/** The termination page of a course: the review with its decision, the relapse-prevention plan, maintenance. */
@Controller
class TerminationController {

    private final TerminationService terminations;
    private final Clock clock;

    TerminationController(TerminationService terminations, Clock clock) {
        this.terminations = terminations;
        this.clock = clock;
    }

    @ModelAttribute("goalOutcomes")
    GoalOutcome[] goalOutcomes() {
        return GoalOutcome.values();
    }

    @ModelAttribute("decisions")
    TerminationDecision[] decisions() {
        return TerminationDecision.values();
    }

    @GetMapping("/courses/{courseId}/termination")
    String termination(CurrentUser user, @PathVariable CourseId courseId, Model model) {
        return page(user, courseId, model);
    }

    @PostMapping("/courses/{courseId}/termination/review")
    String recordReview(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "termination.review.saved", path(courseId),
                () -> terminations.recordReview(clinician, courseId, form.entry(), form.getVersion()),
                () -> page(clinician, courseId, model));
    }

    @PostMapping("/courses/{courseId}/termination/plan")
    String recordPlan(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("planForm") PlanForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "termination.plan.saved", path(courseId),
                () -> terminations.recordPlan(clinician, courseId, form.plan(), form.getVersion()),
                () -> page(clinician, courseId, model));
    }

    @PostMapping("/courses/{courseId}/termination/maintenance")
    String startMaintenance(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("maintenanceForm") MaintenanceForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "termination.maintenance.started",
                () -> terminations.startMaintenance(clinician, courseId, Objects.requireNonNull(form.getStartDate())),
                started -> "/courses/" + started, () -> page(clinician, courseId, model));
    }

    private String page(CurrentUser user, CourseId courseId, Model model) {
        TerminationRecord record = terminations.termination(user, courseId);
        model.addAttribute("record", record);
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", ReviewForm.of(record));
        }
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", PlanForm.of(record));
        }
        if (!model.containsAttribute("maintenanceForm")) {
            MaintenanceForm maintenance = new MaintenanceForm();
            maintenance.setStartDate(LocalDate.now(clock.withZone(user.timeZone())).plusMonths(1));
            model.addAttribute("maintenanceForm", maintenance);
        }
        model.addAttribute("currentPath", path(courseId));
        return "termination/termination";
    }

    private static String path(CourseId courseId) {
        return "/courses/" + courseId + "/termination";
    }
}
