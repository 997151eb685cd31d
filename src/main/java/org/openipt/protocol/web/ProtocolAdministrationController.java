package org.openipt.protocol.web;

import org.openipt.identity.CurrentUser;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Delivery;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.protocol.ProtocolId;
import org.openipt.shared.RuleViolation;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Administrators adjust the organisation's IPT formats or add their own. */
@Controller
class ProtocolAdministrationController {

    private final ProtocolCatalog catalog;
    private final java.util.List<org.openipt.protocol.ProtocolLinkProvider> links;

    ProtocolAdministrationController(ProtocolCatalog catalog,
            java.util.List<org.openipt.protocol.ProtocolLinkProvider> links) {
        this.catalog = catalog;
        this.links = java.util.List.copyOf(links);
    }

    @GetMapping("/admin/protocols")
    String list(CurrentUser admin, Model model) {
        model.addAttribute("protocols", catalog.protocols(admin));
        return "protocol/protocols";
    }

    @GetMapping("/admin/protocols/new")
    String newProtocol(Model model) {
        return form(model, new ProtocolForm(), null);
    }

    @PostMapping("/admin/protocols")
    String add(CurrentUser admin, @Validated @ModelAttribute("protocol") ProtocolForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                catalog.add(admin, form.getName(), form.settings());
                redirect.addFlashAttribute("notice", "protocol.saved");
                return "redirect:/admin/protocols";
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, form, null);
    }

    @GetMapping("/admin/protocols/{protocolId}")
    String edit(CurrentUser admin, @PathVariable ProtocolId protocolId, Model model) {
        var protocol = catalog.protocol(admin.organisationId(), protocolId);
        model.addAttribute("links", links.stream().flatMap(provider -> provider.linksOf(protocol).stream()).toList());
        return form(model, ProtocolForm.of(protocol), protocolId);
    }

    @PostMapping("/admin/protocols/{protocolId}")
    String change(CurrentUser admin, @PathVariable ProtocolId protocolId,
            @Validated @ModelAttribute("protocol") ProtocolForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        long currentVersion = catalog.protocol(admin.organisationId(), protocolId).version();
        if (!errors.hasErrors()) {
            try {
                catalog.change(admin, protocolId, form.getName(), form.settings(), form.isActive(), form.getVersion());
                redirect.addFlashAttribute("notice", "protocol.saved");
                return "redirect:/admin/protocols";
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
            catch (OptimisticLockingFailureException conflict) {
                // keep the entry, now against the current version: saving it again is a deliberate choice
                errors.reject("error.conflict");
                form.setVersion(currentVersion);
                response.setStatus(HttpStatus.CONFLICT.value());
                return form(model, form, protocolId);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, form, protocolId);
    }

    private String form(Model model, ProtocolForm form, @org.jspecify.annotations.Nullable ProtocolId id) {
        model.addAttribute("protocol", form);
        model.addAttribute("protocolId", id);
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("cadences", Cadence.values());
        return "protocol/protocol-form";
    }
}
