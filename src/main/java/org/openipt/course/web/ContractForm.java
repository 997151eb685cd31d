package org.openipt.course.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.course.ContractTerms;
import org.openipt.course.TreatmentContract;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Protocol;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Starting a course (with its format) or changing its proposed contract. */
public class ContractForm {

    @NotBlank(message = "{course.protocol.required}")
    private String protocolId = "";

    @NotNull(message = "{contract.sessions.required}")
    private @Nullable Integer sessions;

    @NotNull(message = "{contract.cadence.required}")
    private @Nullable Cadence cadence = Cadence.WEEKLY;

    @NotNull(message = "{contract.minutes.required}")
    private @Nullable Integer sessionMinutes;

    @NotNull(message = "{contract.startDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startDate;

    private long version;

    static ContractForm startingWith(Protocol protocol, LocalDate today) {
        ContractForm form = new ContractForm();
        form.protocolId = protocol.id().toString();
        form.sessions = protocol.settings().defaultSessions();
        form.cadence = protocol.settings().cadence();
        form.sessionMinutes = protocol.settings().sessionMinutes();
        form.startDate = today;
        return form;
    }

    static ContractForm of(String protocolId, TreatmentContract contract, long version) {
        ContractForm form = new ContractForm();
        form.protocolId = protocolId;
        form.sessions = contract.contractedSessions();
        form.cadence = contract.cadence();
        form.sessionMinutes = contract.sessionMinutes();
        form.startDate = contract.startDate();
        form.version = version;
        return form;
    }

    /** Only called after validation, so the required fields are present. */
    ContractTerms terms() {
        return new ContractTerms(sessions, cadence, sessionMinutes, startDate);
    }

    public String getProtocolId() { return protocolId; }
    public void setProtocolId(String protocolId) { this.protocolId = protocolId; }
    public @Nullable Integer getSessions() { return sessions; }
    public void setSessions(@Nullable Integer sessions) { this.sessions = sessions; }
    public @Nullable Cadence getCadence() { return cadence; }
    public void setCadence(@Nullable Cadence cadence) { this.cadence = cadence; }
    public @Nullable Integer getSessionMinutes() { return sessionMinutes; }
    public void setSessionMinutes(@Nullable Integer sessionMinutes) { this.sessionMinutes = sessionMinutes; }
    public @Nullable LocalDate getStartDate() { return startDate; }
    public void setStartDate(@Nullable LocalDate startDate) { this.startDate = startDate; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
