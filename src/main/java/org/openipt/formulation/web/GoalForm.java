package org.openipt.formulation.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.Goal;
import org.openipt.formulation.GoalRating;
import org.openipt.formulation.GoalStatus;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new goal of a focal area, or the review of one: wording, status, and a rating on a day. */
public class GoalForm {

    private @Nullable String focalAreaId;

    @NotBlank(message = "{goal.description.required}")
    @Size(max = 1000, message = "{field.tooLong}")
    private String description = "";

    private @Nullable GoalStatus status;

    @Min(value = GoalRating.LOWEST, message = "{goal.rating.range}")
    @Max(value = GoalRating.HIGHEST, message = "{goal.rating.range}")
    private @Nullable Integer rating;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate ratedOn;

    private long version;

    static GoalForm of(Goal goal, LocalDate today) {
        GoalForm form = new GoalForm();
        form.focalAreaId = goal.focalAreaId().toString();
        form.description = goal.description();
        form.status = goal.status();
        form.ratedOn = today;
        form.version = goal.version();
        return form;
    }

    public @Nullable String getFocalAreaId() { return focalAreaId; }
    public void setFocalAreaId(@Nullable String focalAreaId) { this.focalAreaId = focalAreaId; }
    public String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description == null ? "" : description; }
    public @Nullable GoalStatus getStatus() { return status; }
    public void setStatus(@Nullable GoalStatus status) { this.status = status; }
    public @Nullable Integer getRating() { return rating; }
    public void setRating(@Nullable Integer rating) { this.rating = rating; }
    public @Nullable LocalDate getRatedOn() { return ratedOn; }
    public void setRatedOn(@Nullable LocalDate ratedOn) { this.ratedOn = ratedOn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
