package org.openipt.termination.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;

/** The day the maintenance course starts. */
public class MaintenanceForm {

    @NotNull(message = "{termination.maintenance.startDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startDate;

    public @Nullable LocalDate getStartDate() { return startDate; }
    public void setStartDate(@Nullable LocalDate startDate) { this.startDate = startDate; }
}
