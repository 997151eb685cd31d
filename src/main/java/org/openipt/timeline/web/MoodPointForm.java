package org.openipt.timeline.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.DatePrecision;
import org.openipt.timeline.MoodPoint;
import org.openipt.timeline.MoodPointEntry;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;

/** Adding or changing a single mood rating (0 the worst, 10 the best). */
public class MoodPointForm {

    @NotNull(message = "{timeline.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;
    @NotNull(message = "{timeline.precision.required}")
    private @Nullable DatePrecision precision = DatePrecision.DAY;
    @NotNull(message = "{timeline.rating.required}")
    private @Nullable Integer rating;
    private long version;
    /** A new entry's key, made with the empty form: the same form sent twice adds one entry. */
    private UUID submissionKey = UUID.randomUUID();

    static MoodPointForm of(MoodPoint point) {
        MoodPointForm form = new MoodPointForm();
        form.date = point.entry().when().date();
        form.precision = point.entry().when().precision();
        form.rating = point.entry().rating();
        form.version = point.version();
        return form;
    }

    MoodPointEntry entry() {
        return new MoodPointEntry(new ApproximateDate(Objects.requireNonNull(date), Objects.requireNonNull(precision)),
                Objects.requireNonNull(rating));
    }

    public @Nullable LocalDate getDate() { return date; }
    public void setDate(@Nullable LocalDate date) { this.date = date; }
    public @Nullable DatePrecision getPrecision() { return precision; }
    public void setPrecision(@Nullable DatePrecision precision) { this.precision = precision; }
    public @Nullable Integer getRating() { return rating; }
    public void setRating(@Nullable Integer rating) { this.rating = rating; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    public UUID getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(@Nullable UUID submissionKey) {
        this.submissionKey = submissionKey == null ? UUID.randomUUID() : submissionKey;
    }
}
