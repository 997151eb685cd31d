package org.openipt.caseload.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditOutcome;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.PageRequestParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators find a client by name or record number and read who did what with their record. */
@Controller
class ClientDirectoryController {

    private final CaseloadService caseload;
    private final AuditTrail audit;
    private final Clock clock;

    ClientDirectoryController(CaseloadService caseload, AuditTrail audit, Clock clock) {
        this.caseload = caseload;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/clients")
    String directory(CurrentUser admin, @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("clients", caseload.directory(admin, search, PageRequestParams.of(page)));
        LocalDate today = LocalDate.now(clock.withZone(admin.timeZone()));
        model.addAttribute("exportFrom", today.minusDays(30));
        model.addAttribute("exportTo", today);
        return "caseload/directory";
    }

    @GetMapping("/admin/clients/{clientId}/audit")
    String trail(CurrentUser admin, @PathVariable ClientId clientId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable AuditOutcome outcome, Model model) {
        model.addAttribute("clientName", caseload.directoryName(admin, clientId));
        model.addAttribute("clientId", clientId);
        model.addAttribute("outcome", outcome);
        model.addAttribute("entries", audit.trailOfClient(admin, clientId, outcome, PageRequestParams.of(page)));
        return "caseload/audit-trail";
    }
}
