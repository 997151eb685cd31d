package org.openipt.caseload.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.caseload.EmergencyAccessId;
import org.openipt.caseload.EmergencyAccessService;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.PageRequestParams;
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
 * Emergency access: a clinician finds a client outside their care teams and opens the record after writing why;
 * administrators list every emergency access and what was done under it.
 */
@Controller
class EmergencyAccessController {

    private final EmergencyAccessService emergencies;

    EmergencyAccessController(EmergencyAccessService emergencies) {
        this.emergencies = emergencies;
    }

    @GetMapping("/emergency-access")
    String search(CurrentUser clinician, @RequestParam(defaultValue = "") String search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("tooShort", !search.isBlank()
                && search.strip().length() < EmergencyAccessService.SHORTEST_SEARCH);
        model.addAttribute("candidates", emergencies.search(clinician, search));
        model.addAttribute("duration", emergencies.duration().toMinutes());
        return "caseload/emergency-access";
    }

    @GetMapping("/emergency-access/new")
    String form(CurrentUser clinician, @RequestParam(required = false) @Nullable UUID client, Model model) {
        if (client == null) {
            return "redirect:/emergency-access";
        }
        EmergencyForm form = new EmergencyForm();
        form.setClient(client);
        return formPage(clinician, form, model);
    }

    @PostMapping("/emergency-access")
    String open(CurrentUser clinician, @ModelAttribute("emergency") EmergencyForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.getClient() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "redirect:/emergency-access";
        }
        ClientId client = new ClientId(form.getClient());
        return FormSubmission.outcome(errors, response, redirect, "emergency.opened", "/clients/" + client,
                () -> emergencies.open(clinician, client, form.getReason()), () -> formPage(clinician, form, model));
    }

    @GetMapping("/admin/emergency-access")
    String list(CurrentUser admin, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("accesses", emergencies.list(admin, PageRequestParams.of(page)));
        return "caseload/emergency-accesses";
    }

    @GetMapping("/admin/emergency-access/{emergencyAccessId}")
    String trail(CurrentUser admin, @PathVariable EmergencyAccessId emergencyAccessId, Model model) {
        model.addAttribute("trail", emergencies.trail(admin, emergencyAccessId));
        return "caseload/emergency-access-trail";
    }

    private String formPage(CurrentUser clinician, EmergencyForm form, Model model) {
        model.addAttribute("clientName", emergencies.clientName(clinician,
                new ClientId(java.util.Objects.requireNonNull(form.getClient()))));
        model.addAttribute("emergency", form);
        model.addAttribute("duration", emergencies.duration().toMinutes());
        return "caseload/emergency-access-form";
    }

    /** The reason a clinician writes before opening a record in an emergency. */
    public static class EmergencyForm {

        private @Nullable UUID client;
        private String reason = "";

        public @Nullable UUID getClient() { return client; }
        public void setClient(@Nullable UUID client) { this.client = client; }
        public String getReason() { return reason; }
        public void setReason(@Nullable String reason) { this.reason = reason == null ? "" : reason; }
    }
}
