package org.openipt.timeline.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.DatePrecision;
import org.openipt.timeline.MoodEpisode;
import org.openipt.timeline.MoodEpisodeEntry;
import org.openipt.timeline.MoodSeverity;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;

/** Adding or changing a mood episode; no end date means it goes on. */
public class MoodEpisodeForm {

    @NotNull(message = "{timeline.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startDate;
    @NotNull(message = "{timeline.precision.required}")
    private @Nullable DatePrecision startPrecision = DatePrecision.MONTH;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate endDate;
    @NotNull(message = "{timeline.precision.required}")
    private @Nullable DatePrecision endPrecision = DatePrecision.MONTH;
    @NotNull(message = "{timeline.severity.required}")
    private @Nullable MoodSeverity severity;
    private boolean current;
    private long version;
    /** A new entry's key, made with the empty form: the same form sent twice adds one entry. */
    private UUID submissionKey = UUID.randomUUID();

    static MoodEpisodeForm of(MoodEpisode episode) {
        MoodEpisodeEntry entry = episode.entry();
        MoodEpisodeForm form = new MoodEpisodeForm();
        form.startDate = entry.start().date();
        form.startPrecision = entry.start().precision();
        ApproximateDate end = entry.end();
        form.endDate = end == null ? null : end.date();
        form.endPrecision = end == null ? DatePrecision.MONTH : end.precision();
        form.severity = entry.severity();
        form.current = entry.current();
        form.version = episode.version();
        return form;
    }

    MoodEpisodeEntry entry() {
        return new MoodEpisodeEntry(new ApproximateDate(Objects.requireNonNull(startDate),
                Objects.requireNonNull(startPrecision)), endDate == null ? null
                        : new ApproximateDate(endDate, Objects.requireNonNull(endPrecision)),
                Objects.requireNonNull(severity), current);
    }

    public @Nullable LocalDate getStartDate() { return startDate; }
    public void setStartDate(@Nullable LocalDate startDate) { this.startDate = startDate; }
    public @Nullable DatePrecision getStartPrecision() { return startPrecision; }
    public void setStartPrecision(@Nullable DatePrecision startPrecision) { this.startPrecision = startPrecision; }
    public @Nullable LocalDate getEndDate() { return endDate; }
    public void setEndDate(@Nullable LocalDate endDate) { this.endDate = endDate; }
    public @Nullable DatePrecision getEndPrecision() { return endPrecision; }
    public void setEndPrecision(@Nullable DatePrecision endPrecision) { this.endPrecision = endPrecision; }
    public @Nullable MoodSeverity getSeverity() { return severity; }
    public void setSeverity(@Nullable MoodSeverity severity) { this.severity = severity; }
    public boolean isCurrent() { return current; }
    public void setCurrent(boolean current) { this.current = current; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    public UUID getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(@Nullable UUID submissionKey) {
        this.submissionKey = submissionKey == null ? UUID.randomUUID() : submissionKey;
    }
}
