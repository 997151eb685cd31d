package org.openipt.portal.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.openipt.caseload.ConsentDocumentId;
import org.openipt.caseload.ConsentService;
import org.openipt.identity.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client reads their organisation's consent documents and agrees to each: the current version in their
 * language. Agreeing twice answers as once; a version replaced while they read says so and shows the new one.
 */
@Controller
class PortalConsentsController {

    private final ConsentService consents;

    PortalConsentsController(ConsentService consents) {
        this.consents = consents;
    }

    @GetMapping("/me/consents")
    String consents(CurrentUser client, Locale locale, Model model) {
        model.addAttribute("consents", consents.mine(client, locale));
        return "portal/consents";
    }

    @PostMapping("/me/consents")
    String agree(CurrentUser client, @RequestParam UUID documentId, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ConsentDocumentId document = new ConsentDocumentId(documentId);
        try {
            consents.agree(client, document, locale);
        }
        catch (OptimisticLockingFailureException conflict) {
            if (!consents.agreed(client, document, locale)) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("replaced", true);
                return consents(client, locale, model);
            }
            // the same agreement, saved by a second tap at the same moment: answer as the first did
        }
        redirect.addFlashAttribute("notice", "consent.agreed");
        return "redirect:/me/consents";
    }
}
