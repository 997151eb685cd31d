package org.openipt.measures.web;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.identity.CurrentUser;
import org.openipt.measures.CourseSchedule;
import org.openipt.measures.MeasureSchedules;
import org.openipt.measures.Milestone;
import org.openipt.measures.ProtocolSchedule;
import org.openipt.measures.ScheduleRule;
import org.openipt.protocol.ProtocolId;
import org.openipt.shared.web.FormSubmission;
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

/** Measurement schedules: a format's (administrators) and a course's (its clinicians), with a course's occasions. */
@Controller
class ScheduleController {

    private final MeasureSchedules schedules;

    ScheduleController(MeasureSchedules schedules) {
        this.schedules = schedules;
    }

    @ModelAttribute("rules")
    ScheduleRule[] rules() {
        return ScheduleRule.values();
    }

    @ModelAttribute("milestones")
    Milestone[] milestones() {
        return Milestone.values();
    }

    @GetMapping("/admin/protocols/{protocolId}/measures")
    String protocolSchedule(CurrentUser admin, @PathVariable ProtocolId protocolId, Model model) {
        return protocolPage(admin, protocolId, model, null, false);
    }

    @PostMapping("/admin/protocols/{protocolId}/measures")
    String changeProtocolSchedule(CurrentUser admin, @PathVariable ProtocolId protocolId,
            @Validated @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String path = "/admin/protocols/" + protocolId + "/measures";
        return FormSubmission.outcome(errors, response, redirect, "schedule.saved", path,
                () -> schedules.changeProtocolSchedule(admin, protocolId, form.schedule(), form.getVersion()),
                () -> protocolPage(admin, protocolId, model, form, conflict(errors)));
    }

    @GetMapping("/courses/{courseId}/measures/schedule")
    String courseSchedule(CurrentUser user, @PathVariable CourseId courseId, Model model) {
        return coursePage(user, courseId, model, null, false);
    }

    @PostMapping("/courses/{courseId}/measures/schedule")
    String changeCourseSchedule(CurrentUser user, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "schedule.saved", path(courseId),
                () -> schedules.changeCourseSchedule(user, courseId, form.schedule(), form.getVersion()),
                () -> coursePage(user, courseId, model, form, conflict(errors)));
    }

    @PostMapping("/courses/{courseId}/measures/schedule/restore")
    String restoreCourseSchedule(CurrentUser user, @PathVariable CourseId courseId, @RequestParam long version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            schedules.restoreCourseSchedule(user, courseId, version);
            redirect.addFlashAttribute("notice", "schedule.restored");
            return "redirect:" + path(courseId);
        }
        catch (OptimisticLockingFailureException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("restoreConflict", true);
            return coursePage(user, courseId, model, null, false);
        }
    }

    private static boolean conflict(BindingResult errors) {
        return errors.getGlobalErrors().stream().anyMatch(e -> "error.conflict".equals(e.getCode()));
    }

    /** A stale entry is shown again against the current version: saving it again is a deliberate choice. */
    private String protocolPage(CurrentUser admin, ProtocolId protocolId, Model model, @Nullable ScheduleForm form,
            boolean conflict) {
        ProtocolSchedule schedule = schedules.protocolSchedule(admin, protocolId);
        if (form != null && conflict) {
            form.setVersion(schedule.version());
        }
        model.addAttribute("schedule", schedule);
        model.addAttribute("instruments", schedule.instruments());
        model.addAttribute("scheduleForm", form != null ? form
                : ScheduleForm.of(schedule.schedule(), schedule.version(), schedule.instruments()));
        return "measures/protocol-schedule";
    }

    private String coursePage(CurrentUser user, CourseId courseId, Model model, @Nullable ScheduleForm form,
            boolean conflict) {
        CourseSchedule schedule = schedules.courseSchedule(user, courseId);
        model.addAttribute("schedule", schedule);
        model.addAttribute("instruments", schedule.instruments());
        if (form != null && conflict) {
            form.setVersion(schedule.version());
        }
        model.addAttribute("scheduleForm", form != null ? form
                : ScheduleForm.of(schedule.schedule(), schedule.version(), schedule.instruments()));
        return "measures/course-schedule";
    }

    private static String path(CourseId courseId) {
        return "/courses/" + courseId + "/measures/schedule";
    }
}
