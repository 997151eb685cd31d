package org.openipt.measures.web;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.identity.CurrentUser;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.MeasuresRules;
import org.openipt.measures.MeasuresService;
import org.openipt.measures.OutcomesService;
import org.openipt.measures.RecallWording;
import org.openipt.measures.ResponseId;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The questionnaires of a course: the list of responses, administering one (the whole questionnaire on one page,
 * or one item at a time in read-aloud mode, without JavaScript) and the result right after saving.
 */
@Controller
class MeasuresController {

    private final MeasuresService measures;
    private final OutcomesService outcomes;

    private final org.openipt.measures.MeasureSchedules schedules;

    MeasuresController(MeasuresService measures, OutcomesService outcomes,
            org.openipt.measures.MeasureSchedules schedules) {
        this.measures = measures;
        this.outcomes = outcomes;
        this.schedules = schedules;
    }

    @GetMapping("/courses/{courseId}/measures")
    String list(CurrentUser user, @PathVariable CourseId courseId, @RequestParam(defaultValue = "0") int page,
            Locale locale, Model model) {
        model.addAttribute("list", measures.responses(user, courseId, page));
        model.addAttribute("progress", outcomes.progress(user, courseId, locale));
        model.addAttribute("schedule", schedules.courseSchedule(user, courseId));
        return "measures/list";
    }

    @GetMapping("/courses/{courseId}/measures/new")
    String administer(CurrentUser user, @PathVariable CourseId courseId,
            @RequestParam(required = false) @Nullable String instrument,
            @RequestParam(required = false) @Nullable String mode,
            @RequestParam(required = false) @Nullable UUID sessionId, Model model) {
        if (!measures.mayChange(user, courseId)) {
            throw new NotFoundException("course");
        }
        if (instrument == null || instrument.isBlank()) {
            return "redirect:" + listPath(courseId);
        }
        InstrumentDefinition definition = measures.instrument(instrument);
        AdministerForm form = new AdministerForm();
        form.setInstrument(definition.id());
        form.setSubmissionKey(UUID.randomUUID());
        form.setSessionId(sessionId);
        form.setMode(AdministerForm.READ_ALOUD.equals(mode) ? AdministerForm.READ_ALOUD : null);
        model.addAttribute("form", form);
        return formPage(user, courseId, definition, form, model);
    }

    @PostMapping("/courses/{courseId}/measures")
    String save(CurrentUser user, @PathVariable CourseId courseId, @ModelAttribute("form") AdministerForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        measures.requireChangeable(user, courseId);
        InstrumentDefinition definition = measures.instrument(Objects.requireNonNullElse(form.getInstrument(), ""));
        if (form.getSubmissionKey() == null) {
            form.setSubmissionKey(UUID.randomUUID());
        }
        if (form.readAloud() && form.getGo() != null) {
            int step = form.getStep() + ("back".equals(form.getGo()) ? -1 : 1);
            form.setStep(Math.max(0, Math.min(step, definition.items().size())));
            form.setGo(null);
            return formPage(user, courseId, definition, form, model);
        }
        if (!errors.hasErrors()) {
            try {
                ResponseId id = measures.administer(user, courseId, Objects.requireNonNull(form.getSubmissionKey()),
                        form.administration(definition.id()));
                redirect.addFlashAttribute("notice", "measures.saved");
                return "redirect:" + listPath(courseId) + "/" + id;
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        if (form.readAloud()) {
            form.setStep(definition.items().size());
        }
        return formPage(user, courseId, definition, form, model);
    }

    @GetMapping("/courses/{courseId}/measures/{responseId}")
    String result(CurrentUser user, @PathVariable CourseId courseId, @PathVariable ResponseId responseId,
            Model model) {
        model.addAttribute("courseId", courseId);
        model.addAttribute("response", measures.response(user, courseId, responseId));
        return "measures/result";
    }

    private String formPage(CurrentUser user, CourseId courseId, InstrumentDefinition definition, AdministerForm form,
            Model model) {
        model.addAttribute("courseId", courseId);
        model.addAttribute("instrument", definition);
        model.addAttribute("administrable", MeasuresRules.administrable(definition));
        model.addAttribute("mayEnter", MeasuresRules.mayEnter(definition, user.role()));
        model.addAttribute("sessions", measures.sessions(user, courseId));
        model.addAttribute("recall", RecallWording.of(definition));
        if (form.readAloud()) {
            int step = Math.max(0, Math.min(form.getStep(), definition.items().size()));
            form.setStep(step);
            model.addAttribute("current", step < definition.items().size() ? definition.items().get(step) : null);
            model.addAttribute("currentPath", listPath(courseId) + "/new?instrument=" + definition.id()
                    + "&mode=" + AdministerForm.READ_ALOUD);
            return "measures/read-aloud";
        }
        model.addAttribute("currentPath", listPath(courseId) + "/new?instrument=" + definition.id());
        return "measures/administer";
    }

    private static String listPath(CourseId courseId) {
        return "/courses/" + courseId + "/measures";
    }
}
