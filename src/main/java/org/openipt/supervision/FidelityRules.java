package org.openipt.supervision;

import java.util.EnumMap;
import java.util.Map;

import org.openipt.course.Phase;

/**
 * The checklist items a session's record answers by itself, and a rating's score. Pure.
 * <ul>
 * <li>mood checked: a mood rating, "since we last met" or a questionnaire given in the session;</li>
 * <li>mood linked to the week's events: as the counsellor recorded it;</li>
 * <li>focus on the agreed area: in the middle phase and termination, the session worked on one of the course's
 * focal areas (not applicable before one is agreed);</li>
 * <li>sessions left named: as recorded;</li>
 * <li>the phase's work: in the initial phase, the time limit agreed by that day; later, an IPT technique
 * recorded.</li>
 * </ul>
 */
public final class FidelityRules {

    private FidelityRules() {
    }

    public static Map<FidelityItem, FidelityAnswer> derived(SessionFacts session) {
        Map<FidelityItem, FidelityAnswer> answers = new EnumMap<>(FidelityItem.class);
        answers.put(FidelityItem.MOOD_CHECKED, of(session.moodRated() || session.intervalHistory()
                || session.questionnaire()));
        answers.put(FidelityItem.MOOD_LINKED_TO_EVENTS, of(session.moodLinkedToEvents()));
        boolean focusApplies = session.phase() != Phase.INITIAL && session.phase() != Phase.REFERRED
                && session.courseHasFocalArea();
        answers.put(FidelityItem.FOCUS_ON_AGREED_AREA, focusApplies ? of(session.onFocalArea())
                : FidelityAnswer.NOT_APPLICABLE);
        answers.put(FidelityItem.SESSIONS_LEFT_NAMED, of(session.sessionsLeftNamed()));
        answers.put(FidelityItem.PHASE_WORK, switch (session.phase()) {
            case REFERRED, INITIAL -> of(session.contractAgreedOn() != null
                    && !session.contractAgreedOn().isAfter(session.day()));
            case MIDDLE, TERMINATION -> of(session.techniquesRecorded());
            default -> FidelityAnswer.NOT_APPLICABLE;
        });
        return answers;
    }

    /** Items answered yes, out of the items that applied. */
    public static Score score(Map<FidelityItem, FidelityAnswer> answers) {
        int met = (int) answers.values().stream().filter(a -> a == FidelityAnswer.YES).count();
        int rated = (int) answers.values().stream().filter(a -> a != FidelityAnswer.NOT_APPLICABLE).count();
        return new Score(met, rated);
    }

    /** A rating's score: items met out of items that applied. */
    public record Score(int met, int rated) {

        public int percent() {
            return rated == 0 ? 0 : Math.round(100f * met / rated);
        }
    }

    private static FidelityAnswer of(boolean met) {
        return met ? FidelityAnswer.YES : FidelityAnswer.NO;
    }
}
