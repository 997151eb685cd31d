package org.openipt.portal.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.web.FormSubmission;
import org.openipt.timeline.MoodDiaryEntry;
import org.springframework.format.annotation.DateTimeFormat;

/** A day of the diary as the client writes it, with the key that makes a double tap store one entry. */
public class DiaryForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate day;
    private @Nullable Integer rating;
    private @Nullable String whatHappened;
    private @Nullable String withWhom;
    private UUID submissionKey = UUID.randomUUID();

    static DiaryForm blank(LocalDate today) {
        DiaryForm form = new DiaryForm();
        form.day = today;
        return form;
    }

    MoodDiaryEntry entry() {
        return new MoodDiaryEntry(day, rating, whatHappened, withWhom);
    }

    public @Nullable LocalDate getDay() { return day; }
    public void setDay(@Nullable LocalDate day) { this.day = day; }
    public @Nullable Integer getRating() { return rating; }
    public void setRating(@Nullable Integer rating) { this.rating = rating; }
    public @Nullable String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(@Nullable String whatHappened) { this.whatHappened = whatHappened; }
    public @Nullable String getWithWhom() { return withWhom; }
    public void setWithWhom(@Nullable String withWhom) { this.withWhom = withWhom; }
    public UUID getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(@Nullable UUID submissionKey) {
        this.submissionKey = FormSubmission.keyOrNew(submissionKey);
    }
}
