package org.openipt.portal;

import java.util.Locale;

import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.OutcomesService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's progress by their questionnaires, when their clinician shared the charts: the questionnaires they
 * fill in themselves (a clinician's rating is not shown), with the timeline's life events marked only when the
 * timeline is shared too. What is not shared is not read.
 */
@Service
public class MyProgressService {

    private final ClientCourses courses;
    private final PortalSharingService sharing;
    private final OutcomesService outcomes;

    MyProgressService(ClientCourses courses, PortalSharingService sharing, OutcomesService outcomes) {
        this.courses = courses;
        this.sharing = sharing;
        this.outcomes = outcomes;
    }

    @Transactional
    public MyProgress progress(CurrentUser client, Locale locale) {
        CourseSummary course = courses.current(client).orElse(null);
        Sharing shared = course == null ? Sharing.NOTHING : sharing.sharingOf(course.id());
        if (!shared.charts()) {
            return MyProgress.NOT_SHARED;
        }
        return new MyProgress(true, outcomes.progress(client, course.id(), locale, shared.timeline()).trajectories()
                .stream().filter(trajectory -> trajectory.instrument().rater() == InstrumentDefinition.Rater.SELF)
                .map(MyProgress.Line::of).toList());
    }
}
