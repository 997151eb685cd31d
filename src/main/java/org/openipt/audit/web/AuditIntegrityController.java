package org.openipt.audit.web;

import org.openipt.audit.AuditIntegrity;
import org.openipt.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** An administrator checks that the audit trail is as it was written (the chain of seals is unbroken). */
@Controller
class AuditIntegrityController {

    private final AuditIntegrity integrity;

    AuditIntegrityController(AuditIntegrity integrity) {
        this.integrity = integrity;
    }

    @GetMapping("/admin/audit/integrity")
    String page() {
        return "audit/integrity";
    }

    @PostMapping("/admin/audit/integrity")
    String check(CurrentUser admin, Model model) {
        model.addAttribute("report", integrity.verify(admin));
        return "audit/integrity";
    }
}
