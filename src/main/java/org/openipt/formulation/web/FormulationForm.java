package org.openipt.formulation.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.FormulationEntry;
import org.openipt.formulation.FormulationRecord;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Size;

/** The formulation in plain words and the client's acceptance. */
public class FormulationForm {

    @Size(max = 4000, message = "{field.tooLong}")
    private @Nullable String narrative;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate acceptedOn;

    @Size(max = 1000, message = "{field.tooLong}")
    private @Nullable String acceptanceNote;

    private long version;

    static FormulationForm of(FormulationRecord record) {
        FormulationForm form = new FormulationForm();
        form.narrative = record.formulation().narrative();
        form.acceptedOn = record.formulation().acceptedOn();
        form.acceptanceNote = record.formulation().acceptanceNote();
        form.version = record.version();
        return form;
    }

    FormulationEntry entry() {
        return new FormulationEntry(narrative, acceptedOn, acceptanceNote);
    }

    public @Nullable String getNarrative() { return narrative; }
    public void setNarrative(@Nullable String narrative) { this.narrative = narrative; }
    public @Nullable LocalDate getAcceptedOn() { return acceptedOn; }
    public void setAcceptedOn(@Nullable LocalDate acceptedOn) { this.acceptedOn = acceptedOn; }
    public @Nullable String getAcceptanceNote() { return acceptanceNote; }
    public void setAcceptanceNote(@Nullable String acceptanceNote) { this.acceptanceNote = acceptanceNote; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
