package org.openipt.measures;

import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One instrument as the scoring rules see it, read from its FHIR Questionnaire (the single source of truth under
 * {@code measures/questionnaires/}). Scores of the answer options already carry reverse scoring: a reverse-scored
 * item lists its options with falling scores.
 *
 * @param id the Questionnaire id, e.g. {@code phq-9}
 * @param canonical the canonical URL, e.g. {@code https://openipt.org/fhir/Questionnaire/phq-9}
 * @param recallPeriod the period the questions ask about, absent where the reference gives none
 * @param panel the LOINC panel code, absent where none is verified
 * @param items the questions in display order (scored and unscored; no display-only or score items)
 * @param total the total score, with its bands and cut-offs
 * @param subscales sub-scores such as the PCL-5 clusters, in order
 * @param wordingSuppliedByOrganisation the wording is licensed: items carry neutral labels until an organisation
 *     records its permission and supplies the text
 */
public record InstrumentDefinition(
        String id, String canonical, String version, String title, Rater rater, LicenceStatus licence,
        @Nullable Period recallPeriod, @Nullable Code panel, List<Item> items, Score total, List<Score> subscales,
        boolean wordingSuppliedByOrganisation, String copyright) {

    public InstrumentDefinition {
        items = List.copyOf(items);
        subscales = List.copyOf(subscales);
    }

    /** The canonical reference with its version, as a QuestionnaireResponse names it. */
    public String versionedCanonical() {
        return canonical + "|" + version;
    }

    public Optional<Item> item(String linkId) {
        return items.stream().filter(item -> item.linkId().equals(linkId)).findFirst();
    }

    public List<Item> scoredItems() {
        return items.stream().filter(Item::scored).toList();
    }

    public List<Item> riskItems() {
        return items.stream().filter(Item::risk).toList();
    }

    public List<Item> reverseScoredItems() {
        return items.stream().filter(Item::reverseScored).toList();
    }

    public Optional<Score> subscale(String linkId) {
        return subscales.stream().filter(score -> score.linkId().equals(linkId)).findFirst();
    }

    /** Who completes the instrument: a clinician-rated one is never a self-report. */
    public enum Rater { SELF, CLINICIAN }

    /** Whether the wording may be shown as shipped. */
    public enum LicenceStatus { PUBLIC_DOMAIN, PERMISSION_REQUIRED }

    /** A coded concept (LOINC or one of our own code systems). */
    public record Code(String system, String code) {
        public static final String LOINC = "http://loinc.org";

        public boolean isLoinc() {
            return LOINC.equals(system);
        }
    }

    /**
     * One question.
     *
     * @param code the LOINC item code, absent where none is verified
     * @param wordingSuppliedByOrganisation the text is a neutral label ("Item 1") until an organisation supplies it
     */
    public record Item(String linkId, String text, @Nullable Code code, List<AnswerOption> options, boolean risk,
            boolean reverseScored, boolean wordingSuppliedByOrganisation) {

        public Item {
            options = List.copyOf(options);
        }

        /** Scored when every option carries a score (the PHQ-9 difficulty item carries none). */
        public boolean scored() {
            return !options.isEmpty() && options.stream().allMatch(option -> option.score() != null);
        }

        public Optional<AnswerOption> option(String answerCode) {
            return options.stream().filter(option -> option.code().code().equals(answerCode)).findFirst();
        }

        public int minScore() {
            return options.stream().map(AnswerOption::score).mapToInt(this::require).min().orElse(0);
        }

        public int maxScore() {
            return options.stream().map(AnswerOption::score).mapToInt(this::require).max().orElse(0);
        }

        private int require(@Nullable Integer score) {
            if (score == null) {
                throw new IllegalStateException("item " + linkId + " is not scored");
            }
            return score;
        }
    }

    /** An answer option in display order; {@code score} is absent for an unscored item. */
    public record AnswerOption(Code code, String display, @Nullable Integer score) {
    }

    /**
     * A total or a sub-score: the sum of the listed items' scores.
     *
     * @param linkId the read-only calculated item that holds it
     * @param code its LOINC code where verified, else our own code
     * @param calculatedExpression the SDC FHIRPath expression any form tool evaluates to the same number
     * @param bands the severity bands of the default scheme (may be empty)
     * @param otherBandSchemes further band conventions by name (HAM-D carries two)
     */
    public record Score(String linkId, String text, Code code, List<String> itemLinkIds, int min, int max,
            String calculatedExpression, List<Band> bands, java.util.Map<String, List<Band>> otherBandSchemes,
            List<Cutoff> cutoffs) {

        public Score {
            itemLinkIds = List.copyOf(itemLinkIds);
            bands = List.copyOf(bands);
            otherBandSchemes = java.util.Map.copyOf(otherBandSchemes);
            cutoffs = List.copyOf(cutoffs);
        }

        public Optional<Band> band(int value) {
            return bands.stream().filter(band -> band.contains(value)).findFirst();
        }

        public Optional<Band> band(String scheme, int value) {
            return otherBandSchemes.getOrDefault(scheme, bands).stream().filter(band -> band.contains(value)).findFirst();
        }

        public List<Cutoff> cutoffsMet(int value) {
            return cutoffs.stream().filter(cutoff -> value >= cutoff.min()).toList();
        }
    }

    /** A severity band, inclusive at both ends. */
    public record Band(String code, String label, int low, int high) {
        public boolean contains(int value) {
            return value >= low && value <= high;
        }
    }

    /** A screening threshold: met when the score is at least {@code min}. */
    public record Cutoff(String code, String label, int min) {
    }
}
