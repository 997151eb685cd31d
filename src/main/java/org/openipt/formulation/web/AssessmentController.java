package org.openipt.formulation.web;

import org.openipt.shared.web.FormSubmission;
import org.openipt.course.CourseId;
import org.openipt.formulation.Assessment;
import org.openipt.formulation.AssessmentService;
import org.openipt.formulation.DiagnosisSystem;
import org.openipt.formulation.Medication;
import org.openipt.formulation.MedicationEvaluation;
import org.openipt.formulation.MedicationId;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
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

/** The assessment page of a course and its medication list. */
@Controller
class AssessmentController {

    private final AssessmentService assessments;

    AssessmentController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @ModelAttribute("diagnosisSystems")
    DiagnosisSystem[] diagnosisSystems() {
        return DiagnosisSystem.values();
    }

    @ModelAttribute("medicationEvaluations")
    MedicationEvaluation[] medicationEvaluations() {
        return MedicationEvaluation.values();
    }

    @GetMapping("/courses/{courseId}/assessment")
    String assessment(CurrentUser user, @PathVariable CourseId courseId, Model model) {
        return page(user, courseId, model);
    }

    @PostMapping("/courses/{courseId}/assessment")
    String record(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("assessmentForm") AssessmentForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "assessment.saved", "/courses/" + courseId + "/assessment",
                () -> assessments.record(clinician, courseId, form.entry(), form.getVersion()),
                () -> page(clinician, courseId, model));
    }

    @PostMapping("/courses/{courseId}/assessment/medications")
    String addMedication(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("medicationForm") MedicationForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "medication.added", "/courses/" + courseId + "/assessment",
                () -> assessments.addMedication(clinician, courseId, form.entry()),
                () -> page(clinician, courseId, model));
    }

    @GetMapping("/courses/{courseId}/assessment/medications/{medicationId}")
    String medication(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable MedicationId medicationId,
            Model model) {
        Assessment assessment = assessments.assessment(clinician, courseId);
        if (!assessment.changeable()) {
            throw new NotFoundException("medication");
        }
        model.addAttribute("medicationForm", MedicationForm.of(find(assessment, medicationId)));
        return medicationPage(assessment, medicationId, model);
    }

    @PostMapping("/courses/{courseId}/assessment/medications/{medicationId}")
    String changeMedication(CurrentUser clinician, @PathVariable CourseId courseId,
            @PathVariable MedicationId medicationId, @Validated @ModelAttribute("medicationForm") MedicationForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "medication.changed", "/courses/" + courseId + "/assessment",
                () -> assessments.changeMedication(clinician, courseId, medicationId, form.entry(), form.getVersion()),
                () -> {
                    Assessment assessment = assessments.assessment(clinician, courseId);
                    find(assessment, medicationId);
                    return medicationPage(assessment, medicationId, model);
                });
    }

    private String page(CurrentUser user, CourseId courseId, Model model) {
        Assessment assessment = assessments.assessment(user, courseId);
        model.addAttribute("assessment", assessment);
        if (!model.containsAttribute("assessmentForm")) {
            model.addAttribute("assessmentForm", AssessmentForm.of(assessment));
        }
        if (!model.containsAttribute("medicationForm")) {
            model.addAttribute("medicationForm", new MedicationForm());
        }
        model.addAttribute("currentPath", "/courses/" + courseId + "/assessment");
        return "formulation/assessment";
    }

    private static String medicationPage(Assessment assessment, MedicationId medicationId, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("medicationId", medicationId);
        model.addAttribute("currentPath", "/courses/" + assessment.course().id() + "/assessment/medications/"
                + medicationId);
        return "formulation/medication";
    }

    private static Medication find(Assessment assessment, MedicationId id) {
        return assessment.medications().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("medication"));
    }
}
