package org.openipt.formulation.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.Medication;
import org.openipt.formulation.MedicationEntry;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One medicine of the list. */
public class MedicationForm {

    @NotBlank(message = "{medication.name.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String name = "";

    @Size(max = 200, message = "{field.tooLong}")
    private @Nullable String dose;

    @Size(max = 200, message = "{field.tooLong}")
    private @Nullable String prescriber;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate stoppedOn;

    private long version;

    static MedicationForm of(Medication medication) {
        MedicationForm form = new MedicationForm();
        form.name = medication.entry().name();
        form.dose = medication.entry().dose();
        form.prescriber = medication.entry().prescriber();
        form.startedOn = medication.entry().startedOn();
        form.stoppedOn = medication.entry().stoppedOn();
        form.version = medication.version();
        return form;
    }

    MedicationEntry entry() {
        return new MedicationEntry(name, dose, prescriber, startedOn, stoppedOn);
    }

    public String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
    public @Nullable String getDose() { return dose; }
    public void setDose(@Nullable String dose) { this.dose = dose; }
    public @Nullable String getPrescriber() { return prescriber; }
    public void setPrescriber(@Nullable String prescriber) { this.prescriber = prescriber; }
    public @Nullable LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(@Nullable LocalDate startedOn) { this.startedOn = startedOn; }
    public @Nullable LocalDate getStoppedOn() { return stoppedOn; }
    public void setStoppedOn(@Nullable LocalDate stoppedOn) { this.stoppedOn = stoppedOn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
