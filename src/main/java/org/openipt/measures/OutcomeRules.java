package org.openipt.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The outcome rules of ipt-reference §5.10, pure Java. Where the reference leaves a detail open ([K] or [?]), the
 * reading implemented is stated here and on the method:
 * <ul>
 * <li><b>Baseline and latest</b>: the first and the last <em>complete</em> response in date order (ties keep the
 * order given); incomplete responses never count. Rules that compare two scores need a follow-up (a second complete
 * response), otherwise they answer "not available".</li>
 * <li><b>Response</b> (≥ 50 % drop): computed for every instrument (all we ship score higher = worse) and any
 * baseline above 0; the Kaiser study's extra "baseline ≥ 10" and the 14–180 day / 12-month windows are left to the
 * report that selects the courses. A baseline of 0 answers "not available".</li>
 * <li><b>Remission</b> (PHQ-9 &lt; 5): PHQ-9 only, at the latest response after baseline; the HAM-D ≤ 7 convention
 * is [K] and left out.</li>
 * <li><b>Reliable improvement / deterioration</b>: PHQ-9 and GAD-7 use the NHS Talking Therapies thresholds (a fall
 * or rise of at least 6 or 4 points; deterioration by "the same amounts", marked [K]). Other instruments use the
 * Jacobson–Truax index with configured parameters ({@link OutcomeSettings}): reliable when |RC| &gt; 1.96; without
 * parameters the answer is "not available". The index itself is also reported for PHQ-9 and GAD-7 when configured,
 * but does not decide for them.</li>
 * <li><b>Caseness</b>: PHQ-9 ≥ 10, GAD-7 ≥ 8; ADSM cut-offs are [?] and left out, so other instruments answer "not
 * available".</li>
 * <li><b>Course-level reliable improvement</b> ([K] for the "other measure"): reliable improvement on PHQ-9 or GAD-7
 * and no reliable deterioration on the other, using whichever of the two has a follow-up (at least one needed).
 * <b>Reliable deterioration</b> is the mirror: reliable deterioration on one and no reliable improvement on the
 * other.</li>
 * <li><b>Recovery</b>: needs a baseline and a follow-up on both PHQ-9 and GAD-7; a course that was not a case at
 * baseline answers "not available" (NHS Talking Therapies leaves it out of the recovery rate); otherwise met when
 * both latest totals are below caseness. <b>Reliable recovery</b>: recovery and course-level reliable
 * improvement.</li>
 * <li><b>Finished course</b>: at least 2 treatment sessions, as counted by the caller (sessions attended, the
 * assessment-only contacts left out).</li>
 * </ul>
 */
public final class OutcomeRules {

    public static final String PHQ9 = "phq-9";
    public static final String GAD7 = "gad-7";

    /** NHS Talking Therapies reliable change thresholds (points). */
    public static final Map<String, Integer> NHS_RELIABLE_CHANGE = Map.of(PHQ9, 6, GAD7, 4);
    /** NHS Talking Therapies caseness: a case at or above these totals. */
    public static final Map<String, Integer> NHS_CASENESS = Map.of(PHQ9, 10, GAD7, 8);
    /** PHQ-9 remission: below this total. */
    public static final int PHQ9_REMISSION_BELOW = 5;
    /** NHS Talking Therapies "finished course": at least this many treatment sessions. */
    public static final int FINISHED_COURSE_SESSIONS = 2;

    private final OutcomeSettings settings;

    public OutcomeRules(OutcomeSettings settings) {
        this.settings = settings;
    }

    /** The rules without any Jacobson–Truax parameters. */
    public static OutcomeRules standard() {
        return new OutcomeRules(OutcomeSettings.none());
    }

    /** One instrument's outcome over a course from its responses (complete and incomplete, any order). */
    public InstrumentOutcome instrument(String instrumentId, List<MeasurePoint> responses) {
        List<MeasurePoint> complete = responses.stream().filter(MeasurePoint::complete)
                .sorted(Comparator.comparing(MeasurePoint::date)).toList();
        int incomplete = responses.size() - complete.size();
        Optional<ReliableChangeParameters> parameters = settings.reliableChange(instrumentId);
        Integer nhsThreshold = NHS_RELIABLE_CHANGE.get(instrumentId);
        OutcomeDefinition reliableRule = nhsThreshold != null ? OutcomeDefinition.RELIABLE_IMPROVEMENT
                : OutcomeDefinition.JACOBSON_TRUAX;
        OutcomeDefinition deteriorationRule = nhsThreshold != null ? OutcomeDefinition.RELIABLE_DETERIORATION
                : OutcomeDefinition.JACOBSON_TRUAX;
        if (complete.isEmpty()) {
            Finding none = Finding.notAvailable(OutcomeDefinition.CHANGE, Finding.NO_BASELINE);
            return new InstrumentOutcome(instrumentId, null, null, 0, incomplete, null, null,
                    retitled(none, OutcomeDefinition.RESPONSE), retitled(none, OutcomeDefinition.REMISSION),
                    retitled(none, reliableRule), retitled(none, deteriorationRule), null,
                    retitled(none, OutcomeDefinition.CASENESS), retitled(none, OutcomeDefinition.CASENESS));
        }
        MeasurePoint baseline = complete.getFirst();
        MeasurePoint latest = complete.getLast();
        Finding caseAtBaseline = caseness(instrumentId, baseline.score());
        Finding caseAtLatest = caseness(instrumentId, latest.score());
        if (complete.size() == 1) {
            Finding one = Finding.notAvailable(OutcomeDefinition.CHANGE, Finding.ONLY_ONE_RESPONSE);
            return new InstrumentOutcome(instrumentId, baseline, latest, 1, incomplete, null, null,
                    retitled(one, OutcomeDefinition.RESPONSE),
                    PHQ9.equals(instrumentId) ? retitled(one, OutcomeDefinition.REMISSION)
                            : Finding.notAvailable(OutcomeDefinition.REMISSION, Finding.NOT_FOR_THIS_INSTRUMENT),
                    nhsThreshold != null || parameters.isPresent() ? retitled(one, reliableRule)
                            : Finding.notAvailable(reliableRule, Finding.NO_RELIABLE_CHANGE_PARAMETERS),
                    nhsThreshold != null || parameters.isPresent() ? retitled(one, deteriorationRule)
                            : Finding.notAvailable(deteriorationRule, Finding.NO_RELIABLE_CHANGE_PARAMETERS),
                    null, caseAtBaseline, caseAtLatest);
        }
        int pre = baseline.score();
        int post = latest.score();
        int change = post - pre;
        Double percent = pre == 0 ? null : 100.0 * change / pre;
        Finding response = pre == 0 ? Finding.notAvailable(OutcomeDefinition.RESPONSE, Finding.BASELINE_ZERO)
                : Finding.of(OutcomeDefinition.RESPONSE, 2 * (pre - post) >= pre);
        Finding remission = PHQ9.equals(instrumentId)
                ? Finding.of(OutcomeDefinition.REMISSION, post < PHQ9_REMISSION_BELOW)
                : Finding.notAvailable(OutcomeDefinition.REMISSION, Finding.NOT_FOR_THIS_INSTRUMENT);
        Double index = parameters.map(p -> p.index(pre, post)).orElse(null);
        Finding improvement;
        Finding deterioration;
        if (nhsThreshold != null) {
            improvement = Finding.of(OutcomeDefinition.RELIABLE_IMPROVEMENT, -change >= nhsThreshold);
            deterioration = Finding.of(OutcomeDefinition.RELIABLE_DETERIORATION, change >= nhsThreshold);
        }
        else if (index != null) {
            improvement = Finding.of(OutcomeDefinition.JACOBSON_TRUAX, index < -ReliableChangeParameters.CRITICAL_VALUE);
            deterioration = Finding.of(OutcomeDefinition.JACOBSON_TRUAX, index > ReliableChangeParameters.CRITICAL_VALUE);
        }
        else {
            improvement = Finding.notAvailable(OutcomeDefinition.JACOBSON_TRUAX, Finding.NO_RELIABLE_CHANGE_PARAMETERS);
            deterioration = improvement;
        }
        return new InstrumentOutcome(instrumentId, baseline, latest, complete.size(), incomplete, change, percent,
                response, remission, improvement, deterioration, index, caseAtBaseline, caseAtLatest);
    }

    /**
     * The outcome of a course.
     *
     * @param responsesByInstrument each instrument's responses by instrument id (any order of instruments)
     * @param treatmentSessions treatment sessions the client attended (for the "finished course" rule)
     */
    public CourseOutcome course(Map<String, List<MeasurePoint>> responsesByInstrument, int treatmentSessions) {
        Map<String, InstrumentOutcome> outcomes = new LinkedHashMap<>();
        responsesByInstrument.forEach((id, responses) -> outcomes.put(id, instrument(id, responses)));
        InstrumentOutcome depression = outcomes.get(PHQ9);
        InstrumentOutcome anxiety = outcomes.get(GAD7);

        Finding finished = Finding.of(OutcomeDefinition.FINISHED_COURSE,
                treatmentSessions >= FINISHED_COURSE_SESSIONS);
        Finding caseAtBaseline = caseAtBaseline(depression, anxiety);

        List<InstrumentOutcome> followedUp = new ArrayList<>();
        for (InstrumentOutcome outcome : new InstrumentOutcome[] { depression, anxiety }) {
            if (outcome != null && outcome.hasFollowUp()) {
                followedUp.add(outcome);
            }
        }
        Finding improvement;
        Finding deterioration;
        if (followedUp.isEmpty()) {
            String reason = depression == null && anxiety == null || noBaseline(depression) && noBaseline(anxiety)
                    ? Finding.NO_BASELINE : Finding.ONLY_ONE_RESPONSE;
            improvement = Finding.notAvailable(OutcomeDefinition.RELIABLE_IMPROVEMENT, reason);
            deterioration = Finding.notAvailable(OutcomeDefinition.RELIABLE_DETERIORATION, reason);
        }
        else {
            boolean anyImproved = followedUp.stream().anyMatch(o -> o.reliableImprovement().met());
            boolean anyDeteriorated = followedUp.stream().anyMatch(o -> o.reliableDeterioration().met());
            improvement = Finding.of(OutcomeDefinition.RELIABLE_IMPROVEMENT, anyImproved && !anyDeteriorated);
            deterioration = Finding.of(OutcomeDefinition.RELIABLE_DETERIORATION, anyDeteriorated && !anyImproved);
        }

        Finding recovery;
        if (depression == null || anxiety == null || !depression.hasFollowUp() || !anxiety.hasFollowUp()) {
            recovery = Finding.notAvailable(OutcomeDefinition.RECOVERY, Finding.NEEDS_BOTH_MEASURES);
        }
        else if (!caseAtBaseline.met()) {
            recovery = Finding.notAvailable(OutcomeDefinition.RECOVERY, Finding.NOT_A_CASE_AT_BASELINE);
        }
        else {
            recovery = Finding.of(OutcomeDefinition.RECOVERY,
                    depression.caseAtLatest().notMet() && anxiety.caseAtLatest().notMet());
        }
        Finding reliableRecovery = recovery.available()
                ? Finding.of(OutcomeDefinition.RELIABLE_RECOVERY, recovery.met() && improvement.met())
                : retitled(recovery, OutcomeDefinition.RELIABLE_RECOVERY);
        return new CourseOutcome(outcomes, finished, caseAtBaseline, improvement, deterioration, recovery,
                reliableRecovery);
    }

    /**
     * Not on track: past the middle of the contract (more than half of the contracted sessions held), no
     * course-level reliable improvement (none shown, including when there is no follow-up yet) and the latest
     * complete PHQ-9 or GAD-7 total still a case. Empty when on track, before the middle, without a contract, or
     * without any PHQ-9 or GAD-7 total to judge by.
     */
    public Optional<NotOnTrack> notOnTrack(CourseOutcome outcome, int sessionsHeld, int contractSessions) {
        if (contractSessions <= 0 || 2 * sessionsHeld <= contractSessions || outcome.reliableImprovement().met()) {
            return Optional.empty();
        }
        List<String> cases = new ArrayList<>();
        for (String id : List.of(PHQ9, GAD7)) {
            outcome.instrument(id).filter(o -> o.caseAtLatest().met()).ifPresent(o -> cases.add(id));
        }
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NotOnTrack(OutcomeDefinition.NOT_ON_TRACK, sessionsHeld, contractSessions, cases,
                NotOnTrack.NEXT_STEPS));
    }

    /** NHS Talking Therapies caseness of one total; "not available" for instruments without a caseness cut-off. */
    public static Finding caseness(String instrumentId, int total) {
        Integer cutoff = NHS_CASENESS.get(instrumentId);
        return cutoff == null ? Finding.notAvailable(OutcomeDefinition.CASENESS, Finding.NOT_FOR_THIS_INSTRUMENT)
                : Finding.of(OutcomeDefinition.CASENESS, total >= cutoff);
    }

    /** A case on either measure is a case; not a case only when both baselines are known and below caseness. */
    private static Finding caseAtBaseline(@Nullable InstrumentOutcome depression, @Nullable InstrumentOutcome anxiety) {
        boolean depressionKnown = depression != null && depression.caseAtBaseline().available();
        boolean anxietyKnown = anxiety != null && anxiety.caseAtBaseline().available();
        if (depressionKnown && depression.caseAtBaseline().met() || anxietyKnown && anxiety.caseAtBaseline().met()) {
            return Finding.of(OutcomeDefinition.CASENESS, true);
        }
        if (depressionKnown && anxietyKnown) {
            return Finding.of(OutcomeDefinition.CASENESS, false);
        }
        return Finding.notAvailable(OutcomeDefinition.CASENESS,
                depressionKnown || anxietyKnown ? Finding.NEEDS_BOTH_MEASURES : Finding.NO_BASELINE);
    }

    private static boolean noBaseline(@Nullable InstrumentOutcome outcome) {
        return outcome == null || outcome.baseline() == null;
    }

    private static Finding retitled(Finding finding, OutcomeDefinition definition) {
        return new Finding(definition, finding.verdict(), finding.reasonKey());
    }
}
