package org.openipt.measures;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.course.SessionId;
import org.openipt.identity.UserId;
import org.openipt.measures.InstrumentDefinition.AnswerOption;
import org.openipt.measures.InstrumentDefinition.Item;

/**
 * A stored questionnaire response with its score, as the result page shows it.
 *
 * @param instrument the instrument's definition (the stored canonical and version name it)
 * @param answers the chosen answer code by item link id
 * @param byClient whether the client filled it in themself in the portal
 * @param administeredAt when it was given: the session's time when staff gave it in one, else when it was entered
 * @param enteredAt when it was stored
 */
public record MeasureResponse(ResponseId id, CourseId courseId, @Nullable SessionId session,
        InstrumentDefinition instrument, String instrumentVersion, Map<String, String> answers, ScoreResult score,
        UserId enteredBy, boolean byClient, Instant administeredAt, Instant enteredAt) {

    public MeasureResponse {
        answers = Map.copyOf(answers);
    }

    /** The chosen option of an item, empty when the item was not answered. */
    public Optional<AnswerOption> answer(Item item) {
        String code = answers.get(item.linkId());
        return code == null ? Optional.empty() : item.option(code);
    }

    /** The scored items without an answer, in order. */
    public List<Item> missingItems() {
        return score.missingItems().stream().map(linkId -> instrument.item(linkId).orElseThrow()).toList();
    }

    /** The risk items answered above zero. */
    public List<Item> riskItems() {
        return score.riskItemsEndorsed().stream().map(linkId -> instrument.item(linkId).orElseThrow()).toList();
    }

    /** The PHQ-9 diagnostic algorithm's result, for a complete PHQ-9. */
    public Optional<Phq9Diagnosis.Syndrome> phq9Syndrome() {
        return Phq9Diagnosis.classify(score);
    }

    /** The PCL-5 clusters and provisional rules, for a complete PCL-5. */
    public Optional<Pcl5Diagnosis.Result> pcl5() {
        return Pcl5Diagnosis.evaluate(instrument, score);
    }
}
