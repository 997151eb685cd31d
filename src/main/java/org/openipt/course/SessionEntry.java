package org.openipt.course;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a clinician records about a session. The time is local to the organisation; "since we last met" is the
 * interval history of mood and events; the mood rating runs from 0 (worst) to 10 (best); {@code notes} is the
 * session record note (part of the client's record). The focal area worked on is the id of one of the course's
 * focal areas ({@link SessionFocusOptions}); {@code caregiver} names the parent or caregiver who took part and how
 * they are related to the client. Private psychotherapy notes are not part of this entry.
 */
public record SessionEntry(LocalDateTime when, SessionMode mode, Attendance attendance,
        @Nullable String intervalHistory, @Nullable Integer moodRating, @Nullable String notes,
        SessionParticipants participants, @Nullable String caregiver, @Nullable UUID focalAreaId,
        Set<Technique> techniques, boolean moodLinkedToEvents, boolean sessionsLeftNamed) {

    public static final int LOWEST_MOOD = 0;
    public static final int HIGHEST_MOOD = 10;
    public static final int CAREGIVER_LENGTH = 200;

    public SessionEntry {
        techniques = techniques.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(techniques));
    }

    /** A session with the client alone, without the middle-phase details. */
    public SessionEntry(LocalDateTime when, SessionMode mode, Attendance attendance,
            @Nullable String intervalHistory, @Nullable Integer moodRating, @Nullable String notes) {
        this(when, mode, attendance, intervalHistory, moodRating, notes, SessionParticipants.CLIENT, null, null,
                Set.of(), false, false);
    }

    /** Whether this session is one of the contracted sessions ("session k of N"). */
    public boolean countsTowardsContract() {
        return SessionRules.countsTowardsContract(attendance, participants);
    }
}
