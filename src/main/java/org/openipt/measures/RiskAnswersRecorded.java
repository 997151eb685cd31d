package org.openipt.measures;

import java.time.Instant;
import java.util.List;

import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.UserId;

/**
 * A stored questionnaire response had a non-zero answer on at least one risk item (PHQ-9 item 9, EPDS item 10,
 * HAM-D item 3), whether or not the response is complete. Published synchronously inside the transaction that
 * stores the response, so that a listener opening a risk event commits or rolls back together with it: a risk
 * answer is never stored without its risk event.
 *
 * @param riskItems the link ids of the risk items answered above zero, each with its score
 */
public record RiskAnswersRecorded(OrganisationId organisationId, ClientId clientId, CourseId courseId,
        ResponseId responseId, String instrumentId, List<RiskAnswer> riskItems, UserId recordedBy, Instant recordedAt) {

    public RiskAnswersRecorded {
        if (riskItems.isEmpty()) {
            throw new IllegalArgumentException("a risk event needs at least one risk answer");
        }
        riskItems = List.copyOf(riskItems);
    }

    /** One risk item answered above zero: its link id in the Questionnaire and the score given. */
    public record RiskAnswer(String linkId, int score) {
    }
}
