package org.openipt.portal.web;

import org.openipt.identity.CurrentUser;
import org.openipt.portal.PortalWorksheets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "From my sessions": the worksheets of the client's sessions, as far as their clinician shared them. */
@Controller
class PortalWorksheetsController {

    private final PortalWorksheets worksheets;

    PortalWorksheetsController(PortalWorksheets worksheets) {
        this.worksheets = worksheets;
    }

    @GetMapping("/me/worksheets")
    String worksheets(CurrentUser client, Model model) {
        model.addAttribute("page", worksheets.page(client));
        return "portal/worksheets";
    }
}
