package org.openipt.measures;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.openipt.measures.InstrumentDefinition.AnswerOption;
import org.openipt.measures.InstrumentDefinition.Item;
import org.openipt.measures.InstrumentDefinition.Score;

/**
 * A scored response as FHIR R4: the QuestionnaireResponse (answers, and the total and sub-scores as the answers of
 * the read-only calculated items) and the total as an Observation coded like the total item (the LOINC total code
 * where one is verified).
 */
public final class MeasureExport {

    private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    private MeasureExport() {
    }

    /**
     * @param answers the chosen option's code by item link id, as scored
     * @param subject a reference such as {@code Patient/<id>}
     */
    public static QuestionnaireResponse questionnaireResponse(InstrumentDefinition definition, Map<String, String> answers,
            ScoreResult result, String subject, Instant authored) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(definition.versionedCanonical());
        response.setStatus(result.complete() ? QuestionnaireResponseStatus.COMPLETED : QuestionnaireResponseStatus.INPROGRESS);
        response.setSubject(new Reference(subject));
        response.setAuthored(Date.from(authored));
        for (Item item : definition.items()) {
            String code = answers.get(item.linkId());
            if (code == null) {
                continue;
            }
            AnswerOption option = item.option(code).orElseThrow(() -> new IllegalArgumentException(
                    item.linkId() + " offers no answer " + code));
            QuestionnaireResponseItemComponent answered = response.addItem().setLinkId(item.linkId()).setText(item.text());
            answered.addAnswer().setValue(new Coding(option.code().system(), option.code().code(), option.display()));
        }
        for (Score subscale : definition.subscales()) {
            Integer value = result.subscales().get(subscale.linkId());
            if (value != null) {
                addScore(response, subscale, value);
            }
        }
        if (result.total() != null) {
            addScore(response, definition.total(), result.total());
        }
        return response;
    }

    /** The total as an Observation; empty for an incomplete response, which has no total. */
    public static Optional<Observation> totalObservation(InstrumentDefinition definition, ScoreResult result, String subject,
            Instant effective, String questionnaireResponse) {
        Integer total = result.total();
        if (total == null) {
            return Optional.empty();
        }
        Score score = definition.total();
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
        observation.setCode(new CodeableConcept(new Coding(score.code().system(), score.code().code(), null))
                .setText(score.text()));
        observation.setSubject(new Reference(subject));
        observation.setEffective(new DateTimeType(Date.from(effective)));
        observation.setValue(new IntegerType(total));
        observation.addDerivedFrom(new Reference(questionnaireResponse));
        if (result.band() != null) {
            observation.addInterpretation(new CodeableConcept().setText(result.band().label()));
        }
        return Optional.of(observation);
    }

    private static void addScore(QuestionnaireResponse response, Score score, int value) {
        response.addItem().setLinkId(score.linkId()).setText(score.text()).addAnswer().setValue(new IntegerType(value));
    }
}
