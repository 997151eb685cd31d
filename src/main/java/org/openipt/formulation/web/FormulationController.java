package org.openipt.formulation.web;

import java.time.Clock;
import java.time.LocalDate;

import org.openipt.shared.web.FormSubmission;
import org.openipt.course.CourseId;
import org.openipt.formulation.DisputeStage;
import org.openipt.formulation.FocalArea;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.FormulationRecord;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.Goal;
import org.openipt.formulation.GoalId;
import org.openipt.formulation.GoalStatus;
import org.openipt.formulation.ProblemArea;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
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

/** The formulation page of a course: the text and its acceptance, the focal areas and their goals. */
@Controller
class FormulationController {

    private final FormulationService formulations;
    private final Clock clock;

    FormulationController(FormulationService formulations, Clock clock) {
        this.formulations = formulations;
        this.clock = clock;
    }

    @ModelAttribute("problemAreas")
    ProblemArea[] problemAreas() {
        return ProblemArea.values();
    }

    @ModelAttribute("disputeStages")
    DisputeStage[] disputeStages() {
        return DisputeStage.values();
    }

    @ModelAttribute("goalStatuses")
    GoalStatus[] goalStatuses() {
        return GoalStatus.values();
    }

    @GetMapping("/courses/{courseId}/formulation")
    String formulation(CurrentUser user, @PathVariable CourseId courseId, Model model) {
        return page(user, courseId, model);
    }

    @PostMapping("/courses/{courseId}/formulation")
    String record(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("formulationForm") FormulationForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "formulation.saved", formulationPath(courseId),
                () -> formulations.record(clinician, courseId, form.entry(), form.getVersion()),
                () -> page(clinician, courseId, model));
    }

    @PostMapping("/courses/{courseId}/formulation/areas")
    String addFocalArea(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("focalAreaForm") FocalAreaForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "focalArea.added",
                () -> formulations.addFocalArea(clinician, courseId, form.entry(today(clinician))),
                added -> formulationPath(courseId) + "/areas/" + added, () -> page(clinician, courseId, model));
    }

    @GetMapping("/courses/{courseId}/formulation/areas/{focalAreaId}")
    String focalArea(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable FocalAreaId focalAreaId,
            Model model) {
        FocalArea area = formulations.focalArea(clinician, courseId, focalAreaId);
        model.addAttribute("focalAreaForm", FocalAreaForm.of(area));
        return focalAreaPage(clinician, courseId, area, model);
    }

    @PostMapping("/courses/{courseId}/formulation/areas/{focalAreaId}")
    String changeFocalArea(CurrentUser clinician, @PathVariable CourseId courseId,
            @PathVariable FocalAreaId focalAreaId, @Validated @ModelAttribute("focalAreaForm") FocalAreaForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "focalArea.changed", formulationPath(courseId),
                () -> formulations.changeFocalArea(clinician, courseId, focalAreaId, form.entry(today(clinician)),
                        form.getVersion()),
                () -> focalAreaPage(clinician, courseId, formulations.focalArea(clinician, courseId, focalAreaId),
                        model));
    }

    @PostMapping("/courses/{courseId}/formulation/areas/{focalAreaId}/stage")
    String changeStage(CurrentUser clinician, @PathVariable CourseId courseId,
            @PathVariable FocalAreaId focalAreaId, @ModelAttribute("stageForm") DisputeStageForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "focalArea.stageChanged", formulationPath(courseId),
                () -> formulations.changeDisputeStage(clinician, courseId, focalAreaId, form.getStage(),
                        form.getStageOn(), form.getVersion()),
                () -> {
                    FocalArea area = formulations.focalArea(clinician, courseId, focalAreaId);
                    model.addAttribute("focalAreaForm", FocalAreaForm.of(area));
                    return focalAreaPage(clinician, courseId, area, model);
                });
    }

    @PostMapping("/courses/{courseId}/formulation/areas/{focalAreaId}/remove")
    String removeFocalArea(CurrentUser clinician, @PathVariable CourseId courseId,
            @PathVariable FocalAreaId focalAreaId, @ModelAttribute("removal") FocalAreaForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "focalArea.removed", formulationPath(courseId),
                () -> formulations.removeFocalArea(clinician, courseId, focalAreaId, form.getVersion()),
                () -> {
                    model.addAttribute("problems", errors);
                    return page(clinician, courseId, model);
                });
    }

    @PostMapping("/courses/{courseId}/goals")
    String addGoal(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("goalForm") GoalForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "goal.added", formulationPath(courseId),
                () -> formulations.addGoal(clinician, courseId, focalAreaId(form.getFocalAreaId()),
                        form.getDescription()),
                () -> page(clinician, courseId, model));
    }

    @GetMapping("/courses/{courseId}/goals/{goalId}")
    String goal(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable GoalId goalId, Model model) {
        Goal goal = formulations.goal(clinician, courseId, goalId);
        model.addAttribute("goalForm", GoalForm.of(goal, today(clinician)));
        return goalPage(clinician, courseId, goal, model);
    }

    @PostMapping("/courses/{courseId}/goals/{goalId}")
    String reviewGoal(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable GoalId goalId,
            @Validated @ModelAttribute("goalForm") GoalForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "goal.reviewed", formulationPath(courseId),
                () -> formulations.reviewGoal(clinician, courseId, goalId, form.getDescription(),
                        form.getStatus() == null ? GoalStatus.OPEN : form.getStatus(), form.getRating(),
                        form.getRatedOn(), form.getVersion()),
                () -> goalPage(clinician, courseId, formulations.goal(clinician, courseId, goalId), model));
    }

    private String page(CurrentUser user, CourseId courseId, Model model) {
        FormulationRecord record = formulations.formulation(user, courseId);
        model.addAttribute("record", record);
        if (!model.containsAttribute("formulationForm")) {
            model.addAttribute("formulationForm", FormulationForm.of(record));
        }
        if (!model.containsAttribute("focalAreaForm")) {
            FocalAreaForm form = new FocalAreaForm();
            form.setStageOn(today(user));
            model.addAttribute("focalAreaForm", form);
        }
        if (!model.containsAttribute("goalForm")) {
            model.addAttribute("goalForm", new GoalForm());
        }
        model.addAttribute("today", today(user));
        model.addAttribute("currentPath", formulationPath(courseId));
        return "formulation/formulation";
    }

    private String focalAreaPage(CurrentUser user, CourseId courseId, FocalArea area, Model model) {
        FormulationRecord record = formulations.formulation(user, courseId);
        if (!record.changeable()) {
            throw new NotFoundException("focalArea");
        }
        model.addAttribute("record", record);
        model.addAttribute("area", area);
        if (!model.containsAttribute("stageForm")) {
            DisputeStageForm stage = new DisputeStageForm();
            stage.setStage(area.currentStage());
            stage.setStageOn(today(user));
            stage.setVersion(area.version());
            model.addAttribute("stageForm", stage);
        }
        model.addAttribute("today", today(user));
        model.addAttribute("currentPath", formulationPath(courseId) + "/areas/" + area.id());
        return "formulation/focal-area";
    }

    private String goalPage(CurrentUser user, CourseId courseId, Goal goal, Model model) {
        FormulationRecord record = formulations.formulation(user, courseId);
        if (!record.changeable()) {
            throw new NotFoundException("goal");
        }
        model.addAttribute("record", record);
        model.addAttribute("goal", goal);
        model.addAttribute("currentPath", "/courses/" + courseId + "/goals/" + goal.id());
        return "formulation/goal";
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }

    private static String formulationPath(CourseId courseId) {
        return "/courses/" + courseId + "/formulation";
    }

    private static FocalAreaId focalAreaId(@org.jspecify.annotations.Nullable String value) {
        try {
            return FocalAreaId.of(value == null ? "" : value);
        }
        catch (IllegalArgumentException e) {
            throw new RuleViolation("goal.focalArea.required");
        }
    }
}
