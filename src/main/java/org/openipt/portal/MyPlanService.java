package org.openipt.portal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openipt.timeline.TimelineService;

import org.openipt.caseload.ClientId;
import org.openipt.course.CourseSummary;
import org.openipt.formulation.ClientResponse;
import org.openipt.formulation.FormulationRecord;
import org.openipt.formulation.FormulationService;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The formulation and goals of the client's current course as their clinician chose to share them, and the
 * client's answer to the formulation: accepting it ticks the clinician's initial-phase checklist; asking to talk
 * about it shows on the course page. What is not shared is not read.
 */
@Service
@Transactional
public class MyPlanService {

    private final ClientCourses courses;
    private final PortalSharingService sharing;
    private final FormulationService formulations;
    private final TimelineService timelines;

    MyPlanService(ClientCourses courses, PortalSharingService sharing, FormulationService formulations,
            TimelineService timelines) {
        this.courses = courses;
        this.sharing = sharing;
        this.formulations = formulations;
        this.timelines = timelines;
    }

    public MyPlan plan(CurrentUser client) {
        return plan(client, courses.current(client).orElse(null));
    }

    /** What the client's clinician shared of their plan, read by staff for a subject-access export. */
    public MyPlan planOf(CurrentUser reader, ClientId client) {
        return plan(reader, courses.current(reader, client).orElse(null));
    }

    private MyPlan plan(CurrentUser reader, @Nullable CourseSummary course) {
        if (course == null) {
            return MyPlan.NOTHING_SHARED;
        }
        Sharing shared = sharing.sharingOf(course.id());
        if (!shared.formulation() && !shared.goals()) {
            return MyPlan.NOTHING_SHARED;
        }
        FormulationRecord record = formulations.formulation(reader, course.id());
        boolean answerable = shared.formulation() && record.written() && course.phase().isOpen()
                && (record.clientResponse() == null || record.clientResponse().kind() != ClientResponse.Kind.ACCEPTED);
        return new MyPlan(shared.formulation(), shared.formulation() ? record.formulation().narrative() : null,
                shared.formulation() ? record.focalAreas() : java.util.List.of(), shared.goals(),
                shared.goals() ? record.goals() : java.util.List.of(), record.clientResponse(), record.version(),
                answerable);
    }

    /** The timeline picture of the client's current course, drawn in their language, when their clinician shared it. */
    public @Nullable String timeline(CurrentUser client, Locale locale) {
        CourseSummary course = courses.current(client).orElse(null);
        return course != null && sharing.sharingOf(course.id()).timeline()
                ? timelines.picture(client, course.id(), locale) : null;
    }

    /** The client accepts the shared formulation as they read it, or asks to talk about it; unshared: not found. */
    public void respond(CurrentUser client, ClientResponse.Kind kind, long version) {
        CourseSummary course = courses.current(client).orElseThrow(() -> new NotFoundException("course"));
        if (!sharing.sharingOf(course.id()).formulation()) {
            throw new NotFoundException("formulation");
        }
        formulations.respondAsClient(client, course.id(), kind, version);
    }
}
