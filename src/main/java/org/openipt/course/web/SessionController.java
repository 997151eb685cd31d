package org.openipt.course.web;

import java.time.Clock;
import java.time.LocalDateTime;

import org.openipt.course.CoursePageQuery;
import org.openipt.course.SessionService;
import org.openipt.shared.web.FormSubmission;
import org.openipt.course.Attendance;
import org.openipt.course.ClientQuestionService;
import org.openipt.course.CourseId;
import org.openipt.course.SessionMode;
import org.openipt.course.CourseRecord;
import org.openipt.course.SessionId;
import org.openipt.course.SessionParticipants;
import org.openipt.course.SessionView;
import org.openipt.course.Technique;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Scheduling a session, and recording what happened in it. */
@Controller
class SessionController {

    private final ClientQuestionService questions;
    private final CoursePageQuery coursePages;
    private final SessionService sessionService;
    private final Clock clock;

    SessionController(CoursePageQuery coursePages, SessionService sessionService, Clock clock,
            ClientQuestionService questions) {
        this.questions = questions;
        this.coursePages = coursePages;
        this.sessionService = sessionService;
        this.clock = clock;
    }

    @ModelAttribute("modes")
    SessionMode[] modes() {
        return SessionMode.values();
    }

    @ModelAttribute("attendances")
    Attendance[] attendances() {
        return Attendance.values();
    }

    @ModelAttribute("participantChoices")
    SessionParticipants[] participantChoices() {
        return SessionParticipants.values();
    }

    @ModelAttribute("techniques")
    Technique[] techniques() {
        return Technique.values();
    }

    @GetMapping("/courses/{courseId}/sessions/new")
    String newSession(CurrentUser clinician, @PathVariable CourseId courseId, Model model) {
        model.addAttribute("session", SessionForm.at(thisHour(clinician)));
        return page(clinician, courseId, null, model);
    }

    @PostMapping("/courses/{courseId}/sessions")
    String record(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("session") SessionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                sessionService.recordSubmitted(clinician, courseId, form.getSubmissionKey(), form.entry(),
                        form.getPrivateNote());
                redirect.addFlashAttribute("notice", "session.saved");
                return "redirect:/courses/" + courseId;
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(clinician, courseId, null, model);
    }

    @GetMapping("/courses/{courseId}/sessions/{sessionId}")
    String edit(CurrentUser user, @PathVariable CourseId courseId, @PathVariable SessionId sessionId, Model model) {
        SessionView session = sessionService.session(user, courseId, sessionId);
        String view = page(user, courseId, sessionId, model);
        CourseRecord record = (CourseRecord) model.getAttribute("record");
        String privateNote = record != null && record.changeable()
                ? sessionService.privateNote(user, courseId, sessionId).orElse(null) : null;
        model.addAttribute("session", SessionForm.of(session, privateNote));
        return view;
    }

    @PostMapping("/courses/{courseId}/sessions/{sessionId}")
    String change(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable SessionId sessionId,
            @Validated @ModelAttribute("session") SessionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        SessionView current = sessionService.session(clinician, courseId, sessionId);
        if (!errors.hasErrors()) {
            try {
                sessionService.changeSession(clinician, courseId, sessionId, form.entry(), form.getPrivateNote(),
                        form.getVersion());
                redirect.addFlashAttribute("notice", "session.saved");
                return "redirect:/courses/" + courseId;
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
            catch (OptimisticLockingFailureException conflict) {
                // keep the entry, now against the current version: saving it again is a deliberate choice
                errors.reject("error.conflict");
                form.setVersion(current.version());
                response.setStatus(HttpStatus.CONFLICT.value());
                return page(clinician, courseId, sessionId, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(clinician, courseId, sessionId, model);
    }

    /** A new session form starts at the top of the current hour, as most sessions are recorded the day they happen. */
    private LocalDateTime thisHour(CurrentUser user) {
        return LocalDateTime.now(clock.withZone(user.timeZone())).withMinute(0).withSecond(0).withNano(0);
    }

    private String page(CurrentUser user, CourseId courseId, @org.jspecify.annotations.Nullable SessionId sessionId, Model model) {
        CourseRecord record = coursePages.course(user, courseId);
        if (sessionId == null && !record.changeable()) {
            throw new NotFoundException("course");
        }
        model.addAttribute("record", record);
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("clientQuestions", questions.forSession(courseId, sessionId));
        model.addAttribute("locked", sessionId != null && sessionService.locked(sessionId));
        model.addAttribute("addenda", sessionId == null ? java.util.List.of()
                : sessionService.addenda(user, courseId, sessionId));
        return "course/session-form";
    }

    @PostMapping("/courses/{courseId}/sessions/{sessionId}/addenda")
    String addAddendum(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable SessionId sessionId,
            @org.springframework.web.bind.annotation.RequestParam(required = false)
            @org.jspecify.annotations.Nullable String text, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            sessionService.addAddendum(clinician, courseId, sessionId, text);
            redirect.addFlashAttribute("notice", "session.addendum.added");
            return "redirect:/courses/" + courseId + "/sessions/" + sessionId;
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("addendumProblems", violation.messageKeys());
            model.addAttribute("keptAddendum", text);
            return edit(clinician, courseId, sessionId, model);
        }
    }
}
