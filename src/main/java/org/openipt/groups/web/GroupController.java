package org.openipt.groups.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.course.PhaseTransition;
import org.openipt.groups.GroupId;
import org.openipt.groups.GroupMemberId;
import org.openipt.groups.GroupService;
import org.openipt.groups.GroupSettings;
import org.openipt.groups.MeetingMode;
import org.openipt.groups.NewMember;
import org.openipt.groups.Sex;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.PageRequestParams;
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

/** The groups a person runs or supervises, a group's page and settings, and its members joining, moving, leaving. */
@Controller
class GroupController {

    private static final int CANDIDATES = 20;

    private final GroupService groups;
    private final CaseloadService caseload;
    private final java.time.Clock clock;

    GroupController(GroupService groups, CaseloadService caseload, java.time.Clock clock) {
        this.groups = groups;
        this.caseload = caseload;
        this.clock = clock;
    }

    @GetMapping("/groups")
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("groups", groups.groups(user, page));
        return "groups/list";
    }

    @GetMapping("/groups/new")
    String newGroup(CurrentUser user, Model model) {
        GroupForm form = new GroupForm();
        switch (user.role()) {
            case SUPERVISOR -> form.setSupervisor(user.id().value());
            default -> form.setFacilitator(user.id().value());
        }
        model.addAttribute("form", form);
        return formPage(user, null, model);
    }

    @PostMapping("/groups")
    String create(CurrentUser user, @ModelAttribute("form") GroupForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        GroupSettings settings = form.settings(errors);
        return FormSubmission.outcome(errors, response, redirect, "group.created",
                () -> groups.create(user, Objects.requireNonNull(settings)), id -> "/groups/" + id,
                () -> formPage(user, null, model));
    }

    @GetMapping("/groups/{groupId}")
    String group(CurrentUser user, @PathVariable GroupId groupId, Model model) {
        model.addAttribute("page", groups.page(user, groupId));
        model.addAttribute("exits", new PhaseTransition[] { PhaseTransition.DROP_OUT, PhaseTransition.REFER_ON });
        return "groups/group";
    }

    @GetMapping("/groups/{groupId}/edit")
    String edit(CurrentUser user, @PathVariable GroupId groupId, Model model) {
        model.addAttribute("form", GroupForm.of(groups.group(user, groupId)));
        return formPage(user, groupId, model);
    }

    @PostMapping("/groups/{groupId}")
    String change(CurrentUser user, @PathVariable GroupId groupId, @ModelAttribute("form") GroupForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        GroupSettings settings = form.settings(errors);
        return FormSubmission.outcome(errors, response, redirect, "group.changed", "/groups/" + groupId,
                () -> groups.change(user, groupId, Objects.requireNonNull(settings), form.getVersion()),
                () -> formPage(user, groupId, model));
    }

    @GetMapping("/groups/{groupId}/members/new")
    String newMember(CurrentUser user, @PathVariable GroupId groupId,
            @RequestParam(defaultValue = "") String search, Model model) {
        return memberPage(user, groupId, search, model);
    }

    @PostMapping("/groups/{groupId}/members")
    String addMember(CurrentUser user, @PathVariable GroupId groupId,
            @RequestParam(required = false) @Nullable UUID client, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable Integer birthYear,
            @RequestParam(required = false) @Nullable Sex sex, @RequestParam(defaultValue = "") String search,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            groups.addMember(user, groupId, new NewMember(client == null ? null : new ClientId(client), name,
                    birthYear, sex));
            redirect.addFlashAttribute("notice", "group.member.joined");
            return "redirect:/groups/" + groupId;
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", violation.messageKeys());
            model.addAttribute("keptName", name);
            model.addAttribute("keptBirthYear", birthYear);
            model.addAttribute("keptSex", sex);
            return memberPage(user, groupId, search, model);
        }
    }

    @PostMapping("/groups/{groupId}/members/{groupMemberId}/move")
    String move(CurrentUser user, @PathVariable GroupId groupId, @PathVariable GroupMemberId groupMemberId,
            @RequestParam(required = false) @Nullable UUID to, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (to == null) {
                throw new RuleViolation("group.move.targetRequired");
            }
            groups.moveMember(user, groupId, groupMemberId, new GroupId(to));
            redirect.addFlashAttribute("notice", "group.member.moved");
            return "redirect:/groups/" + groupId;
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", violation.messageKeys());
            return group(user, groupId, model);
        }
    }

    @GetMapping("/groups/{groupId}/members/{groupMemberId}/leave")
    String leaveForm(CurrentUser user, @PathVariable GroupId groupId, @PathVariable GroupMemberId groupMemberId,
            Model model) {
        return leavePage(user, groupId, groupMemberId, PhaseTransition.DROP_OUT, null, today(user), model);
    }

    @PostMapping("/groups/{groupId}/members/{groupMemberId}/leave")
    String leave(CurrentUser user, @PathVariable GroupId groupId, @PathVariable GroupMemberId groupMemberId,
            @RequestParam(defaultValue = "DROP_OUT") PhaseTransition exit,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!exit.isExit()) {
                throw new RuleViolation("phase.notAnExit");
            }
            groups.memberLeaves(user, groupId, groupMemberId, exit, reason, on);
            redirect.addFlashAttribute("notice", "group.member.left");
            return "redirect:/groups/" + groupId;
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", violation.messageKeys());
            return leavePage(user, groupId, groupMemberId, exit, reason, on, model);
        }
    }

    private String leavePage(CurrentUser user, GroupId groupId, GroupMemberId groupMemberId, PhaseTransition exit,
            @Nullable String reason, @Nullable LocalDate on, Model model) {
        var page = groups.page(user, groupId);
        var line = page.active().stream().filter(l -> l.member().id().equals(groupMemberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("member"));
        model.addAttribute("page", page);
        model.addAttribute("line", line);
        model.addAttribute("exits", new PhaseTransition[] { PhaseTransition.DROP_OUT, PhaseTransition.REFER_ON });
        model.addAttribute("exit", exit);
        model.addAttribute("reason", reason);
        model.addAttribute("on", on);
        return "groups/leave";
    }

    private String memberPage(CurrentUser user, GroupId groupId, String search, Model model) {
        model.addAttribute("group", groups.group(user, groupId));
        model.addAttribute("search", search);
        model.addAttribute("candidates", caseload.caseload(user, search, new PageRequestParams(0, CANDIDATES)));
        model.addAttribute("sexes", Sex.values());
        return "groups/member";
    }

    private String formPage(CurrentUser user, @Nullable GroupId groupId, Model model) {
        model.addAttribute("groupId", groupId);
        model.addAttribute("choices", groups.choices(user));
        model.addAttribute("days", java.time.DayOfWeek.values());
        model.addAttribute("modes", MeetingMode.values());
        return "groups/form";
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }
}
