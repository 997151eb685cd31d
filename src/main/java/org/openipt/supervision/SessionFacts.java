package org.openipt.supervision;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Phase;

/**
 * What the checklist reads from a session's record: the phase the course was in that day, whether the mood was
 * checked (a rating, "since we last met" or a questionnaire in the session), linked to the week's events, the
 * session worked on an agreed focal area (and whether the course had one), the sessions left were named, IPT
 * techniques were recorded, and the day the client agreed the time limit.
 */
public record SessionFacts(LocalDate day, Phase phase, boolean moodRated, boolean intervalHistory,
        boolean questionnaire, boolean moodLinkedToEvents, boolean onFocalArea, boolean courseHasFocalArea,
        boolean sessionsLeftNamed, boolean techniquesRecorded, @Nullable LocalDate contractAgreedOn) {
}
