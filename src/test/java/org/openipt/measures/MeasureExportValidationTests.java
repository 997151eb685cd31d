package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;


/**
 * A scored response exports as a QuestionnaireResponse and its total as an Observation that pass HAPI's validator
 * offline (no terminology server) against our own Questionnaires.
 */
class MeasureExportValidationTests {

    private static final String PATIENT = "Patient/3f1c2a9e-6b8d-4e55-9a51-0c2f7d1e8b40";
    private static final Instant WHEN = Instant.parse("2025-03-04T10:15:30Z");
    private final InstrumentLibrary library = InstrumentLibrary.standard();

    @Test
    void aCompletePhq9AndItsTotalPassTheValidator() {
        InstrumentDefinition phq9 = library.definition("phq-9");
        Map<String, String> answers = answers(phq9, 2);
        answers.put("phq9-9", "LA6569-3");
        answers.put("phq9-difficulty", "very");
        ScoreResult result = InstrumentScoring.score(phq9, answers);
        assertThat(result.total()).isEqualTo(17);

        QuestionnaireResponse response = MeasureExport.questionnaireResponse(phq9, answers, result, PATIENT, WHEN);
        response.setId("QuestionnaireResponse/7c1d0a44-1c55-4a8e-8f1a-2f3b9a6f4e21");
        assertThat(errors(response)).isEmpty();
        assertThat(response.getItem()).last().satisfies(total -> {
            assertThat(total.getLinkId()).isEqualTo("phq9-total");
            assertThat(((IntegerType) total.getAnswerFirstRep().getValue()).getValue()).isEqualTo(17);
        });

        Observation observation = MeasureExport.totalObservation(phq9, result, PATIENT, WHEN,
                "QuestionnaireResponse/7c1d0a44-1c55-4a8e-8f1a-2f3b9a6f4e21").orElseThrow();
        assertThat(observation.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6");
        assertThat(observation.getValueIntegerType().getValue()).isEqualTo(17);
        assertThat(errors(observation)).isEmpty();
    }

    @Test
    void everyInstrumentsCompleteResponseAndTotalPassTheValidator() {
        for (InstrumentDefinition definition : library.all()) {
            Map<String, String> answers = answers(definition, 1);
            ScoreResult result = InstrumentScoring.score(definition, answers);
            QuestionnaireResponse response = MeasureExport.questionnaireResponse(definition, answers, result, PATIENT, WHEN);
            assertThat(errors(response)).as(definition.id()).isEmpty();
            Observation observation = MeasureExport.totalObservation(definition, result, PATIENT, WHEN,
                    "QuestionnaireResponse/1").orElseThrow();
            assertThat(errors(observation)).as(definition.id()).isEmpty();
        }
    }

    @Test
    void anIncompleteResponseExportsInProgressWithoutATotal() {
        InstrumentDefinition phq9 = library.definition("phq-9");
        Map<String, String> answers = answers(phq9, 0);
        answers.remove("phq9-4");
        answers.put("phq9-9", "LA6570-1");
        ScoreResult result = InstrumentScoring.score(phq9, answers);
        QuestionnaireResponse response = MeasureExport.questionnaireResponse(phq9, answers, result, PATIENT, WHEN);
        assertThat(response.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        assertThat(response.getItem()).noneMatch(item -> item.getLinkId().equals("phq9-total"));
        assertThat(errors(response)).isEmpty();
        assertThat(MeasureExport.totalObservation(phq9, result, PATIENT, WHEN, "QuestionnaireResponse/1")).isEmpty();
    }

    @Test
    void aResponseThatBreaksTheQuestionnaireIsRefused() {
        InstrumentDefinition gad7 = library.definition("gad-7");
        Map<String, String> answers = answers(gad7, 1);
        ScoreResult result = InstrumentScoring.score(gad7, answers);
        QuestionnaireResponse response = MeasureExport.questionnaireResponse(gad7, answers, result, PATIENT, WHEN);
        response.getItem().getFirst().getAnswerFirstRep().getValueCoding().setCode("LA9999-9");
        assertThat(errors(response)).isNotEmpty();
    }

    private static Map<String, String> answers(InstrumentDefinition definition, int position) {
        Map<String, String> answers = new HashMap<>();
        definition.scoredItems().forEach(item -> answers.put(item.linkId(),
                item.options().get(Math.min(position, item.options().size() - 1)).code().code()));
        return answers;
    }

    private static List<String> errors(IBaseResource resource) {
        return OfflineFhirValidator.errors(resource);
    }
}
