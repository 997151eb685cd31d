package org.openipt.measures.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordOwner;
import org.openipt.course.SessionId;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.SelfReportDraft;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Storage of the questionnaires clients are filling in: one draft per course and instrument. */
@Component
public class DraftStore {

    private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {
    };

    private final DraftRepository drafts;
    private final JsonMapper json = JsonMapper.builder().build();

    DraftStore(DraftRepository drafts) {
        this.drafts = drafts;
    }

    public Optional<SelfReportDraft> draft(CourseId courseId, InstrumentDefinition instrument) {
        return drafts.findByCourseIdAndInstrumentId(courseId.value(), instrument.id()).map(row -> draft(row, instrument));
    }

    /** The instruments of the course that have a draft. */
    public Set<String> started(CourseId courseId) {
        return drafts.findByCourseId(courseId.value()).stream().map(DraftRow::getInstrumentId)
                .collect(Collectors.toSet());
    }

    public SelfReportDraft start(CourseRecordOwner owner, InstrumentDefinition instrument, @Nullable SessionId session,
            Instant now) {
        DraftRow row = drafts.save(new DraftRow(UUID.randomUUID(), owner.organisationId().value(),
                owner.courseId().value(), owner.clientId().value(), instrument.id(),
                session == null ? null : session.value(), UUID.randomUUID(), json.writeValueAsString(Map.of()), now,
                now, null));
        return draft(row, instrument);
    }

    public SelfReportDraft save(SelfReportDraft draft, Instant now) {
        DraftRow row = drafts.findByCourseIdAndInstrumentId(draft.courseId().value(), draft.instrument().id())
                .orElseThrow(() -> new OptimisticLockingFailureException("the draft was sent or removed meanwhile"));
        row.answers(json.writeValueAsString(draft.answers()), now);
        return draft(drafts.save(row), draft.instrument());
    }

    public void remove(SelfReportDraft draft) {
        drafts.findByCourseIdAndInstrumentId(draft.courseId().value(), draft.instrument().id())
                .ifPresent(drafts::delete);
    }

    private SelfReportDraft draft(DraftRow row, InstrumentDefinition instrument) {
        return new SelfReportDraft(new CourseId(row.getCourseId()), instrument,
                row.getSessionId() == null ? null : new SessionId(row.getSessionId()), row.getSubmissionKey(),
                json.readValue(row.getAnswers(), ANSWERS), row.getSavedAt());
    }
}
