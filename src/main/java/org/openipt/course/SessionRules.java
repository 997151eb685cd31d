package org.openipt.course;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Which sessions count towards the contract, how they are numbered, and what a session entry must satisfy
 * beyond its form: a caregiver only where the format has caregiver sessions, named when they take part, and a
 * focal area only from the course's own.
 */
public final class SessionRules {

    private SessionRules() {
    }

    /** Only sessions the client attended count: a parent contact without the client is not one of them. */
    public static boolean countsTowardsContract(Attendance attendance, SessionParticipants participants) {
        return attendance == Attendance.ATTENDED && participants.includesClient();
    }

    /**
     * The number of each session, in the order given (date order), among those that count; null for the others.
     */
    public static <T> List<@Nullable Integer> numbers(List<T> sessionsInDateOrder, Predicate<T> counts) {
        List<@Nullable Integer> numbers = new ArrayList<>();
        int held = 0;
        for (T session : sessionsInDateOrder) {
            numbers.add(counts.test(session) ? ++held : null);
        }
        return numbers;
    }

    /** As {@link #numbers(List, Predicate)} for session entries. */
    public static List<@Nullable Integer> numbers(List<SessionEntry> sessionsInDateOrder) {
        return numbers(sessionsInDateOrder, SessionEntry::countsTowardsContract);
    }

    /** How many of the sessions count towards the contract. */
    public static int held(Collection<SessionEntry> sessions) {
        return (int) sessions.stream().filter(SessionEntry::countsTowardsContract).count();
    }

    /** Message keys of what is wrong with the entry for a course of this format with these focal areas. */
    public static List<String> problemsWith(SessionEntry entry, boolean caregiverSessions,
            Collection<UUID> offeredFocalAreas) {
        List<String> problems = new ArrayList<>();
        if (entry.participants().includesCaregiver() && !caregiverSessions) {
            problems.add("session.participants.notInFormat");
        }
        String caregiver = entry.caregiver();
        if (entry.participants().includesCaregiver() && (caregiver == null || caregiver.isBlank())) {
            problems.add("session.caregiver.required");
        }
        if (caregiver != null && caregiver.strip().length() > SessionEntry.CAREGIVER_LENGTH) {
            problems.add("session.caregiver.tooLong");
        }
        UUID focalArea = entry.focalAreaId();
        if (focalArea != null && !offeredFocalAreas.contains(focalArea)) {
            problems.add("session.focalArea.notOfCourse");
        }
        return problems;
    }
}
