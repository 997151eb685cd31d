package org.openipt.caseload.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.openipt.caseload.CareTeam;
import org.openipt.caseload.CareTeamMember;
import org.openipt.caseload.CareTeamService;
import org.openipt.caseload.ClientId;
import org.openipt.caseload.MembershipId;
import org.openipt.caseload.MembershipKind;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A client's care team: for its clinicians under {@code /clients/…}, for administrators under
 * {@code /admin/clients/…} (names and days only). A clinician who hands their client over no longer reaches the
 * record, so they return to their caseload.
 */
@Controller
class CareTeamController {

    private static final String PAGE = "caseload/care-team";
    private static final String END_PAGE = "caseload/care-team-end";

    private final CareTeamService careTeams;
    private final java.time.Clock clock;

    CareTeamController(CareTeamService careTeams, java.time.Clock clock) {
        this.careTeams = careTeams;
        this.clock = clock;
    }

    @GetMapping({ "/clients/{clientId}/care-team", "/admin/clients/{clientId}/care-team" })
    String careTeam(CurrentUser user, @PathVariable ClientId clientId, Model model) {
        return page(user, clientId, model, CareTeamForm.startingOn(today(user)), CareTeamForm.startingOn(today(user)));
    }

    @PostMapping({ "/clients/{clientId}/care-team/handover", "/admin/clients/{clientId}/care-team/handover" })
    String handOver(CurrentUser user, @PathVariable ClientId clientId,
            @ModelAttribute("handover") CareTeamForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String after = user.role() == Role.ADMIN ? base(user, clientId) : "/caseload";
        return FormSubmission.outcome(errors, response, redirect, "careTeam.handedOver", after,
                () -> careTeams.handOver(user, clientId, clinician(form), form.getReason(), form.getDay(),
                        form.getResponsible() == null ? null : new MembershipId(form.getResponsible())),
                () -> page(user, clientId, model, form, CareTeamForm.startingOn(today(user))));
    }

    @PostMapping({ "/clients/{clientId}/care-team/members", "/admin/clients/{clientId}/care-team/members" })
    String addMember(CurrentUser user, @PathVariable ClientId clientId,
            @ModelAttribute("member") CareTeamForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "careTeam.joined", base(user, clientId),
                () -> careTeams.addMember(user, clientId, clinician(form), MembershipKind.CO_CLINICIAN,
                        form.getReason(), form.getDay()),
                () -> page(user, clientId, model, CareTeamForm.startingOn(today(user)), form));
    }

    @GetMapping({ "/clients/{clientId}/care-team/members/{membershipId}/end",
            "/admin/clients/{clientId}/care-team/members/{membershipId}/end" })
    String endForm(CurrentUser user, @PathVariable ClientId clientId, @PathVariable MembershipId membershipId,
            Model model) {
        CareTeam team = careTeams.careTeam(user, clientId);
        CareTeamMember member = endable(team, membershipId);
        CareTeamForm form = CareTeamForm.startingOn(today(user));
        form.setVersion(member.version());
        return endPage(user, team, member, form, model);
    }

    @PostMapping({ "/clients/{clientId}/care-team/members/{membershipId}/end",
            "/admin/clients/{clientId}/care-team/members/{membershipId}/end" })
    String end(CurrentUser user, @PathVariable ClientId clientId, @PathVariable MembershipId membershipId,
            @ModelAttribute("ending") CareTeamForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "careTeam.left", base(user, clientId),
                () -> careTeams.endMembership(user, clientId, membershipId, form.getReason(), form.getDay(),
                        form.getVersion()),
                () -> {
                    CareTeam team = careTeams.careTeam(user, clientId);
                    return endPage(user, team, endable(team, membershipId), form, model);
                });
    }

    /** The page, with what was typed into a refused form kept (and the responsible membership it was seen with). */
    private String page(CurrentUser user, ClientId clientId, Model model, CareTeamForm handover,
            CareTeamForm member) {
        CareTeam team = careTeams.careTeam(user, clientId);
        if (handover.getResponsible() == null) {
            team.responsible().ifPresent(r -> handover.setResponsible(r.id().value()));
        }
        model.addAttribute("team", team);
        model.addAttribute("base", base(user, clientId));
        model.addAttribute("admin", user.role() == Role.ADMIN);
        model.addAttribute("handover", handover);
        model.addAttribute("member", member);
        return PAGE;
    }


    private String endPage(CurrentUser user, CareTeam team, CareTeamMember member, CareTeamForm form, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("membership", member);
        model.addAttribute("base", base(user, team.clientId()));
        model.addAttribute("ending", form);
        return END_PAGE;
    }

    private static CareTeamMember endable(CareTeam team, MembershipId id) {
        if (!team.mayManage()) {
            throw new NotFoundException("membership");
        }
        return team.members().stream().filter(m -> m.id().equals(id) && !m.responsible()).findFirst()
                .orElseThrow(() -> new NotFoundException("membership"));
    }

    private static UserId clinician(CareTeamForm form) {
        UUID chosen = form.getClinician();
        return new UserId(Objects.requireNonNullElse(chosen, new UUID(0, 0)));
    }

    private static String base(CurrentUser user, ClientId clientId) {
        return (user.role() == Role.ADMIN ? "/admin/clients/" : "/clients/") + clientId + "/care-team";
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }
}
