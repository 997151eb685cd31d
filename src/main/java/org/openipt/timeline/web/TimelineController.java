package org.openipt.timeline.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseId;
import org.openipt.course.SessionId;
import org.openipt.course.SessionView;
import org.openipt.identity.CurrentUser;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.DatePrecision;
import org.openipt.timeline.DiaryEntry;
import org.openipt.timeline.LifeEventId;
import org.openipt.timeline.LifeEventType;
import org.openipt.timeline.MoodDiaryService;
import org.openipt.timeline.MoodEpisodeId;
import org.openipt.timeline.MoodPointId;
import org.openipt.timeline.MoodSeverity;
import org.openipt.timeline.Timeline;
import org.openipt.timeline.TimelineRow;
import org.openipt.timeline.TimelineService;
import org.openipt.timeline.TimelineView;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The timeline of a course: the picture with its table, and the forms of life events, mood episodes and mood
 * ratings, each removed only after a confirmation page. A life event can start from a session: its form then shows
 * what the client said since the last session, takes the session's date and remembers the session.
 */
@Controller
class TimelineController {

    private final TimelineService timelines;
    private final CaseloadService caseload;
    private final MoodDiaryService diaries;

    TimelineController(TimelineService timelines, CaseloadService caseload, MoodDiaryService diaries) {
        this.diaries = diaries;
        this.timelines = timelines;
        this.caseload = caseload;
    }

    @ModelAttribute("eventTypes")
    LifeEventType[] eventTypes() {
        return LifeEventType.values();
    }

    @ModelAttribute("precisions")
    DatePrecision[] precisions() {
        return DatePrecision.values();
    }

    @ModelAttribute("severities")
    MoodSeverity[] severities() {
        return MoodSeverity.values();
    }

    @GetMapping("/courses/{courseId}/timeline")
    String timeline(CurrentUser user, @PathVariable CourseId courseId, Locale locale, Model model) {
        TimelineView view = timelines.view(user, courseId, locale);
        model.addAttribute("timeline", view.timeline());
        model.addAttribute("picture", view.svg());
        model.addAttribute("diarySuggestions", view.diarySuggestions());
        model.addAttribute("client", caseload.client(user, view.timeline().clientId()));
        return "timeline/timeline";
    }

    /** Adds a day of the client's diary to the timeline as a mood rating, or sets it aside. */
    @PostMapping("/courses/{courseId}/timeline/diary")
    String decideDiaryEntry(CurrentUser clinician, @PathVariable CourseId courseId, @RequestParam UUID entry,
            @RequestParam DiaryEntry.Status decision, @RequestParam long version, RedirectAttributes redirect) {
        diaries.decide(clinician, courseId, entry, decision, version);
        redirect.addFlashAttribute("notice", decision == DiaryEntry.Status.ADDED ? "diary.added" : "diary.setAsideDone");
        return "redirect:/courses/" + courseId + "/timeline";
    }

    // ------------------------------------------------------------------------------------------------ life events

    @GetMapping("/courses/{courseId}/timeline/events/new")
    String newEvent(CurrentUser clinician, @PathVariable CourseId courseId,
            @RequestParam(required = false) @Nullable SessionId sessionId, Model model) {
        requireMayChange(clinician, courseId);
        LifeEventForm form = new LifeEventForm();
        if (sessionId != null) {
            SessionView session = timelines.sessionOf(clinician, courseId, sessionId);
            form.setDate(session.when().toLocalDate());
            form.setSessionId(sessionId);
        }
        model.addAttribute("eventForm", form);
        return eventPage(clinician, courseId, null, model);
    }

    @PostMapping("/courses/{courseId}/timeline/events")
    String addEvent(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("eventForm") LifeEventForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        timelines.requireChangeable(clinician, courseId);
        return FormSubmission.outcome(errors, response, redirect, "timeline.event.added", path(courseId),
                () -> timelines.addEvent(clinician, courseId, form.getSubmissionKey(), form.entry()),
                () -> eventPage(clinician, courseId, null, model));
    }

    @GetMapping("/courses/{courseId}/timeline/events/{lifeEventId}")
    String event(CurrentUser user, @PathVariable CourseId courseId, @PathVariable LifeEventId lifeEventId,
            Model model) {
        model.addAttribute("eventForm", LifeEventForm.of(timelines.event(user, courseId, lifeEventId)));
        return eventPage(user, courseId, lifeEventId, model);
    }

    @PostMapping("/courses/{courseId}/timeline/events/{lifeEventId}")
    String changeEvent(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable LifeEventId lifeEventId,
            @Validated @ModelAttribute("eventForm") LifeEventForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        timelines.requireChangeable(clinician, courseId);
        timelines.event(clinician, courseId, lifeEventId);
        return FormSubmission.outcome(errors, response, redirect, "timeline.event.saved", path(courseId),
                () -> timelines.changeEvent(clinician, courseId, lifeEventId, form.entry(), form.getVersion()),
                () -> eventPage(clinician, courseId, lifeEventId, model));
    }

    @GetMapping("/courses/{courseId}/timeline/events/{lifeEventId}/remove")
    String confirmEventRemoval(CurrentUser clinician, @PathVariable CourseId courseId,
            @PathVariable LifeEventId lifeEventId, Model model) {
        requireMayChange(clinician, courseId);
        var event = timelines.event(clinician, courseId, lifeEventId);
        return removalPage(clinician, courseId, TimelineRow.Kind.EVENT, event.when(),
                event.entry().description(), "/events/" + lifeEventId, event.version(), model);
    }

    @PostMapping("/courses/{courseId}/timeline/events/{lifeEventId}/remove")
    String removeEvent(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable LifeEventId lifeEventId,
            @ModelAttribute("removal") RemovalForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        timelines.requireChangeable(clinician, courseId);
        return FormSubmission.outcome(errors, response, redirect, "timeline.event.removed", path(courseId),
                () -> timelines.removeEvent(clinician, courseId, lifeEventId, form.getVersion()),
                () -> confirmEventRemoval(clinician, courseId, lifeEventId, model));
    }

    // ---------------------------------------------------------------------------------------------- mood episodes

    @GetMapping("/courses/{courseId}/timeline/episodes/new")
    String newEpisode(CurrentUser clinician, @PathVariable CourseId courseId, Model model) {
        requireMayChange(clinician, courseId);
        model.addAttribute("episodeForm", new MoodEpisodeForm());
        return episodePage(clinician, courseId, null, model);
    }

    @PostMapping("/courses/{courseId}/timeline/episodes")
    String addEpisode(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("episodeForm") MoodEpisodeForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        timelines.requireChangeable(clinician, courseId);
        return FormSubmission.outcome(errors, response, redirect, "timeline.episode.added", path(courseId),
                () -> timelines.addEpisode(clinician, courseId, form.getSubmissionKey(), form.entry()),
                () -> episodePage(clinician, courseId, null, model));
    }

    @GetMapping("/courses/{courseId}/timeline/episodes/{moodEpisodeId}")
    String episode(CurrentUser user, @PathVariable CourseId courseId, @PathVariable MoodEpisodeId moodEpisodeId,
            Model model) {
        model.addAttribute("episodeForm", MoodEpisodeForm.of(timelines.episode(user, courseId, moodEpisodeId)));
        return episodePage(user, courseId, moodEpisodeId, model);
    }

    @PostMapping("/courses/{courseId}/timeline/episodes/{moodEpisodeId}")
    String changeEpisode(CurrentUser clinician, @PathVariable CourseId courseId,
            @PathVariable MoodEpisodeId moodEpisodeId, @Validated @ModelAttribute("episodeForm") MoodEpisodeForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        timelines.requireChangeable(clinician, courseId);
        timelines.episode(clinician, courseId, moodEpisodeId);
        return FormSubmission.outcome(errors, response, redirect, "timeline.episode.saved", path(courseId),
                () -> timelines.changeEpisode(clinician, courseId, moodEpisodeId, form.entry(), form.getVersion()),
                () -> episodePage(clinician, courseId, moodEpisodeId, model));
    }

    @GetMapping("/courses/{courseId}/timeline/episodes/{moodEpisodeId}/remove")
    String confirmEpisodeRemoval(CurrentUser clinician, @PathVariable CourseId courseId,
            @PathVariable MoodEpisodeId moodEpisodeId, Model model) {
        requireMayChange(clinician, courseId);
        var episode = timelines.episode(clinician, courseId, moodEpisodeId);
        return removalPage(clinician, courseId, TimelineRow.Kind.EPISODE, episode.entry().start(), null,
                "/episodes/" + moodEpisodeId, episode.version(), model);
    }

    @PostMapping("/courses/{courseId}/timeline/episodes/{moodEpisodeId}/remove")
    String removeEpisode(CurrentUser clinician, @PathVariable CourseId courseId,
            @PathVariable MoodEpisodeId moodEpisodeId, @ModelAttribute("removal") RemovalForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        timelines.requireChangeable(clinician, courseId);
        return FormSubmission.outcome(errors, response, redirect, "timeline.episode.removed", path(courseId),
                () -> timelines.removeEpisode(clinician, courseId, moodEpisodeId, form.getVersion()),
                () -> confirmEpisodeRemoval(clinician, courseId, moodEpisodeId, model));
    }

    // ------------------------------------------------------------------------------------------------ mood points

    @GetMapping("/courses/{courseId}/timeline/points/new")
    String newPoint(CurrentUser clinician, @PathVariable CourseId courseId, Model model) {
        requireMayChange(clinician, courseId);
        model.addAttribute("pointForm", new MoodPointForm());
        return pointPage(clinician, courseId, null, model);
    }

    @PostMapping("/courses/{courseId}/timeline/points")
    String addPoint(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("pointForm") MoodPointForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        timelines.requireChangeable(clinician, courseId);
        return FormSubmission.outcome(errors, response, redirect, "timeline.point.added", path(courseId),
                () -> timelines.addPoint(clinician, courseId, form.getSubmissionKey(), form.entry()),
                () -> pointPage(clinician, courseId, null, model));
    }

    @GetMapping("/courses/{courseId}/timeline/points/{moodPointId}")
    String point(CurrentUser user, @PathVariable CourseId courseId, @PathVariable MoodPointId moodPointId,
            Model model) {
        model.addAttribute("pointForm", MoodPointForm.of(timelines.point(user, courseId, moodPointId)));
        return pointPage(user, courseId, moodPointId, model);
    }

    @PostMapping("/courses/{courseId}/timeline/points/{moodPointId}")
    String changePoint(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable MoodPointId moodPointId,
            @Validated @ModelAttribute("pointForm") MoodPointForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        timelines.requireChangeable(clinician, courseId);
        timelines.point(clinician, courseId, moodPointId);
        return FormSubmission.outcome(errors, response, redirect, "timeline.point.saved", path(courseId),
                () -> timelines.changePoint(clinician, courseId, moodPointId, form.entry(), form.getVersion()),
                () -> pointPage(clinician, courseId, moodPointId, model));
    }

    @GetMapping("/courses/{courseId}/timeline/points/{moodPointId}/remove")
    String confirmPointRemoval(CurrentUser clinician, @PathVariable CourseId courseId,
            @PathVariable MoodPointId moodPointId, Model model) {
        requireMayChange(clinician, courseId);
        var point = timelines.point(clinician, courseId, moodPointId);
        return removalPage(clinician, courseId, TimelineRow.Kind.POINT, point.entry().when(), null,
                "/points/" + moodPointId, point.version(), model);
    }

    @PostMapping("/courses/{courseId}/timeline/points/{moodPointId}/remove")
    String removePoint(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable MoodPointId moodPointId,
            @ModelAttribute("removal") RemovalForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        timelines.requireChangeable(clinician, courseId);
        return FormSubmission.outcome(errors, response, redirect, "timeline.point.removed", path(courseId),
                () -> timelines.removePoint(clinician, courseId, moodPointId, form.getVersion()),
                () -> confirmPointRemoval(clinician, courseId, moodPointId, model));
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private void requireMayChange(CurrentUser user, CourseId courseId) {
        if (!timelines.mayChange(user, courseId)) {
            throw new NotFoundException("course");
        }
    }

    private String eventPage(CurrentUser user, CourseId courseId, @Nullable LifeEventId eventId, Model model) {
        Timeline timeline = common(user, courseId, model);
        model.addAttribute("eventId", eventId);
        LifeEventForm form = (LifeEventForm) model.getAttribute("eventForm");
        SessionId sessionId = form == null ? null : form.getSessionId();
        model.addAttribute("fromSession", sessionId == null ? null : timelines.sessionOf(user, courseId, sessionId));
        model.addAttribute("people", timeline.people());
        return "timeline/event-form";
    }

    private String episodePage(CurrentUser user, CourseId courseId, @Nullable MoodEpisodeId episodeId, Model model) {
        common(user, courseId, model);
        model.addAttribute("episodeId", episodeId);
        return "timeline/episode-form";
    }

    private String pointPage(CurrentUser user, CourseId courseId, @Nullable MoodPointId pointId, Model model) {
        common(user, courseId, model);
        model.addAttribute("pointId", pointId);
        return "timeline/point-form";
    }

    private String removalPage(CurrentUser user, CourseId courseId, TimelineRow.Kind kind, ApproximateDate when,
            @Nullable String description, String itemPath, long version, Model model) {
        common(user, courseId, model);
        model.addAttribute("kind", kind);
        model.addAttribute("when", when);
        model.addAttribute("description", description);
        model.addAttribute("removeAction", path(courseId) + itemPath + "/remove");
        if (!model.containsAttribute("removal")) {
            RemovalForm removal = new RemovalForm();
            removal.setVersion(version);
            model.addAttribute("removal", removal);
        }
        model.addAttribute("version", version);
        return "timeline/remove";
    }

    /** The timeline (for the people of the inventory and whether it may be changed) and the client's name. */
    private Timeline common(CurrentUser user, CourseId courseId, Model model) {
        Timeline timeline = timelines.timeline(user, courseId);
        model.addAttribute("timeline", timeline);
        model.addAttribute("client", caseload.client(user, timeline.clientId()));
        return timeline;
    }

    private static String path(CourseId courseId) {
        return "/courses/" + courseId + "/timeline";
    }
}
