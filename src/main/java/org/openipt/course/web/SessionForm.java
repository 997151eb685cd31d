package org.openipt.course.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Attendance;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionView;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Scheduling or recording a session. */
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

    private long version;

    static SessionForm at(LocalDateTime when) {
        SessionForm form = new SessionForm();
        form.date = when.toLocalDate();
        form.time = when.toLocalTime().withSecond(0).withNano(0);
        return form;
    }

    static SessionForm of(SessionView session) {
        SessionForm form = at(session.when().toLocalDateTime());
        form.mode = session.mode();
        form.attendance = session.attendance();
        form.intervalHistory = session.intervalHistory();
        form.moodRating = session.moodRating();
        form.notes = session.notes();
        form.version = session.version();
        return form;
    }

    /** Only called after validation, so the required fields are present. */
    SessionEntry entry() {
        return new SessionEntry(LocalDateTime.of(date, time), mode, attendance, intervalHistory, moodRating, notes);
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
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
