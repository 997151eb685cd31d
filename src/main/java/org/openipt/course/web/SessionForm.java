package org.openipt.course.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Attendance;
import org.openipt.course.SessionService;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionParticipants;
import org.openipt.course.Technique;
import org.openipt.course.SessionView;
import org.openipt.shared.web.Choices;
import org.openipt.shared.web.FormSubmission;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Scheduling or recording a session, with the private psychotherapy note kept apart from the record. */
public class SessionForm {

    @NotNull(message = "{session.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;

    @NotNull(message = "{session.time.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private @Nullable LocalTime time;

    @NotNull(message = "{session.mode.required}")
    private @Nullable SessionMode mode = SessionMode.IN_PERSON;

    @NotNull(message = "{session.attendance.required}")
    private @Nullable Attendance attendance = Attendance.ATTENDED;

    @Size(max = 4000, message = "{field.tooLong}")
    private @Nullable String intervalHistory;

    @Min(value = SessionEntry.LOWEST_MOOD, message = "{session.mood.range}")
    @Max(value = SessionEntry.HIGHEST_MOOD, message = "{session.mood.range}")
    private @Nullable Integer moodRating;

    @Size(max = 8000, message = "{field.tooLong}")
    private @Nullable String notes;

    @NotNull(message = "{session.participants.required}")
    private @Nullable SessionParticipants participants = SessionParticipants.CLIENT;

    @Size(max = SessionEntry.CAREGIVER_LENGTH, message = "{field.tooLong}")
    private @Nullable String caregiver;

    private @Nullable UUID focalAreaId;

    private Set<Technique> techniques = EnumSet.noneOf(Technique.class);

    private boolean moodLinkedToEvents;

    private boolean sessionsLeftNamed;

    /** The private psychotherapy note: never part of the client's record. */
    @Size(max = SessionService.PRIVATE_NOTE_LENGTH, message = "{field.tooLong}")
    private @Nullable String privateNote;

    private long version;
    /** The key of this form, so that sending it twice records one session. */
    private UUID submissionKey = UUID.randomUUID();

    static SessionForm at(LocalDateTime when) {
        SessionForm form = new SessionForm();
        form.date = when.toLocalDate();
        form.time = when.toLocalTime().withSecond(0).withNano(0);
        return form;
    }

    static SessionForm of(SessionView session, @Nullable String privateNote) {
        SessionForm form = at(session.when().toLocalDateTime());
        form.mode = session.mode();
        form.attendance = session.attendance();
        form.intervalHistory = session.intervalHistory();
        form.moodRating = session.moodRating();
        form.notes = session.notes();
        form.participants = session.participants();
        form.caregiver = session.caregiver();
        form.focalAreaId = session.focalAreaId();
        form.techniques = session.techniques().isEmpty() ? EnumSet.noneOf(Technique.class)
                : EnumSet.copyOf(session.techniques());
        form.moodLinkedToEvents = session.moodLinkedToEvents();
        form.sessionsLeftNamed = session.sessionsLeftNamed();
        form.privateNote = privateNote;
        form.version = session.version();
        return form;
    }

    /** Only called after validation, so the required fields are present. */
    SessionEntry entry() {
        return new SessionEntry(LocalDateTime.of(date, time), mode, attendance, intervalHistory, moodRating, notes,
                participants, caregiver, focalAreaId, techniques, moodLinkedToEvents, sessionsLeftNamed);
    }

    public @Nullable LocalDate getDate() { return date; }
    public void setDate(@Nullable LocalDate date) { this.date = date; }
    public @Nullable LocalTime getTime() { return time; }
    public void setTime(@Nullable LocalTime time) { this.time = time; }
    public @Nullable SessionMode getMode() { return mode; }
    public void setMode(@Nullable SessionMode mode) { this.mode = mode; }
    public @Nullable Attendance getAttendance() { return attendance; }
    public void setAttendance(@Nullable Attendance attendance) { this.attendance = attendance; }
    public @Nullable String getIntervalHistory() { return intervalHistory; }
    public void setIntervalHistory(@Nullable String intervalHistory) { this.intervalHistory = intervalHistory; }
    public @Nullable Integer getMoodRating() { return moodRating; }
    public void setMoodRating(@Nullable Integer moodRating) { this.moodRating = moodRating; }
    public @Nullable String getNotes() { return notes; }
    public void setNotes(@Nullable String notes) { this.notes = notes; }
    public @Nullable SessionParticipants getParticipants() { return participants; }
    public void setParticipants(@Nullable SessionParticipants participants) { this.participants = participants; }
    public @Nullable String getCaregiver() { return caregiver; }
    public void setCaregiver(@Nullable String caregiver) { this.caregiver = caregiver; }
    public @Nullable UUID getFocalAreaId() { return focalAreaId; }
    public void setFocalAreaId(@Nullable UUID focalAreaId) { this.focalAreaId = focalAreaId; }
    public Set<Technique> getTechniques() { return techniques; }
    public void setTechniques(@Nullable Set<Technique> techniques) {
        this.techniques = Choices.of(techniques, Technique.class);
    }
    public boolean isMoodLinkedToEvents() { return moodLinkedToEvents; }
    public void setMoodLinkedToEvents(boolean moodLinkedToEvents) { this.moodLinkedToEvents = moodLinkedToEvents; }
    public boolean isSessionsLeftNamed() { return sessionsLeftNamed; }
    public void setSessionsLeftNamed(boolean sessionsLeftNamed) { this.sessionsLeftNamed = sessionsLeftNamed; }
    public @Nullable String getPrivateNote() { return privateNote; }
    public void setPrivateNote(@Nullable String privateNote) { this.privateNote = privateNote; }
    public UUID getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(@Nullable UUID submissionKey) {
        this.submissionKey = FormSubmission.keyOrNew(submissionKey);
    }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
