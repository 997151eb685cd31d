package org.openipt.portal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.ClientQuestion;
import org.openipt.course.CourseSummary;
import org.openipt.measures.MeasureResponse;
import org.openipt.timeline.DiaryEntry;
import org.openipt.worksheet.Worksheet;

/**
 * Everything the portal shows the client of their current course, gathered for them to download ("My data"): their
 * sessions (without anything written about them), questionnaires, the plan shared with them, their plans, tasks,
 * diaries, what they prepared for sessions (conversations, decisions, role plays) and questions. Never a session note or a private note.
 */
public record MyRecord(ClientId clientId, String name, Instant madeAt, @Nullable CourseSummary course,
        List<PortalSession> sessions, List<MeasureResponse> responses, MyPlan plan, PortalPlans plans,
        List<Worksheet> tasks, List<Worksheet> prepared, List<DiaryEntry> diary, List<ClientQuestion> questions) {

    public MyRecord {
        sessions = List.copyOf(sessions);
        responses = List.copyOf(responses);
        tasks = List.copyOf(tasks);
        prepared = List.copyOf(prepared);
        diary = List.copyOf(diary);
        questions = List.copyOf(questions);
    }
}
