package org.openipt.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.measures.MeasureResponse;
import org.openipt.safety.CrisisResource;
import org.openipt.safety.SafetyPlan;

/**
 * A questionnaire the client sent, as the page after sending shows it. After a risk answer: their safety plan (if
 * they have one) and the organisation's crisis lines in their language.
 */
public record SentQuestionnaire(MeasureResponse response, @Nullable SafetyPlan safetyPlan,
        List<CrisisResource> crisisResources) {

    public SentQuestionnaire {
        crisisResources = List.copyOf(crisisResources);
    }

    public boolean riskAnswer() {
        return response.score().riskFlagged();
    }
}
