package org.openipt.portal;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.ClientQuestion;
import org.openipt.course.ClientQuestionService;
import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.InventoryView;
import org.openipt.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's closeness circle, when their clinician shared it, and the changes they suggest to it: each suggestion
 * is a note for the next session (the course module keeps them), which the clinician sees on the session form.
 * What is not shared is not read.
 */
@Service
public class MyPeopleService {

    private final ClientCourses courses;
    private final PortalSharingService sharing;
    private final InventoryService inventory;
    private final ClientQuestionService questions;

    MyPeopleService(ClientCourses courses, PortalSharingService sharing, InventoryService inventory,
            ClientQuestionService questions) {
        this.courses = courses;
        this.sharing = sharing;
        this.inventory = inventory;
        this.questions = questions;
    }

    @Transactional
    public MyPeople people(CurrentUser client, Locale locale) {
        CourseSummary course = sharedCourse(client);
        if (course == null) {
            return MyPeople.NOT_SHARED;
        }
        InventoryView circle = inventory.inventory(client, course.id());
        return new MyPeople(true, inventory.pictureForTheClient(circle, locale),
                circle.relationships().stream()
                        .map(person -> new MyPeople.Person(person.alias(), person.role(), person.ring())).toList(),
                questions.recent(client, course.id()).stream()
                        .filter(note -> note.topic() == ClientQuestion.Topic.MY_PEOPLE).toList(),
                course.phase().isOpen());
    }

    /** A change the client suggests, for their next session; once per submission key; unshared: not found. */
    public UUID suggest(CurrentUser client, UUID submissionKey, @Nullable String suggestion) {
        CourseSummary course = sharedCourse(client);
        if (course == null) {
            throw new NotFoundException("closeness circle");
        }
        return questions.ask(client, course.id(), submissionKey, suggestion, ClientQuestion.Topic.MY_PEOPLE);
    }

    private @Nullable CourseSummary sharedCourse(CurrentUser client) {
        CourseSummary course = courses.current(client).orElse(null);
        return course != null && sharing.sharingOf(course.id()).closenessCircle() ? course : null;
    }
}
