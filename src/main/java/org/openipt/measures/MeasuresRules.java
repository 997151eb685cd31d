package org.openipt.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openipt.identity.Role;
import org.openipt.measures.InstrumentDefinition.Item;
import org.openipt.measures.InstrumentDefinition.Rater;

/**
 * Who may enter a questionnaire, whether it can be given at all, and which answers it accepts. Pure rules, free
 * of Spring.
 */
public final class MeasuresRules {

    private MeasuresRules() {
    }

    /**
     * A clinician-rated instrument (HAM-D) is a rating made by the professional, never a self-report: only staff
     * may enter it, whatever page or portal the answers come from. A self-report may be entered by anyone who may
     * write the client's record.
     */
    public static boolean mayEnter(InstrumentDefinition instrument, Role role) {
        return instrument.rater() != Rater.CLINICIAN || role.isStaff();
    }

    /**
     * An instrument can be administered when its wording is shown as shipped. A structure-only instrument (EPDS,
     * WSAS) waits for the organisation to record its permission and supply the wording.
     */
    public static boolean administrable(InstrumentDefinition instrument) {
        return !instrument.wordingSuppliedByOrganisation()
                && instrument.items().stream().noneMatch(Item::wordingSuppliedByOrganisation);
    }

    /**
     * Read-aloud mode (one question at a time, for lay counsellors) suits a self-report whose wording is shipped;
     * a clinician's rating is not read out to the client.
     */
    public static boolean readableAloud(InstrumentDefinition instrument) {
        return selfReport(instrument);
    }

    /**
     * A questionnaire the client answers about themself, in wording we ship: what they may fill in on their own in
     * the portal. A clinician's rating (HAM-D) never is.
     */
    public static boolean selfReport(InstrumentDefinition instrument) {
        return instrument.rater() == Rater.SELF && administrable(instrument);
    }

    /** Why a set of answers cannot be stored: message keys, none when they can. */
    public static List<String> problems(InstrumentDefinition instrument, Map<String, String> answers) {
        List<String> problems = new ArrayList<>();
        if (answers.isEmpty()) {
            problems.add("measures.answers.none");
        }
        boolean unknown = answers.entrySet().stream().anyMatch(answer -> instrument.item(answer.getKey())
                .flatMap(item -> item.option(answer.getValue())).isEmpty());
        if (unknown) {
            problems.add("measures.answer.unknown");
        }
        return problems;
    }

    /** The risk answers of a scored response: each risk item answered above zero with its score. */
    public static List<RiskAnswersRecorded.RiskAnswer> riskAnswers(ScoreResult score) {
        return score.riskItemsEndorsed().stream()
                .map(linkId -> new RiskAnswersRecorded.RiskAnswer(linkId, score.itemScore(linkId))).toList();
    }
}
