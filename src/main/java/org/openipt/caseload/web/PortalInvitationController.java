package org.openipt.caseload.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientDetails;
import org.openipt.caseload.ClientId;
import org.openipt.caseload.PortalInvitationService;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IssuedSecret;
import org.openipt.shared.web.FormSubmission;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Inviting a client to the portal from their page. A code is shown once, on the page the invitation leads to (kept
 * for that one page only, and never cached), so that reloading does not invite again.
 */
@Controller
class PortalInvitationController {

    private static final String PAGE = "caseload/portal-invitation";

    private final PortalInvitationService invitations;
    private final CaseloadService caseload;

    PortalInvitationController(PortalInvitationService invitations, CaseloadService caseload) {
        this.invitations = invitations;
        this.caseload = caseload;
    }

    @GetMapping("/clients/{clientId}/portal-invitation")
    String form(CurrentUser clinician, @PathVariable ClientId clientId, Model model) {
        caseload.requireChangeable(clinician, clientId);
        ClientDetails client = caseload.client(clinician, clientId);
        PortalInvitationForm form = new PortalInvitationForm();
        form.setEmail(client.email() == null ? "" : client.email());
        return page(clinician, clientId, client, form, model);
    }

    @PostMapping("/clients/{clientId}/portal-invitation")
    String invite(CurrentUser clinician, @PathVariable ClientId clientId,
            @ModelAttribute("invitation") PortalInvitationForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!"EMAIL".equals(form.getChannel()) && !"CODE".equals(form.getChannel())) {
            errors.reject("portal.channel.required");
        }
        String clientPage = "/clients/" + clientId;
        if ("CODE".equals(form.getChannel())) {
            return FormSubmission.outcome(errors, response, redirect, "portal.code.issued", () -> {
                IssuedSecret code = invitations.inviteByCode(clinician, clientId);
                redirect.addFlashAttribute("invitationCode", code.secret());
                redirect.addFlashAttribute("invitationCodeUntil", code.expiresAt());
                return code;
            }, code -> clientPage + "/portal-invitation/code",
                    () -> page(clinician, clientId, caseload.client(clinician, clientId), form, model));
        }
        return FormSubmission.outcome(errors, response, redirect, "portal.invite.sent", clientPage,
                () -> invitations.inviteByEmail(clinician, clientId, form.getEmail()),
                () -> page(clinician, clientId, caseload.client(clinician, clientId), form, model));
    }

    @GetMapping("/clients/{clientId}/portal-invitation/code")
    String code(CurrentUser clinician, @PathVariable ClientId clientId, Model model, HttpServletResponse response) {
        caseload.requireChangeable(clinician, clientId);
        if (!(model.getAttribute("invitationCode") instanceof String) 
                || !(model.getAttribute("invitationCodeUntil") instanceof Instant)) {
            return "redirect:/clients/" + clientId;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("client", caseload.client(clinician, clientId));
        model.addAttribute("codeAddress", ServletUriComponentsBuilder.fromCurrentContextPath().path("/invitation")
                .toUriString());
        return "caseload/portal-invitation-code";
    }

    private String page(CurrentUser clinician, ClientId clientId, ClientDetails client, PortalInvitationForm form,
            Model model) {
        model.addAttribute("client", client);
        model.addAttribute("portal", invitations.access(clinician, clientId));
        model.addAttribute("invitation", form);
        return PAGE;
    }
}
