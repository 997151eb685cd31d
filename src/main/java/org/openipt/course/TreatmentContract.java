package org.openipt.course;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.protocol.Cadence;

/**
 * The time limit of an IPT course, fixed and stated at the outset: how many sessions, how often, how long, from
 * when; and the day the client agreed to it.
 */
public record TreatmentContract(int contractedSessions, Cadence cadence, int sessionMinutes, LocalDate startDate,
        @Nullable LocalDate agreedOn) {

    public boolean isAgreed() {
        return agreedOn != null;
    }

    public TreatmentContract agreedOn(LocalDate day) {
        return new TreatmentContract(contractedSessions, cadence, sessionMinutes, startDate, day);
    }

    public TreatmentContract extendedTo(int sessions) {
        return new TreatmentContract(sessions, cadence, sessionMinutes, startDate, agreedOn);
    }

    /** The planned end: the start plus one interval per session after the first (month ends stay month ends). */
    public LocalDate plannedEndDate() {
        return startDate.plus(cadence.interval().multipliedBy(Math.max(0, contractedSessions - 1)));
    }
}
