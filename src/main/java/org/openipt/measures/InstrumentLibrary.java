package org.openipt.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.Questionnaire;
import org.jspecify.annotations.Nullable;
import org.openipt.shared.fhir.Fhir;
import org.openipt.measures.internal.QuestionnaireReader;

/**
 * The instruments OpenIPT ships, read once from the FHIR R4 Questionnaires under {@code measures/questionnaires/}.
 * The Questionnaires are the single source of truth: the definitions, the scoring and any FHIR form tool read the
 * same files.
 */
public final class InstrumentLibrary {

    /** The ids of the shipped instruments, in the order a picker shows them. */
    public static final List<String> STANDARD_IDS = List.of("phq-9", "phq-2", "gad-7", "pcl-5", "hamd-17", "epds", "wsas");

    private static final String LOCATION = "measures/questionnaires/";

    private static final class Standard {
        static final InstrumentLibrary INSTANCE = load(STANDARD_IDS);
    }

    private final Map<String, Questionnaire> questionnaires;
    private final Map<String, InstrumentDefinition> definitions;

    private InstrumentLibrary(Map<String, Questionnaire> questionnaires) {
        this.questionnaires = Map.copyOf(questionnaires);
        Map<String, InstrumentDefinition> read = new LinkedHashMap<>();
        questionnaires.forEach((id, questionnaire) -> read.put(id, QuestionnaireReader.read(questionnaire)));
        this.definitions = read;
    }

    /** The shipped library, loaded on first use. */
    public static InstrumentLibrary standard() {
        return Standard.INSTANCE;
    }

    static InstrumentLibrary load(List<String> ids) {
        Map<String, Questionnaire> questionnaires = new LinkedHashMap<>();
        var parser = Fhir.r4().newJsonParser();
        for (String id : ids) {
            String path = LOCATION + id + ".json";
            try (InputStream in = InstrumentLibrary.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing instrument " + path);
                }
                Questionnaire questionnaire = parser.parseResource(Questionnaire.class, in);
                if (!id.equals(questionnaire.getIdElement().getIdPart())) {
                    throw new IllegalStateException(path + " has id " + questionnaire.getIdElement().getIdPart());
                }
                questionnaires.put(id, questionnaire);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new InstrumentLibrary(questionnaires);
    }

    public List<InstrumentDefinition> all() {
        return List.copyOf(definitions.values());
    }

    public Optional<InstrumentDefinition> find(String id) {
        return Optional.ofNullable(definitions.get(id));
    }

    public InstrumentDefinition definition(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown instrument " + id));
    }

    /** A copy of the instrument's Questionnaire, e.g. to publish it or to validate against it. */
    public Questionnaire questionnaire(String id) {
        Questionnaire questionnaire = questionnaires.get(id);
        if (questionnaire == null) {
            throw new IllegalArgumentException("unknown instrument " + id);
        }
        return questionnaire.copy();
    }

    /** The Questionnaire whose canonical URL (with or without {@code |version}) is given. */
    public Optional<Questionnaire> questionnaireByCanonical(String canonical) {
        int bar = canonical.indexOf('|');
        String url = bar < 0 ? canonical : canonical.substring(0, bar);
        @Nullable String version = bar < 0 ? null : canonical.substring(bar + 1);
        return questionnaires.values().stream()
                .filter(questionnaire -> questionnaire.getUrl().equals(url))
                .filter(questionnaire -> version == null || version.equals(questionnaire.getVersion()))
                .findFirst().map(Questionnaire::copy);
    }
}
