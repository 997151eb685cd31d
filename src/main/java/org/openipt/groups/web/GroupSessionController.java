package org.openipt.groups.web;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionMode;
import org.openipt.groups.GroupId;
import org.openipt.groups.GroupMemberId;
import org.openipt.groups.GroupSessionId;
import org.openipt.groups.GroupSessionService;
import org.openipt.groups.GroupService;
import org.openipt.groups.ReferralDecision;
import org.openipt.groups.SessionSheet;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.web.FormSubmission;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The group session screen: the guide through the session's steps for its phase, with attendance and every present
 * member's check-in on one form (it works without JavaScript, on a tablet and a phone), and a recorded session.
 */
@Controller
class GroupSessionController {

    private final GroupSessionService sessions;
    private final GroupService groups;
    private final java.time.Clock clock;

    GroupSessionController(GroupSessionService sessions, GroupService groups, java.time.Clock clock) {
        this.sessions = sessions;
        this.groups = groups;
        this.clock = clock;
    }

    @GetMapping("/groups/{groupId}/sessions/new")
    String sheet(CurrentUser user, @PathVariable GroupId groupId, Model model) {
        SessionSheet sheet = sessions.nextSession(user, groupId);
        model.addAttribute("form", GroupSessionForm.blank(sheet, now(user)));
        return sheetPage(sheet, model);
    }

    @PostMapping("/groups/{groupId}/sessions")
    String record(CurrentUser user, @PathVariable GroupId groupId, @ModelAttribute("form") GroupSessionForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.attendanceUnmarked()) {
            errors.reject("groupSession.attendance.unmarked");
        }
        return FormSubmission.outcome(errors, response, redirect, "groupSession.recorded",
                () -> sessions.record(user, groupId, form.entry(now(user))),
                id -> "/groups/" + groupId + "/sessions/" + id,
                () -> sheetPage(sessions.nextSession(user, groupId), model));
    }

    @GetMapping("/groups/{groupId}/sessions/{groupSessionId}")
    String session(CurrentUser user, @PathVariable GroupId groupId, @PathVariable GroupSessionId groupSessionId,
            Model model) {
        model.addAttribute("held", sessions.session(user, groupId, groupSessionId));
        var page = groups.page(user, groupId);
        model.addAttribute("page", page);
        model.addAttribute("lines", page.members().stream().collect(java.util.stream.Collectors.toMap(
                line -> line.member().id(), line -> line)));
        return "groups/session";
    }

    @GetMapping("/groups/{groupId}/members/{groupMemberId}/make-ups/{groupSessionId}")
    String makeUpForm(CurrentUser user, @PathVariable GroupId groupId, @PathVariable GroupMemberId groupMemberId,
            @PathVariable GroupSessionId groupSessionId, Model model) {
        model.addAttribute("heldAt", now(user).withSecond(0).withNano(0));
        return makeUpPage(user, groupId, groupMemberId, groupSessionId, model);
    }

    @PostMapping("/groups/{groupId}/members/{groupMemberId}/make-ups/{groupSessionId}")
    String makeUp(CurrentUser user, @PathVariable GroupId groupId, @PathVariable GroupMemberId groupMemberId,
            @PathVariable GroupSessionId groupSessionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime heldAt,
            @RequestParam(defaultValue = "IN_PERSON") SessionMode mode,
            @RequestParam(required = false) @Nullable String note, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            sessions.recordMakeUp(user, groupId, groupMemberId, groupSessionId, new GroupSessionService.MakeUp(
                    heldAt == null ? now(user) : heldAt, mode, note));
            redirect.addFlashAttribute("notice", "makeUp.saved");
            return "redirect:/groups/" + groupId;
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", violation.messageKeys());
            model.addAttribute("heldAt", heldAt);
            model.addAttribute("note", note);
            return makeUpPage(user, groupId, groupMemberId, groupSessionId, model);
        }
    }

    private String makeUpPage(CurrentUser user, GroupId groupId, GroupMemberId memberId, GroupSessionId missedId,
            Model model) {
        var page = groups.page(user, groupId);
        if (!page.mayRun()) {
            throw new NotFoundException("group");
        }
        model.addAttribute("page", page);
        model.addAttribute("line", page.active().stream().filter(l -> l.member().id().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("member")));
        model.addAttribute("missed", page.held().stream().filter(s -> s.id().equals(missedId)).findFirst()
                .orElseThrow(() -> new NotFoundException("group session")));
        model.addAttribute("modes", SessionMode.values());
        return "groups/make-up";
    }

    private String sheetPage(SessionSheet sheet, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("modes", SessionMode.values());
        model.addAttribute("referrals", ReferralDecision.values());
        return "groups/session-form";
    }

    private LocalDateTime now(CurrentUser user) {
        return LocalDateTime.now(clock.withZone(user.timeZone()));
    }
}
