package org.openipt.worksheet.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordOwner;
import org.openipt.course.SessionId;
import org.openipt.formulation.FocalAreaId;
import org.openipt.inventory.RelationshipId;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.openipt.worksheet.CommunicationAnalysis;
import org.openipt.worksheet.DecisionAnalysis;
import org.openipt.worksheet.RolePlay;
import org.openipt.worksheet.WorkAtHomeTask;
import org.openipt.worksheet.Worksheet;
import org.openipt.worksheet.WorksheetContent;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetId;
import org.openipt.worksheet.WorksheetLinks;
import org.openipt.worksheet.WorksheetSummary;
import org.openipt.worksheet.WorksheetType;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Storage behind the worksheet facade. The content of each kind is kept as one JSON document of its public
 * record; title, kind, links and times are columns.
 */
@Component
public class WorksheetStore {

    private final WorksheetRepository worksheets;
    private final JsonMapper json = JsonMapper.builder().build();

    WorksheetStore(WorksheetRepository worksheets) {
        this.worksheets = worksheets;
    }

    /** The worksheet an earlier submission with this key created, if any. */
    public Optional<WorksheetId> submitted(UUID courseId, UUID submissionKey) {
        return worksheets.findByCourseIdAndSubmissionKey(courseId, submissionKey).map(row -> new WorksheetId(row.getId()));
    }

    /** Stores a new worksheet; {@code byClient} when the client wrote it themself. */
    public WorksheetId add(CourseRecordOwner owner, boolean byClient, UUID submissionKey, WorksheetDraft draft,
            Instant now) {
        WorksheetLinks links = draft.links();
        WorksheetRow row = new WorksheetRow(UUID.randomUUID(), owner.organisationId().value(), owner.courseId().value(),
                owner.clientId().value(), draft.type().name(), draft.title().strip(), sessionOf(links),
                relationshipOf(links), focalAreaOf(links), json.writeValueAsString(draft.content()),
                submissionKey, now, now, byClient, null);
        return new WorksheetId(worksheets.save(row).getId());
    }

    public Optional<Worksheet> worksheet(UUID courseId, UUID worksheetId) {
        return worksheets.findByIdAndCourseId(worksheetId, courseId).map(this::worksheet);
    }

    /** Saves a change over the version the person read; the kind of a worksheet never changes. */
    public void change(UUID courseId, UUID worksheetId, long expectedVersion, WorksheetDraft draft, Instant now) {
        WorksheetRow row = worksheets.findByIdAndCourseId(worksheetId, courseId)
                .orElseThrow(() -> new OptimisticLockingFailureException("the worksheet was deleted"));
        if (!row.getType().equals(draft.type().name())) {
            throw new IllegalArgumentException("the kind of a worksheet cannot change");
        }
        WorksheetLinks links = draft.links();
        row.expectVersion(expectedVersion);
        row.write(draft.title().strip(), sessionOf(links), relationshipOf(links), focalAreaOf(links),
                json.writeValueAsString(draft.content()), now);
        worksheets.save(row);
    }

    public void delete(UUID courseId, UUID worksheetId, long expectedVersion) {
        WorksheetRow row = worksheets.findByIdAndCourseId(worksheetId, courseId)
                .orElseThrow(() -> new OptimisticLockingFailureException("the worksheet was deleted"));
        if (row.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("the worksheet changed since it was read");
        }
        worksheets.delete(row);
    }

    public ResultPage<WorksheetSummary> page(UUID courseId, PageRequestParams page) {
        long total = worksheets.countByCourseId(courseId);
        return new ResultPage<>(worksheets.pageOfCourse(courseId, page.size(), (long) page.page() * page.size())
                .stream().map(WorksheetStore::summary).toList(), page.page(), page.size(), total);
    }

    /** The worksheets of one kind, newest first. */
    public java.util.List<Worksheet> ofType(UUID courseId, WorksheetType type) {
        return worksheets.findByCourseIdAndTypeOrderByCreatedAtDesc(courseId, type.name()).stream()
                .map(this::worksheet).toList();
    }

    /** The worksheets of these kinds written by the care team, newest first. */
    public java.util.List<Worksheet> byTeamOfTypes(UUID courseId, java.util.Set<WorksheetType> types) {
        return worksheets.findByCourseIdAndByClientFalseAndTypeInOrderByCreatedAtDesc(courseId,
                types.stream().map(WorksheetType::name).toList()).stream().map(this::worksheet).toList();
    }

    /** The worksheets the client wrote themself, newest first. */
    public java.util.List<Worksheet> byClient(UUID courseId) {
        return worksheets.findByCourseIdAndByClientTrueOrderByCreatedAtDesc(courseId).stream().map(this::worksheet)
                .toList();
    }

    public long count(UUID courseId) {
        return worksheets.countByCourseId(courseId);
    }

    private Worksheet worksheet(WorksheetRow row) {
        WorksheetType type = WorksheetType.valueOf(row.getType());
        Class<? extends WorksheetContent> kind = switch (type) {
            case COMMUNICATION_ANALYSIS -> CommunicationAnalysis.class;
            case DECISION_ANALYSIS -> DecisionAnalysis.class;
            case ROLE_PLAY -> RolePlay.class;
            case WORK_AT_HOME -> WorkAtHomeTask.class;
        };
        WorksheetContent content = json.readValue(row.getContent(), kind);
        return new Worksheet(new WorksheetId(row.getId()), new CourseId(row.getCourseId()), row.getTitle(),
                new WorksheetLinks(row.getSessionId() == null ? null : new SessionId(row.getSessionId()),
                        row.getRelationshipId() == null ? null : new RelationshipId(row.getRelationshipId()),
                        row.getFocalAreaId() == null ? null : new FocalAreaId(row.getFocalAreaId())),
                content, row.isByClient(), row.getCreatedAt(), row.getUpdatedAt(), row.getVersion());
    }

    private static WorksheetSummary summary(WorksheetRow row) {
        return new WorksheetSummary(new WorksheetId(row.getId()), WorksheetType.valueOf(row.getType()),
                row.getTitle(), row.isByClient(), row.getCreatedAt(), row.getUpdatedAt());
    }

    private static @Nullable UUID sessionOf(WorksheetLinks links) {
        SessionId session = links.session();
        return session == null ? null : session.value();
    }

    private static @Nullable UUID relationshipOf(WorksheetLinks links) {
        RelationshipId relationship = links.relationship();
        return relationship == null ? null : relationship.value();
    }

    private static @Nullable UUID focalAreaOf(WorksheetLinks links) {
        FocalAreaId focalArea = links.focalArea();
        return focalArea == null ? null : focalArea.value();
    }
}
