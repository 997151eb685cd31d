package org.openipt.measures;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One time an instrument is to be taken in a course: at a milestone or at session k.
 *
 * @param milestone the milestone, or null for a session occasion
 * @param session the session number (among those held) of a session occasion, or null for a milestone
 * @param sessionId the id of that session, null for a milestone
 * @param dueOn the day it falls on; null while it cannot be known yet (the end of an open course)
 */
public record Occasion(String instrumentId, @Nullable Milestone milestone, @Nullable Integer session,
        @Nullable UUID sessionId, @Nullable LocalDate dueOn, OccasionStatus status) {

    /** A stable name of the occasion within its course and instrument: {@code BASELINE}, {@code SESSION_5}. */
    public String key() {
        return milestone != null ? milestone.name() : "SESSION_" + session;
    }

    /** The path of the form that gives this occasion's questionnaire (linked to its session, if any). */
    public String administerPath(Object courseId) {
        return "/courses/" + courseId + "/measures/new?instrument=" + instrumentId
                + (sessionId == null ? "" : "&sessionId=" + sessionId);
    }

    /** The message key of the occasion's name: {@code schedule.milestone.BASELINE} or {@code schedule.session}. */
    public String labelKey() {
        return milestone != null ? "schedule.milestone." + milestone.name() : "schedule.session";
    }
}
