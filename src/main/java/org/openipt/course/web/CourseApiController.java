package org.openipt.course.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.Attendance;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.CourseRecord;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.course.PhaseTransition;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionId;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionParticipants;
import org.openipt.course.SessionService;
import org.openipt.course.Technique;
import org.openipt.course.SessionView;
import org.openipt.identity.CurrentUser;
import org.openipt.protocol.Cadence;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Courses and sessions as JSON, with the same access rules and audit as the pages. */
@RestController
@Tag(name = "Courses")
class CourseApiController {

    private final CourseService courses;
    private final CoursePageQuery coursePages;
    private final SessionService sessionService;

    CourseApiController(CourseService courses, CoursePageQuery coursePages, SessionService sessionService) {
        this.courses = courses;
        this.coursePages = coursePages;
        this.sessionService = sessionService;
    }

    record StartCourse(@NotBlank(message = "{course.protocol.required}") String protocolId,
            @NotNull(message = "{contract.sessions.required}") Integer sessions,
            @NotNull(message = "{contract.cadence.required}") Cadence cadence,
            @NotNull(message = "{contract.minutes.required}") Integer sessionMinutes,
            @NotNull(message = "{contract.startDate.required}") LocalDate startDate) {
    }

    /** The client's agreement to the contract: the day (today when left out) and the course version read. */
    record Agreement(@Nullable LocalDate date, @NotNull(message = "{version.required}") Long version) {
    }

    record Move(@NotNull(message = "{phase.moveRequired}") PhaseTransition move, @Nullable String reason,
            @Nullable LocalDate date, @Nullable Integer newTotal,
            @NotNull(message = "{version.required}") Long version) {
    }

    /**
     * A session; the version it was read with is needed to change it, not to record a new one. Who took part
     * defaults to the client alone. A submission key (any UUID the caller chooses per session) makes a retried or
     * repeated recording store one session and answer it again. Private psychotherapy notes are not part of the API.
     */
    record Session(@NotNull(message = "{session.date.required}") LocalDateTime when,
            @NotNull(message = "{session.mode.required}") SessionMode mode,
            @NotNull(message = "{session.attendance.required}") Attendance attendance,
            @Nullable @Size(max = 4000, message = "{field.tooLong}") String intervalHistory,
            @Nullable @Min(value = SessionEntry.LOWEST_MOOD, message = "{session.mood.range}")
            @Max(value = SessionEntry.HIGHEST_MOOD, message = "{session.mood.range}") Integer moodRating,
            @Nullable @Size(max = 8000, message = "{field.tooLong}") String notes,
            @Nullable SessionParticipants participants,
            @Nullable @Size(max = SessionEntry.CAREGIVER_LENGTH, message = "{field.tooLong}") String caregiver,
            @Nullable UUID focalAreaId, @Nullable Set<Technique> techniques, @Nullable Boolean moodLinkedToEvents,
            @Nullable Boolean sessionsLeftNamed,
            @Nullable @NotNull(groups = Changing.class, message = "{version.required}") Long version,
            @Nullable UUID submissionKey) {

        interface Changing {
        }

        SessionEntry entry() {
            return new SessionEntry(when, mode, attendance, intervalHistory, moodRating, notes,
                    participants == null ? SessionParticipants.CLIENT : participants, caregiver, focalAreaId,
                    techniques == null ? Set.of() : techniques, Boolean.TRUE.equals(moodLinkedToEvents),
                    Boolean.TRUE.equals(sessionsLeftNamed));
        }
    }

    @GetMapping("/api/v1/clients/{clientId}/courses")
    @Operation(summary = "A client's courses, newest first")
    List<CourseSummary> coursesOf(CurrentUser user, @PathVariable ClientId clientId) {
        return courses.coursesOf(user, clientId);
    }

    @PostMapping("/api/v1/clients/{clientId}/courses")
    @Operation(summary = "Start a course from a format with a proposed treatment contract")
    ResponseEntity<CourseRecord> start(CurrentUser clinician, @PathVariable ClientId clientId,
            @Valid @RequestBody StartCourse body) {
        CourseId id = courses.start(clinician, clientId, CourseController.protocolId(body.protocolId()),
                new ContractTerms(body.sessions(), body.cadence(), body.sessionMinutes(), body.startDate()));
        return ResponseEntity.created(URI.create("/api/v1/courses/" + id)).body(coursePages.course(clinician, id));
    }

    @GetMapping("/api/v1/courses/{courseId}")
    @Operation(summary = "A course with its sessions, the checklist of its next move and its history")
    CourseRecord course(CurrentUser user, @PathVariable CourseId courseId) {
        return coursePages.course(user, courseId);
    }

    @PostMapping("/api/v1/courses/{courseId}/agreement")
    @Operation(summary = "Record that the client agreed the treatment contract")
    CourseRecord agree(CurrentUser clinician, @PathVariable CourseId courseId, @Valid @RequestBody Agreement body) {
        courses.agreeContract(clinician, courseId, body.date() == null ? LocalDate.now(clinician.timeZone()) : body.date(), body.version());
        return coursePages.course(clinician, courseId);
    }

    @PostMapping("/api/v1/courses/{courseId}/moves")
    @Operation(summary = "Move the course to its next phase (on a date, today when left out), end it early (with reason and date) or extend it")
    CourseRecord move(CurrentUser clinician, @PathVariable CourseId courseId, @Valid @RequestBody Move body) {
        String reason = body.reason() == null ? "" : body.reason();
        LocalDate on = body.date() == null ? LocalDate.now(clinician.timeZone()) : body.date();
        if (body.move().isExit()) {
            courses.exit(clinician, courseId, body.move(), reason, on, body.version());
        }
        else if (body.newTotal() != null) {
            courses.extend(clinician, courseId, body.newTotal(), reason, body.version());
        }
        else {
            courses.move(clinician, courseId, body.move(), on, body.version());
        }
        return coursePages.course(clinician, courseId);
    }

    @GetMapping("/api/v1/courses/{courseId}/sessions")
    @Operation(summary = "The sessions of a course, in date order, with their numbers among attended sessions")
    List<SessionView> sessions(CurrentUser user, @PathVariable CourseId courseId) {
        return sessionService.sessions(user, courseId);
    }

    @PostMapping("/api/v1/courses/{courseId}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule or record a session")
    SessionView record(CurrentUser clinician, @PathVariable CourseId courseId, @Valid @RequestBody Session body) {
        SessionId id = body.submissionKey() == null ? sessionService.recordSession(clinician, courseId, body.entry())
                : sessionService.recordSubmitted(clinician, courseId, body.submissionKey(), body.entry(), null);
        return sessionService.session(clinician, courseId, id);
    }

    @GetMapping("/api/v1/courses/{courseId}/sessions/{sessionId}")
    @Operation(summary = "One session")
    SessionView session(CurrentUser user, @PathVariable CourseId courseId, @PathVariable SessionId sessionId) {
        return sessionService.session(user, courseId, sessionId);
    }

    @PutMapping("/api/v1/courses/{courseId}/sessions/{sessionId}")
    @Operation(summary = "Change a session; the body carries the version it was read with")
    SessionView change(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable SessionId sessionId,
            @Validated({ Default.class, Session.Changing.class }) @RequestBody Session body) {
        sessionService.changeSession(clinician, courseId, sessionId, body.entry(), body.version());
        return sessionService.session(clinician, courseId, sessionId);
    }
}
