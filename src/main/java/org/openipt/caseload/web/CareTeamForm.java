package org.openipt.caseload.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The care team's forms: a handover (the new clinician, why, from which day, and the responsible membership the
 * person saw), a clinician joining (who, why, from which day) and a membership ending (why, from which day, the
 * membership's version). The rules are the care team's ({@link org.openipt.caseload.CareTeamRules}).
 */
public class CareTeamForm {

    private @Nullable UUID clinician;

    private String reason = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate day;

    private @Nullable UUID responsible;

    private long version;

    static CareTeamForm startingOn(LocalDate today) {
        CareTeamForm form = new CareTeamForm();
        form.setDay(today);
        return form;
    }

    public @Nullable UUID getClinician() { return clinician; }
    public void setClinician(@Nullable UUID clinician) { this.clinician = clinician; }
    public String getReason() { return reason; }
    public void setReason(@Nullable String reason) { this.reason = reason == null ? "" : reason; }
    public @Nullable LocalDate getDay() { return day; }
    public void setDay(@Nullable LocalDate day) { this.day = day; }
    public @Nullable UUID getResponsible() { return responsible; }
    public void setResponsible(@Nullable UUID responsible) { this.responsible = responsible; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
