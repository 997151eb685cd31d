package org.openipt.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
import org.openipt.timeline.DiaryEntry;
import org.openipt.timeline.MoodDiaryEntry;
import org.openipt.timeline.MoodDiaryService;
import org.springframework.stereotype.Service;

/** The client's mood and events diary in their current course (the timeline module keeps it). */
@Service
public class PortalDiary {

    /** The diary page: the client's latest days, today in their organisation, and whether they may write now. */
    public record DiaryPage(List<DiaryEntry> recent, LocalDate today, boolean open) {
    }

    private final ClientCourses courses;
    private final MoodDiaryService diaries;
    private final Clock clock;

    PortalDiary(ClientCourses courses, MoodDiaryService diaries, Clock clock) {
        this.courses = courses;
        this.diaries = diaries;
        this.clock = clock;
    }

    public DiaryPage page(CurrentUser client) {
        LocalDate today = LocalDate.now(clock.withZone(client.timeZone()));
        CourseSummary course = courses.current(client).orElse(null);
        if (course == null) {
            return new DiaryPage(List.of(), today, false);
        }
        return new DiaryPage(diaries.recent(client, course.id()), today, course.phase().isOpen());
    }

    public UUID write(CurrentUser client, UUID submissionKey, MoodDiaryEntry entry) {
        CourseSummary course = courses.current(client).orElseThrow(() -> new NotFoundException("course"));
        return diaries.write(client, course.id(), submissionKey, entry);
    }
}
