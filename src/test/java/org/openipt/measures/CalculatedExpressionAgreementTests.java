package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openipt.measures.InstrumentDefinition.Item;
import org.openipt.measures.InstrumentDefinition.Score;
import org.openipt.shared.fhir.Fhir;

/**
 * Our Java scoring and the SDC calculatedExpression in our own Questionnaires, evaluated by HAPI's FHIRPath engine,
 * give the same total for every answer combination of the PHQ-9 (4^9) and the GAD-7 (4^7), and the band of every
 * total is the one the reference gives. The other instruments are checked on random and incomplete responses.
 */
class CalculatedExpressionAgreementTests {

    private static final FHIRPathEngine ENGINE = engine();

    private final InstrumentLibrary library = InstrumentLibrary.standard();

    @Test
    void phq9AgreesOnEveryAnswerCombinationAndEveryBandIsRight() {
        int checked = everyCombination(library.definition("phq-9"), total ->
                total <= 4 ? "minimal" : total <= 9 ? "mild" : total <= 14 ? "moderate" : total <= 19 ? "moderately-severe" : "severe");
        assertThat(checked).isEqualTo(262_144);
    }

    @Test
    void gad7AgreesOnEveryAnswerCombinationAndEveryBandIsRight() {
        int checked = everyCombination(library.definition("gad-7"), total ->
                total <= 4 ? "minimal" : total <= 9 ? "mild" : total <= 14 ? "moderate" : "severe");
        assertThat(checked).isEqualTo(16_384);
    }

    @Test
    void phq2AgreesOnEveryAnswerCombination() {
        assertThat(everyCombination(library.definition("phq-2"), total -> null)).isEqualTo(16);
    }

    @Test
    void everyOtherScoreAgreesOnRandomResponses() {
        Random random = new Random(20_240_604L);
        for (String id : List.of("pcl-5", "hamd-17", "epds", "wsas")) {
            InstrumentDefinition definition = library.definition(id);
            for (int run = 0; run < 300; run++) {
                Map<String, String> answers = new HashMap<>();
                for (Item item : definition.scoredItems()) {
                    answers.put(item.linkId(), item.options().get(random.nextInt(item.options().size())).code().code());
                }
                ScoreResult result = InstrumentScoring.score(definition, answers);
                QuestionnaireResponse response = response(definition, answers);
                assertThat(evaluate(definition.total(), response)).as("%s %s", id, answers).isEqualTo(result.total());
                for (Score subscale : definition.subscales()) {
                    assertThat(evaluate(subscale, response)).isEqualTo(result.subscales().get(subscale.linkId()));
                }
            }
        }
    }

    @Test
    void anIncompleteResponseHasNoTotalInEitherScoring() {
        for (InstrumentDefinition definition : library.all()) {
            Map<String, String> answers = new HashMap<>();
            definition.scoredItems().stream().skip(1)
                    .forEach(item -> answers.put(item.linkId(), item.options().getLast().code().code()));
            ScoreResult result = InstrumentScoring.score(definition, answers);
            assertThat(result.total()).isNull();
            assertThat(evaluate(definition.total(), response(definition, answers))).as(definition.id()).isNull();
        }
    }

    /**
     * Walks every combination in chunks, in parallel; each chunk has its own engine and one response object whose
     * answer codings change in place, and the expression is parsed once per chunk.
     */
    private int everyCombination(InstrumentDefinition definition, IntFunction<@Nullable String> expectedBand) {
        List<Item> items = definition.scoredItems();
        int options = 4;
        int combinations = (int) Math.pow(options, items.size());
        int chunks = 16;
        int chunkSize = (combinations + chunks - 1) / chunks;
        List<String> failures = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            FHIRPathEngine engine = engine();
            ExpressionNode expression = engine.parse(definition.total().calculatedExpression());
            Map<String, String> answers = new HashMap<>();
            items.forEach(item -> answers.put(item.linkId(), item.options().getFirst().code().code()));
            QuestionnaireResponse response = response(definition, answers);
            List<Coding> codings = response.getItem().stream().map(item -> item.getAnswerFirstRep().getValueCoding()).toList();
            for (int combination = chunk * chunkSize; combination < Math.min(combinations, (chunk + 1) * chunkSize); combination++) {
                int rest = combination;
                for (int position = 0; position < items.size(); position++) {
                    Item item = items.get(position);
                    String code = item.options().get(rest % options).code().code();
                    rest /= options;
                    answers.put(item.linkId(), code);
                    codings.get(position).setCode(code);
                }
                ScoreResult result = InstrumentScoring.score(definition, answers);
                Integer fhirPathTotal = single(engine.evaluate(null, response, response, response, expression));
                if (!Objects.equals(fhirPathTotal, result.total())) {
                    return definition.id() + " " + answers + ": FHIRPath " + fhirPathTotal + ", Java " + result.total();
                }
                String band = expectedBand.apply(Objects.requireNonNull(result.total()));
                if (band != null && (result.band() == null || !band.equals(result.band().code()))) {
                    return definition.id() + " total " + result.total() + " in band " + result.band() + ", expected " + band;
                }
            }
            return null;
        }).filter(Objects::nonNull).toList();
        assertThat(failures).isEmpty();
        return combinations;
    }

    private static QuestionnaireResponse response(InstrumentDefinition definition, Map<String, String> answers) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        for (Item item : definition.scoredItems()) {
            String code = answers.get(item.linkId());
            if (code != null) {
                var option = item.option(code).orElseThrow();
                response.addItem().setLinkId(item.linkId()).addAnswer()
                        .setValue(new Coding(option.code().system(), code, option.display()));
            }
        }
        return response;
    }

    private static FHIRPathEngine engine() {
        return new FHIRPathEngine(new HapiWorkerContext(Fhir.r4(), Fhir.r4().getValidationSupport()));
    }

    private static @Nullable Integer evaluate(Score score, QuestionnaireResponse response) {
        return single(ENGINE.evaluate(null, response, response, response, ENGINE.parse(score.calculatedExpression())));
    }

    private static @Nullable Integer single(List<Base> values) {
        assertThat(values).hasSizeLessThanOrEqualTo(1);
        return values.isEmpty() ? null : Integer.valueOf(values.getFirst().primitiveValue());
    }
}
