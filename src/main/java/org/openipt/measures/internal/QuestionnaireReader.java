package org.openipt.measures.internal;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.jspecify.annotations.Nullable;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.InstrumentDefinition.AnswerOption;
import org.openipt.measures.InstrumentDefinition.Band;
import org.openipt.measures.InstrumentDefinition.Code;
import org.openipt.measures.InstrumentDefinition.Cutoff;
import org.openipt.measures.InstrumentDefinition.Item;
import org.openipt.measures.InstrumentDefinition.LicenceStatus;
import org.openipt.measures.InstrumentDefinition.Rater;
import org.openipt.measures.InstrumentDefinition.Score;

/** Reads an {@link InstrumentDefinition} from one of our Questionnaires; refuses one that breaks our conventions. */
public final class QuestionnaireReader {

    public static final String OUR_EXTENSIONS = "https://openipt.org/fhir/StructureDefinition/";
    public static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    public static final String CALCULATED_EXPRESSION =
            "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";
    private static final String DEFAULT_SCHEME = "";

    private QuestionnaireReader() {
    }

    public static InstrumentDefinition read(Questionnaire questionnaire) {
        String id = questionnaire.getIdElement().getIdPart();
        List<Item> items = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        Score total = null;
        for (QuestionnaireItemComponent component : questionnaire.getItem()) {
            if (component.getType() == QuestionnaireItemType.DISPLAY) {
                continue;
            }
            String kind = code(component, "score-kind");
            if (kind == null) {
                items.add(item(component));
                continue;
            }
            Score score = score(component, items);
            switch (kind) {
                case "total" -> total = score;
                case "subscale" -> scores.add(score);
                default -> throw invalid(id, "unknown score kind " + kind);
            }
        }
        if (total == null) {
            throw invalid(id, "no total score item");
        }
        return new InstrumentDefinition(id, questionnaire.getUrl(), questionnaire.getVersion(), questionnaire.getTitle(),
                Rater.valueOf(required(id, code(questionnaire, "instrument-rater")).toUpperCase()),
                LicenceStatus.valueOf(required(id, code(questionnaire, "instrument-licence")).toUpperCase().replace('-', '_')),
                recallPeriod(questionnaire), questionnaire.hasCode() ? code(questionnaire.getCodeFirstRep()) : null,
                items, total, scores, flag(questionnaire, "wording-supplied-by-organisation"), questionnaire.getCopyright());
    }

    private static Item item(QuestionnaireItemComponent component) {
        List<AnswerOption> options = component.getAnswerOption().stream().map(option -> {
            Coding coding = option.getValueCoding();
            Extension ordinal = option.getExtensionByUrl(ORDINAL_VALUE);
            Integer score = ordinal == null ? null : ((DecimalType) ordinal.getValue()).getValue().intValueExact();
            return new AnswerOption(code(coding), coding.getDisplay(), score);
        }).toList();
        return new Item(component.getLinkId(), component.getText(), component.hasCode() ? code(component.getCodeFirstRep()) : null,
                options, flag(component, "risk-item"), flag(component, "reverse-scored"),
                flag(component, "wording-supplied-by-organisation"));
    }

    private static Score score(QuestionnaireItemComponent component, List<Item> itemsSoFar) {
        String linkId = component.getLinkId();
        List<String> itemLinkIds = component.getExtensionsByUrl(OUR_EXTENSIONS + "score-of").stream()
                .map(extension -> extension.getValue().primitiveValue()).toList();
        int min = 0;
        int max = 0;
        for (String itemLinkId : itemLinkIds) {
            Item item = itemsSoFar.stream().filter(candidate -> candidate.linkId().equals(itemLinkId)).findFirst()
                    .orElseThrow(() -> invalid(linkId, "scores unknown item " + itemLinkId));
            if (!item.scored()) {
                throw invalid(linkId, "sums unscored item " + itemLinkId);
            }
            min += item.minScore();
            max += item.maxScore();
        }
        Map<String, List<Band>> schemes = new LinkedHashMap<>();
        for (Extension band : component.getExtensionsByUrl(OUR_EXTENSIONS + "band")) {
            String scheme = band.hasExtension("scheme") ? part(band, "scheme") : DEFAULT_SCHEME;
            schemes.computeIfAbsent(scheme, key -> new ArrayList<>()).add(new Band(part(band, "code"), part(band, "label"),
                    Integer.parseInt(part(band, "low")), Integer.parseInt(part(band, "high"))));
        }
        List<Band> bands = schemes.isEmpty() ? List.of() : schemes.values().iterator().next();
        Map<String, List<Band>> otherSchemes = new LinkedHashMap<>(schemes);
        if (!schemes.isEmpty()) {
            otherSchemes.remove(schemes.keySet().iterator().next());
        }
        List<Cutoff> cutoffs = component.getExtensionsByUrl(OUR_EXTENSIONS + "cutoff").stream()
                .map(cutoff -> new Cutoff(part(cutoff, "code"), part(cutoff, "label"), Integer.parseInt(part(cutoff, "min"))))
                .toList();
        Extension calculated = component.getExtensionByUrl(CALCULATED_EXPRESSION);
        if (calculated == null) {
            throw invalid(linkId, "no calculatedExpression");
        }
        return new Score(linkId, component.getText(), code(component.getCodeFirstRep()), itemLinkIds, min, max,
                ((Expression) calculated.getValue()).getExpression(), bands, otherSchemes, cutoffs);
    }

    private static @Nullable Period recallPeriod(Questionnaire questionnaire) {
        Extension extension = questionnaire.getExtensionByUrl(OUR_EXTENSIONS + "recall-period");
        if (extension == null) {
            return null;
        }
        Duration duration = (Duration) extension.getValue();
        int value = duration.getValue().intValueExact();
        return switch (duration.getCode()) {
            case "d" -> Period.ofDays(value);
            case "wk" -> Period.ofWeeks(value);
            case "mo" -> Period.ofMonths(value);
            default -> throw invalid(questionnaire.getIdElement().getIdPart(), "unknown unit " + duration.getCode());
        };
    }

    private static Code code(Coding coding) {
        return new Code(coding.getSystem(), coding.getCode());
    }

    private static @Nullable String code(IBaseHasExtensions element, String extension) {
        Extension found = extension(element, extension);
        return found == null ? null : found.getValue().primitiveValue();
    }

    private static boolean flag(IBaseHasExtensions element, String extension) {
        Extension found = extension(element, extension);
        return found != null && ((BooleanType) found.getValue()).booleanValue();
    }

    private static @Nullable Extension extension(IBaseHasExtensions element, String name) {
        return element.getExtension().stream().filter(extension -> (OUR_EXTENSIONS + name).equals(extension.getUrl()))
                .map(Extension.class::cast).findFirst().orElse(null);
    }

    private static String part(Extension complex, String name) {
        Extension part = complex.getExtensionByUrl(name);
        if (part == null) {
            throw new IllegalStateException("extension " + complex.getUrl() + " lacks " + name);
        }
        return part.getValue().primitiveValue();
    }

    private static String required(String id, @Nullable String value) {
        if (value == null) {
            throw invalid(id, "missing a required extension");
        }
        return value;
    }

    private static IllegalStateException invalid(String where, String what) {
        return new IllegalStateException("Questionnaire " + where + ": " + what);
    }
}
