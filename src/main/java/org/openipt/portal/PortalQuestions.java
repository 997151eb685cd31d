package org.openipt.portal;

import java.util.List;
import java.util.UUID;

import org.openipt.course.ClientQuestion;
import org.openipt.course.ClientQuestionService;
import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** The client's questions for their next session, in their current course (the course module keeps them). */
@Service
public class PortalQuestions {

    /** The questions page: the client's latest questions and whether they may ask now. */
    public record QuestionsPage(List<ClientQuestion> recent, boolean open) {
    }

    private final ClientCourses courses;
    private final ClientQuestionService questions;

    PortalQuestions(ClientCourses courses, ClientQuestionService questions) {
        this.courses = courses;
        this.questions = questions;
    }

    public QuestionsPage page(CurrentUser client) {
        CourseSummary course = courses.current(client).orElse(null);
        return course == null ? new QuestionsPage(List.of(), false)
                : new QuestionsPage(questions.recent(client, course.id()).stream()
                        .filter(question -> question.topic() == ClientQuestion.Topic.NEXT_SESSION).toList(),
                        course.phase().isOpen());
    }

    public UUID ask(CurrentUser client, UUID submissionKey, String question) {
        CourseSummary course = courses.current(client).orElseThrow(() -> new NotFoundException("course"));
        return questions.ask(client, course.id(), submissionKey, question);
    }
}
