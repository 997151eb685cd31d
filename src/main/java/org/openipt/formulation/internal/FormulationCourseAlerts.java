package org.openipt.formulation.internal;

import java.util.List;

import org.openipt.course.CourseAlert;
import org.openipt.course.CourseAlertProvider;
import org.openipt.course.CourseFacts;
import org.openipt.formulation.ClientResponse;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.springframework.stereotype.Component;

/**
 * A non-urgent alert on the course page while the client has asked, in the portal, to talk about the formulation;
 * it goes when the clinician next saves the formulation. Staff only.
 */
@Component
class FormulationCourseAlerts implements CourseAlertProvider {

    private final FormulationStore store;

    FormulationCourseAlerts(FormulationStore store) {
        this.store = store;
    }

    @Override
    public List<CourseAlert> alertsOf(CurrentUser user, CourseFacts course) {
        if (user.role() == Role.CLIENT || user.role() == Role.ADMIN) {
            return List.of();
        }
        ClientResponse response = store.clientResponse(course.courseId().value());
        if (response == null || !response.wantsToTalk()) {
            return List.of();
        }
        return List.of(new CourseAlert("formulation.alert.wantsToTalk", "formulation.alert.open",
                "/courses/" + course.courseId() + "/formulation", response.at(), false));
    }
}
