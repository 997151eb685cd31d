package org.openipt.course.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.course.PhaseTransition;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Size;

/**
 * The small decisions on a course page: agreeing the contract (a date), a phase move, an exit (reason and
 * date), an extension (new total and reason). Each form posts the course version it was loaded with.
 */
public class DecisionForm {

    private @Nullable PhaseTransition move;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;

    @Size(max = 2000, message = "{field.tooLong}")
    private String reason = "";

    private @Nullable Integer newTotal;

    private long version;

    public @Nullable PhaseTransition getMove() { return move; }
    public void setMove(@Nullable PhaseTransition move) { this.move = move; }
    public @Nullable LocalDate getDate() { return date; }
    public void setDate(@Nullable LocalDate date) { this.date = date; }
    public String getReason() { return reason; }
    public void setReason(@Nullable String reason) { this.reason = reason == null ? "" : reason; }
    public @Nullable Integer getNewTotal() { return newTotal; }
    public void setNewTotal(@Nullable Integer newTotal) { this.newTotal = newTotal; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
