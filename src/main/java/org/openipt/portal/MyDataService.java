package org.openipt.portal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientDetails;
import org.openipt.caseload.ClientId;
import org.openipt.course.ClientQuestionService;
import org.openipt.course.CourseSummary;
import org.openipt.course.SessionService;
import org.openipt.identity.CurrentUser;
import org.openipt.measures.MeasuresService;
import org.openipt.portal.internal.RecordBundle;
import org.openipt.shared.pdf.PdfWriter;
import org.openipt.shared.web.PageDates;
import org.openipt.timeline.MoodDiaryService;
import org.openipt.worksheet.WorksheetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My data": the client downloads everything the portal shows them, as a PDF to read and as a FHIR R4 Bundle (JSON)
 * to take elsewhere; their clinician downloads the same for a subject-access request. Gathered through the other
 * modules' facades, each of which checks the reader's access (a client reads only their own record) and audits
 * the read.
 */
@Service
@Transactional
public class MyDataService {

    private final CaseloadService caseload;
    private final ClientCourses courses;
    private final SessionService sessions;
    private final MeasuresService measures;
    private final MyPlanService plan;
    private final PortalPlansQuery plans;
    private final WorksheetService worksheets;
    private final MoodDiaryService diaries;
    private final ClientQuestionService questions;
    private final PdfWriter pdfs;
    private final Clock clock;

    MyDataService(CaseloadService caseload, ClientCourses courses, SessionService sessions, MeasuresService measures,
            MyPlanService plan, PortalPlansQuery plans, WorksheetService worksheets, MoodDiaryService diaries,
            ClientQuestionService questions, PdfWriter pdfs, Clock clock) {
        this.caseload = caseload;
        this.courses = courses;
        this.sessions = sessions;
        this.measures = measures;
        this.plan = plan;
        this.plans = plans;
        this.worksheets = worksheets;
        this.diaries = diaries;
        this.questions = questions;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    public MyRecord record(CurrentUser client) {
        ClientId self = caseload.ownRecord(client);
        return record(client, self, courses.current(client).orElse(null), plan.plan(client), plans.plans(client));
    }

    /**
     * The same record as the client downloads, for staff who may read the client's record: what a subject-access
     * request asks for, whether or not the client uses the portal. Every part is read through its module's facade,
     * which checks the reader's access and audits the read.
     */
    public MyRecord recordOf(CurrentUser staff, ClientId client) {
        return record(staff, client, courses.current(staff, client).orElse(null), plan.planOf(staff, client),
                plans.plansOf(staff, client));
    }

    private MyRecord record(CurrentUser reader, ClientId client, @Nullable CourseSummary course, MyPlan sharedPlan,
            PortalPlans clientPlans) {
        ClientDetails details = caseload.client(reader, client);
        if (course == null) {
            return new MyRecord(client, details.displayName(), clock.instant(), null, List.of(), List.of(),
                    MyPlan.NOTHING_SHARED, clientPlans, List.of(), List.of(), List.of(), List.of());
        }
        return new MyRecord(client, details.displayName(), clock.instant(), course,
                sessions.sessions(reader, course.id()).stream().map(PortalSession::of).toList(),
                measures.allResponses(reader, course.id()), sharedPlan, clientPlans,
                worksheets.tasks(reader, course.id()), worksheets.writtenByClient(reader, course.id()),
                diaries.recent(reader, course.id()), questions.recent(reader, course.id()));
    }

    public String fhirJson(CurrentUser client) {
        return RecordBundle.json(record(client));
    }

    public byte[] pdf(CurrentUser client, Locale locale) {
        return pdf(record(client), client, locale);
    }

    public String fhirJsonOf(CurrentUser staff, ClientId client) {
        return RecordBundle.json(recordOf(staff, client));
    }

    public byte[] pdfOf(CurrentUser staff, ClientId client, Locale locale) {
        return pdf(recordOf(staff, client), staff, locale);
    }

    private byte[] pdf(MyRecord record, CurrentUser reader, Locale locale) {
        return pdfs.pdf("portal/record-pdf", locale, Map.of("record", record,
                "dates", new PageDates(reader.timeZone(), locale)));
    }
}
