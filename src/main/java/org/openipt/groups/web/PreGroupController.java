package org.openipt.groups.web;

import java.time.LocalDateTime;

import org.openipt.formulation.DisputeStage;
import org.openipt.formulation.ProblemArea;
import org.openipt.groups.GroupId;
import org.openipt.groups.GroupMemberId;
import org.openipt.groups.PreGroupService;
import org.openipt.identity.CurrentUser;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.RelationshipRole;
import org.openipt.shared.web.FormSubmission;
import org.openipt.timeline.MoodSeverity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** A member's individual pre-group session, recorded once by a facilitator. */
@Controller
class PreGroupController {

    private final PreGroupService preGroup;
    private final java.time.Clock clock;

    PreGroupController(PreGroupService preGroup, java.time.Clock clock) {
        this.preGroup = preGroup;
        this.clock = clock;
    }

    @GetMapping("/groups/{groupId}/members/{groupMemberId}/pre-group")
    String form(CurrentUser user, @PathVariable GroupId groupId, @PathVariable GroupMemberId groupMemberId,
            Model model) {
        model.addAttribute("form", PreGroupForm.blank(now(user)));
        return page(user, groupId, groupMemberId, model);
    }

    @PostMapping("/groups/{groupId}/members/{groupMemberId}/pre-group")
    String record(CurrentUser user, @PathVariable GroupId groupId, @PathVariable GroupMemberId groupMemberId,
            @ModelAttribute("form") PreGroupForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "preGroup.recorded", "/groups/" + groupId,
                () -> preGroup.record(user, groupId, groupMemberId, form.entry(now(user))),
                () -> {
                    form.fillPeopleLines();
                    return page(user, groupId, groupMemberId, model);
                });
    }

    private String page(CurrentUser user, GroupId groupId, GroupMemberId memberId, Model model) {
        model.addAttribute("sheet", preGroup.sheet(user, groupId, memberId));
        model.addAttribute("modes", org.openipt.course.SessionMode.values());
        model.addAttribute("areas", ProblemArea.values());
        model.addAttribute("stages", DisputeStage.values());
        model.addAttribute("severities", MoodSeverity.values());
        model.addAttribute("roles", RelationshipRole.values());
        model.addAttribute("rings", ClosenessRing.values());
        return "groups/pre-group";
    }

    private LocalDateTime now(CurrentUser user) {
        return LocalDateTime.now(clock.withZone(user.timeZone()));
    }
}
