package org.openipt.measures.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordOwner;
import org.openipt.course.SessionId;
import org.openipt.identity.UserId;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.InstrumentDefinition.Band;
import org.openipt.measures.InstrumentLibrary;
import org.openipt.measures.InstrumentScoring;
import org.openipt.measures.MeasurePoint;
import org.openipt.measures.MeasureResponse;
import org.openipt.measures.ResponseId;
import org.openipt.measures.ResponseSummary;
import org.openipt.measures.ScoreResult;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Storage behind the measures facade. The answers and item scores are JSON documents; the total, band, complete
 * and risk flags are columns, so lists and reports need not score again. Reading a response scores its stored
 * answers again with the same pure rules, for the parts the columns do not hold (sub-scores, the algorithms).
 */
@Component
public class ResponseStore {

    private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {
    };

    private final ResponseRepository responses;
    private final JsonMapper json = JsonMapper.builder().build();
    private final InstrumentLibrary library = InstrumentLibrary.standard();

    ResponseStore(ResponseRepository responses) {
        this.responses = responses;
    }

    /** The response an earlier submission with this key stored, if any. */
    public Optional<ResponseId> submitted(UUID courseId, UUID submissionKey) {
        return responses.findByCourseIdAndSubmissionKey(courseId, submissionKey).map(row -> new ResponseId(row.getId()));
    }

    /** Stores a scored response; {@code byClient} when the client filled it in themself. */
    public ResponseId add(CourseRecordOwner owner, UserId enteredBy, boolean byClient, UUID submissionKey,
            InstrumentDefinition instrument, Map<String, String> answers, ScoreResult score,
            @Nullable SessionId session, Instant administeredAt, Instant now) {
        Band band = score.band();
        ResponseRow row = new ResponseRow(UUID.randomUUID(), owner.organisationId().value(), owner.courseId().value(),
                owner.clientId().value(), session == null ? null : session.value(), instrument.id(), instrument.canonical(),
                instrument.version(), json.writeValueAsString(answers), json.writeValueAsString(score.itemScores()),
                score.total(), band == null ? null : band.code(), score.complete(), score.riskFlagged(),
                enteredBy.value(), administeredAt, now, submissionKey, byClient, null);
        return new ResponseId(responses.save(row).getId());
    }

    public Optional<MeasureResponse> response(UUID courseId, UUID responseId) {
        return responses.findByIdAndCourseId(responseId, courseId).map(this::response);
    }

    public ResultPage<ResponseSummary> page(UUID courseId, PageRequestParams page) {
        long total = responses.countByCourseId(courseId);
        return new ResultPage<>(responses.pageOfCourse(courseId, page.size(), (long) page.page() * page.size())
                .stream().map(this::summary).toList(), page.page(), page.size(), total);
    }

    public long count(UUID courseId) {
        return responses.countByCourseId(courseId);
    }

    /**
     * Every response of the course as points of its instrument's trajectory, in date order, instruments in the
     * library's order; the day is the one in {@code zone}, the session number the one the course gave it.
     */
    public Map<String, List<MeasurePoint>> trajectories(UUID courseId, ZoneId zone, Map<UUID, Integer> sessionNumbers) {
        Map<String, List<MeasurePoint>> points = new TreeMap<>(Comparator.comparingInt(InstrumentLibrary.STANDARD_IDS::indexOf));
        for (ResponseRow row : responses.findByCourseIdOrderByAdministeredAtAscEnteredAtAsc(courseId)) {
            Integer session = row.getSessionId() == null ? null : sessionNumbers.get(row.getSessionId());
            points.computeIfAbsent(row.getInstrumentId(), id -> new ArrayList<>()).add(new MeasurePoint(
                    row.getAdministeredAt().atZone(zone).toLocalDate(), session, row.isComplete() ? row.getTotal() : null));
        }
        return points;
    }

    /** One instrument's responses in each of these courses as points, in date order; one statement. */
    public Map<UUID, List<MeasurePoint>> points(java.util.Collection<UUID> courseIds, String instrumentId,
            ZoneId zone) {
        Map<UUID, List<MeasurePoint>> points = new java.util.HashMap<>();
        if (courseIds.isEmpty()) {
            return points;
        }
        for (ResponseRow row : responses.findByCourseIdInAndInstrumentIdOrderByAdministeredAtAscEnteredAtAsc(
                courseIds, instrumentId)) {
            points.computeIfAbsent(row.getCourseId(), id -> new ArrayList<>()).add(new MeasurePoint(
                    row.getAdministeredAt().atZone(zone).toLocalDate(), null, row.isComplete() ? row.getTotal() : null));
        }
        return points;
    }

    /** Every response of the course with its answers, oldest first. */
    public List<MeasureResponse> all(UUID courseId) {
        return responses.findByCourseIdOrderByAdministeredAtAscEnteredAtAsc(courseId).stream().map(this::response)
                .toList();
    }

    /** The latest complete response of each instrument the course used, in the library's order. */
    public List<ResponseSummary> latestComplete(UUID courseId) {
        List<String> order = InstrumentLibrary.STANDARD_IDS;
        return responses.latestCompleteOfCourse(courseId).stream().map(this::summary)
                .sorted(Comparator.comparingInt(s -> order.indexOf(s.instrumentId()))).toList();
    }

    private MeasureResponse response(ResponseRow row) {
        InstrumentDefinition instrument = library.definition(row.getInstrumentId());
        Map<String, String> answers = json.readValue(row.getAnswers(), ANSWERS);
        return new MeasureResponse(new ResponseId(row.getId()), new CourseId(row.getCourseId()),
                row.getSessionId() == null ? null : new SessionId(row.getSessionId()), instrument,
                row.getInstrumentVersion(), answers, InstrumentScoring.score(instrument, answers),
                new UserId(row.getEnteredBy()), row.isByClient(), row.getAdministeredAt(), row.getEnteredAt());
    }

    private ResponseSummary summary(ResponseRow row) {
        InstrumentDefinition instrument = library.definition(row.getInstrumentId());
        Integer total = row.getTotal();
        String band = total == null ? null : instrument.total().band(total).map(Band::label).orElse(null);
        return new ResponseSummary(new ResponseId(row.getId()), instrument.id(), instrument.title(), total, band,
                row.isComplete(), row.isRisk(), row.isByClient(), row.getAdministeredAt());
    }
}
