package org.openipt.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers and switches that define an IPT format. {@link #problems()} lists what is inconsistent, as
 * message keys, so an administrator sees every mistake at once.
 */
public record ProtocolSettings(Delivery delivery, int defaultSessions, int minSessions, int maxSessions,
        Cadence cadence, int sessionMinutes, int preGroupSessions, int initialPhaseSessions,
        int terminationPhaseSessions, boolean layWording, boolean limitedSickRole, boolean caregiverSessions) {

    public static final int MOST_SESSIONS = 200;

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (minSessions < 1 || maxSessions > MOST_SESSIONS || minSessions > maxSessions) {
            problems.add("protocol.range.invalid");
        }
        if (defaultSessions < minSessions || defaultSessions > maxSessions) {
            problems.add("protocol.default.outsideRange");
        }
        if (sessionMinutes < 5 || sessionMinutes > 240) {
            problems.add("protocol.minutes.invalid");
        }
        if (preGroupSessions < 0 || initialPhaseSessions < 0 || terminationPhaseSessions < 0
                || preGroupSessions + initialPhaseSessions + terminationPhaseSessions > defaultSessions) {
            problems.add("protocol.phases.tooLong");
        }
        return problems;
    }
}
