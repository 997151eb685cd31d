package org.openipt.course;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.internal.ClientQuestionRepository;
import org.openipt.course.internal.ClientQuestionRow;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Questions the client writes in the portal for their next session. The clinician sees the open ones on the form
 * of the next session; recording a session the client attended brings them to it (they are then listed with that
 * session). Written while the course is open, once per submission key; audited without the question's words.
 */
@Service
public class ClientQuestionService {

    static final CourseRecordKind QUESTIONS = CourseRecordKind.closedWithCourse("CLIENT_QUESTION",
            "question.courseClosed").withClientContributions();

    /** How many of their latest questions the client sees. */
    public static final int SHOWN = 30;

    private final CourseRecordGate gate;
    private final ClientQuestionRepository questions;
    private final TransactionTemplate transactions;
    private final java.time.Clock clock;

    ClientQuestionService(CourseRecordGate gate, ClientQuestionRepository questions,
            TransactionTemplate transactions, java.time.Clock clock) {
        this.gate = gate;
        this.questions = questions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public UUID ask(CurrentUser client, CourseId courseId, UUID submissionKey, @Nullable String written) {
        return ask(client, courseId, submissionKey, written, ClientQuestion.Topic.NEXT_SESSION);
    }

    /** A note of the client for their next session on a topic, once per submission key. */
    public UUID ask(CurrentUser client, CourseId courseId, UUID submissionKey, @Nullable String written,
            ClientQuestion.Topic topic) {
        if (client.role() != Role.CLIENT) {
            throw new NotFoundException("question");
        }
        String question = Text.clean(written);
        return Conflicts.retriedOnce(transactions, () -> {
            CourseRecords course = gate.change(client, courseId, QUESTIONS);
            Optional<ClientQuestionRow> earlier = questions.findByCourseIdAndSubmissionKey(courseId.value(),
                    submissionKey);
            if (earlier.isPresent()) {
                return earlier.get().getId();
            }
            if (question == null) {
                throw new RuleViolation(topic == ClientQuestion.Topic.MY_PEOPLE ? "question.suggestionRequired"
                        : "question.required");
            }
            if (question.length() > ClientQuestion.LENGTH) {
                throw new RuleViolation("question.tooLong");
            }
            CourseRecordOwner owner = course.owner();
            UUID id = questions.save(ClientQuestionRow.asked(owner.organisationId().value(), courseId.value(),
                    owner.clientId().value(), topic, question, submissionKey, clock.instant())).getId();
            course.audit(AuditAction.CREATE, AuditEntry.detail("history.questionAsked"));
            return id;
        });
    }

    /** The client's latest questions, newest first, each with the session it was brought to. */
    @Transactional
    public List<ClientQuestion> recent(CurrentUser user, CourseId courseId) {
        CourseRecords course = gate.read(user, courseId, QUESTIONS);
        course.audit(AuditAction.READ, AuditEntry.detail("history.questionsRead"));
        return questions.newestOfCourse(courseId.value(), SHOWN).stream().map(ClientQuestionRow::question).toList();
    }

    /**
     * For the session form: the questions still open (a new session), or those brought to the session shown. The
     * caller has checked access to the course.
     */
    @Transactional(readOnly = true)
    public List<ClientQuestion> forSession(CourseId courseId, @Nullable SessionId session) {
        return (session == null ? questions.findByCourseIdAndBroughtToSessionIdIsNullOrderByAskedAt(courseId.value())
                : questions.findByCourseIdAndBroughtToSessionIdOrderByAskedAt(courseId.value(), session.value()))
                .stream().map(ClientQuestionRow::question).toList();
    }

    /** A session the client attended brings the open questions to it, in the transaction that records it. */
    @EventListener
    void on(SessionRecorded recorded) {
        if (recorded.attendance() != Attendance.ATTENDED) {
            return;
        }
        for (ClientQuestionRow open : questions.findByCourseIdAndBroughtToSessionIdIsNullOrderByAskedAt(
                recorded.courseId().value())) {
            open.broughtTo(recorded.sessionId().value());
            questions.save(open);
        }
    }
}
