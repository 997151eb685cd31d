package org.openipt.caseload.web;

import org.openipt.shared.web.FormSubmission;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.PageRequestParams;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

@Controller
class CaseloadController {

    private final CaseloadService caseload;

    CaseloadController(CaseloadService caseload) {
        this.caseload = caseload;
    }

    /** The caseload; with htmx, typing in the search box swaps only the results. */
    @GetMapping("/caseload")
    String caseload(CurrentUser user, @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "0") int page, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("search", search);
        model.addAttribute("clients", caseload.caseload(user, search, PageRequestParams.of(page)));
        if (htmx != null) {
            return "caseload/caseload :: results";
        }
        model.addAttribute("alerts", caseload.alerts(user));
        return "caseload/caseload";
    }

    @GetMapping("/clients/new")
    String newClient(Model model) {
        model.addAttribute("client", new ClientForm());
        return "caseload/client-form";
    }

    @PostMapping("/clients")
    String register(CurrentUser clinician, @Validated @ModelAttribute("client") ClientForm form, BindingResult errors,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalid(response);
        }
        try {
            ClientId id = caseload.register(clinician, form.fields());
            redirect.addFlashAttribute("notice", "client.registered");
            return "redirect:/clients/" + id;
        }
        catch (RuleViolation violation) {
            FormSubmission.reject(errors, violation);
            return invalid(response);
        }
    }

    @GetMapping("/clients/{clientId}/edit")
    String edit(CurrentUser user, @PathVariable ClientId clientId, Model model) {
        caseload.requireChangeable(user, clientId);
        model.addAttribute("client", ClientForm.of(caseload.client(user, clientId)));
        model.addAttribute("clientId", clientId);
        return "caseload/client-form";
    }

    @PostMapping("/clients/{clientId}/edit")
    String change(CurrentUser user, @PathVariable ClientId clientId,
            @Validated @ModelAttribute("client") ClientForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        caseload.requireChangeable(user, clientId);
        model.addAttribute("clientId", clientId);
        if (errors.hasErrors()) {
            return invalid(response);
        }
        try {
            caseload.change(user, clientId, form.fields(), form.getVersion());
            redirect.addFlashAttribute("notice", "client.changed");
            return "redirect:/clients/" + clientId;
        }
        catch (RuleViolation violation) {
            FormSubmission.reject(errors, violation);
            return invalid(response);
        }
        catch (OptimisticLockingFailureException conflict) {
            // keep the entry, now against the current version: saving it again is a deliberate choice
            errors.reject("error.conflict");
            form.setVersion(caseload.client(user, clientId).version());
            response.setStatus(HttpStatus.CONFLICT.value());
            return "caseload/client-form";
        }
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "caseload/client-form";
    }
}
