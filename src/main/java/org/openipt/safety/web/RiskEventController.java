package org.openipt.safety.web;

import java.util.Locale;

import org.openipt.course.CourseId;
import org.openipt.identity.CurrentUser;
import org.openipt.safety.RiskAction;
import org.openipt.safety.RiskEventId;
import org.openipt.safety.RiskEventPage;
import org.openipt.safety.RiskEventService;
import org.openipt.safety.RiskLevel;
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

/**
 * The risk events of a course: the list (with the form that opens one by hand) and the page of one event with
 * the lifecycle steps as forms. After a refused step the same page answers with what was typed; after a stale
 * one (409) too, now against the current version, so sending it again is a deliberate choice.
 */
@Controller
class RiskEventController {

    private final RiskEventService riskEvents;

    RiskEventController(RiskEventService riskEvents) {
        this.riskEvents = riskEvents;
    }

    @ModelAttribute("levels")
    RiskLevel[] levels() {
        return RiskLevel.values();
    }

    @ModelAttribute("riskActions")
    RiskAction[] riskActions() {
        return RiskAction.values();
    }

    @GetMapping("/courses/{courseId}/risk-events")
    String list(CurrentUser user, @PathVariable CourseId courseId, Model model) {
        model.addAttribute("disclosureForm", new DisclosureForm());
        return listPage(user, courseId, model);
    }

    @PostMapping("/courses/{courseId}/risk-events")
    String open(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("disclosureForm") DisclosureForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!riskEvents.mayOpen(clinician, courseId)) {
            throw new org.openipt.shared.NotFoundException("course");
        }
        return FormSubmission.outcome(errors, response, redirect, "safety.opened",
                () -> riskEvents.openByHand(clinician, courseId,
                        form.getDisclosure() == null ? "" : form.getDisclosure()),
                opened -> listPath(courseId) + "/" + opened, () -> listPage(clinician, courseId, model));
    }

    @GetMapping("/courses/{courseId}/risk-events/{riskEventId}")
    String event(CurrentUser user, @PathVariable CourseId courseId, @PathVariable RiskEventId riskEventId,
            Locale locale, Model model) {
        RiskEventPage page = riskEvents.event(user, courseId, riskEventId, locale);
        StepForm form = new StepForm();
        form.setVersion(page.event().version());
        model.addAttribute("step", form);
        return eventPage(page, model);
    }

    @PostMapping("/courses/{courseId}/risk-events/{riskEventId}/acknowledge")
    String acknowledge(CurrentUser user, @PathVariable CourseId courseId, @PathVariable RiskEventId riskEventId,
            @Validated @ModelAttribute("step") StepForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "safety.acknowledged", eventPath(courseId, riskEventId),
                () -> riskEvents.acknowledge(user, courseId, riskEventId, form.getVersion()),
                () -> samePage(user, courseId, riskEventId, form, locale, model, response));
    }

    @PostMapping("/courses/{courseId}/risk-events/{riskEventId}/assess")
    String assess(CurrentUser user, @PathVariable CourseId courseId, @PathVariable RiskEventId riskEventId,
            @Validated @ModelAttribute("step") StepForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "safety.assessed", eventPath(courseId, riskEventId),
                () -> riskEvents.assess(user, courseId, riskEventId, form.getLevel(), form.getAssessment(),
                        form.getVersion()),
                () -> samePage(user, courseId, riskEventId, form, locale, model, response));
    }

    @PostMapping("/courses/{courseId}/risk-events/{riskEventId}/action")
    String action(CurrentUser user, @PathVariable CourseId courseId, @PathVariable RiskEventId riskEventId,
            @Validated @ModelAttribute("step") StepForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "safety.actioned", eventPath(courseId, riskEventId),
                () -> riskEvents.action(user, courseId, riskEventId, form.getActions(), form.getNote(),
                        form.getVersion()),
                () -> samePage(user, courseId, riskEventId, form, locale, model, response));
    }

    @PostMapping("/courses/{courseId}/risk-events/{riskEventId}/close")
    String close(CurrentUser user, @PathVariable CourseId courseId, @PathVariable RiskEventId riskEventId,
            @Validated @ModelAttribute("step") StepForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "safety.closed", eventPath(courseId, riskEventId),
                () -> riskEvents.close(user, courseId, riskEventId, form.getNote(), form.getVersion()),
                () -> samePage(user, courseId, riskEventId, form, locale, model, response));
    }

    /** The page again with the entry kept; after a conflict the form carries the version now stored. */
    private String samePage(CurrentUser user, CourseId courseId, RiskEventId riskEventId, StepForm form,
            Locale locale, Model model, HttpServletResponse response) {
        RiskEventPage page = riskEvents.event(user, courseId, riskEventId, locale);
        if (response.getStatus() == HttpStatus.CONFLICT.value()) {
            form.setVersion(page.event().version());
        }
        return eventPage(page, model);
    }

    private String listPage(CurrentUser user, CourseId courseId, Model model) {
        model.addAttribute("list", riskEvents.events(user, courseId));
        model.addAttribute("currentPath", listPath(courseId));
        return "safety/risk-events";
    }

    private String eventPage(RiskEventPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("acknowledgeWithin", riskEvents.acknowledgeWithin().toMinutes());
        model.addAttribute("currentPath", eventPath(page.course().id(), page.event().id()));
        return "safety/risk-event";
    }

    private static String listPath(CourseId courseId) {
        return "/courses/" + courseId + "/risk-events";
    }

    private static String eventPath(CourseId courseId, RiskEventId id) {
        return listPath(courseId) + "/" + id;
    }
}
