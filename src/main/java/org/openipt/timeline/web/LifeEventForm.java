package org.openipt.timeline.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionId;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.DatePrecision;
import org.openipt.timeline.LifeEvent;
import org.openipt.timeline.LifeEventEntry;
import org.openipt.timeline.LifeEventType;
import org.openipt.inventory.RelationshipId;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adding or changing a life event: when (perhaps only the month or year), what kind, a few words, who, the onset link. */
public class LifeEventForm {

    @NotNull(message = "{timeline.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;
    @NotNull(message = "{timeline.precision.required}")
    private @Nullable DatePrecision precision = DatePrecision.DAY;
    @NotNull(message = "{timeline.type.required}")
    private @Nullable LifeEventType type;
    @NotBlank(message = "{timeline.event.description.required}")
    @Size(max = LifeEventEntry.DESCRIPTION_LENGTH, message = "{field.tooLong}")
    private String description = "";
    private List<RelationshipId> people = new ArrayList<>();
    private boolean linkedToOnset;
    private @Nullable SessionId sessionId;
    private long version;
    /** A new entry's key, made with the empty form: the same form sent twice adds one entry. */
    private UUID submissionKey = UUID.randomUUID();

    static LifeEventForm of(LifeEvent event) {
        LifeEventEntry entry = event.entry();
        LifeEventForm form = new LifeEventForm();
        form.date = entry.when().date();
        form.precision = entry.when().precision();
        form.type = entry.type();
        form.description = entry.description();
        form.people = new ArrayList<>(entry.people());
        form.linkedToOnset = entry.linkedToOnset();
        form.sessionId = entry.sessionId();
        form.version = event.version();
        return form;
    }

    /** Only called after validation, so the required fields are present. */
    LifeEventEntry entry() {
        return new LifeEventEntry(new ApproximateDate(Objects.requireNonNull(date), Objects.requireNonNull(precision)),
                Objects.requireNonNull(type), description, people.stream().filter(Objects::nonNull).distinct()
                        .toList(), linkedToOnset, sessionId);
    }

    public @Nullable LocalDate getDate() { return date; }
    public void setDate(@Nullable LocalDate date) { this.date = date; }
    public @Nullable DatePrecision getPrecision() { return precision; }
    public void setPrecision(@Nullable DatePrecision precision) { this.precision = precision; }
    public @Nullable LifeEventType getType() { return type; }
    public void setType(@Nullable LifeEventType type) { this.type = type; }
    public String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description == null ? "" : description; }
    public List<RelationshipId> getPeople() { return people; }
    public void setPeople(@Nullable List<RelationshipId> people) { this.people = people == null ? new ArrayList<>() : people; }
    public boolean isLinkedToOnset() { return linkedToOnset; }
    public void setLinkedToOnset(boolean linkedToOnset) { this.linkedToOnset = linkedToOnset; }
    public @Nullable SessionId getSessionId() { return sessionId; }
    public void setSessionId(@Nullable SessionId sessionId) { this.sessionId = sessionId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    /** Whether the box of a person is ticked. */
    public boolean involves(RelationshipId person) {
        return people.contains(person);
    }

    public UUID getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(@Nullable UUID submissionKey) {
        this.submissionKey = submissionKey == null ? UUID.randomUUID() : submissionKey;
    }
}
