package org.openipt.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openipt.protocol.ProtocolSettings;

/** The rules a treatment contract, an extension and an ending must keep. Each returns message keys. */
public final class ContractRules {

    public static final int SHORTEST_SESSION_MINUTES = 5;
    public static final int LONGEST_SESSION_MINUTES = 240;

    private ContractRules() {
    }

    public static List<String> problemsWith(TreatmentContract contract, ProtocolSettings protocol, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (contract.contractedSessions() < protocol.minSessions()
                || contract.contractedSessions() > protocol.maxSessions()) {
            problems.add("contract.sessions.outsideProtocol");
        }
        if (contract.sessionMinutes() < SHORTEST_SESSION_MINUTES || contract.sessionMinutes() > LONGEST_SESSION_MINUTES) {
            problems.add("contract.minutes.invalid");
        }
        LocalDate agreed = contract.agreedOn();
        if (agreed != null && agreed.isAfter(today)) {
            problems.add("contract.agreedOn.future");
        }
        return problems;
    }

    /** Going past the contracted number is a decision: a larger total and the reason for it. */
    /**
     * Whether the proposed contract may still change: before the middle phase. After it only an extension changes
     * the number of sessions, so that the time limit the client agreed stays the frame of the work.
     */
    public static boolean contractMayChange(Phase phase) {
        return phase == Phase.REFERRED || phase == Phase.INITIAL;
    }

    public static List<String> problemsWithExtension(int currentTotal, int newTotal, String reason) {
        List<String> problems = new ArrayList<>();
        if (newTotal <= currentTotal) {
            problems.add("extension.total.notLarger");
        }
        if (newTotal > ProtocolSettings.MOST_SESSIONS) {
            problems.add("extension.total.tooLarge");
        }
        if (reason.isBlank()) {
            problems.add("extension.reason.required");
        }
        return problems;
    }

    /** Dropping out or referring on needs a reason and a date between the start of the course and today. */
    public static List<String> problemsWithExit(String reason, LocalDate date, LocalDate startDate, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (reason.isBlank()) {
            problems.add("exit.reason.required");
        }
        else if (reason.strip().length() > PhaseRules.OVERRIDE_REASON_LENGTH) {
            problems.add("exit.reason.tooLong"); // the record keeps 2,000 characters
        }
        if (date.isBefore(startDate)) {
            problems.add("exit.date.beforeStart");
        }
        if (date.isAfter(today)) {
            problems.add("exit.date.future");
        }
        return problems;
    }
}
