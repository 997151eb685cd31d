package org.openipt.audit.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The organisation's audit trail for an auditor: a CSV file of every entry between two days (by default the last
 * thirty), oldest first, with each change's detail in the administrator's language. Administrators only.
 */
@Controller
class AuditExportController {

    private static final String HEADER = "occurred_at,user,role,action,record_type,record_id,outcome,detail,"
            + "under_emergency_access";

    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    AuditExportController(AuditTrail audit, MessageSource messages, Clock clock) {
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/audit/export")
    void export(CurrentUser admin, @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to, Locale locale, HttpServletResponse response)
            throws IOException {
        LocalDate last = to == null ? LocalDate.now(clock.withZone(admin.timeZone())) : to;
        LocalDate first = from == null ? last.minusDays(30) : from;
        if (last.isBefore(first)) {
            throw new RuleViolation("audit.export.order"); // before anything of the file is written
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail-" + first + "-to-"
                + last + ".csv\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter csv = response.getWriter();
        csv.print(HEADER + "\r\n");
        audit.export(admin, first, last, entry -> csv.print(line(entry, locale)));
        csv.flush();
    }

    private String line(AuditEntry entry, Locale locale) {
        String detail = entry.detail() == null ? ""
                : messages.getMessage(entry.detailKey(), entry.detailArguments(), entry.detailKey(), locale);
        return String.join(",", Csv.cell(entry.occurredAt().toString()), Csv.cell(entry.userName()),
                Csv.cell(entry.role()), Csv.cell(entry.action().name()), Csv.cell(entry.objectType()),
                Csv.cell(entry.objectId() == null ? null : entry.objectId().toString()),
                Csv.cell(entry.outcome().name()), Csv.cell(detail),
                Csv.cell(String.valueOf(entry.underEmergencyAccess()))) + "\r\n";
    }
}
