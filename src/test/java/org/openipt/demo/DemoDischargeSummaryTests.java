package org.openipt.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.CaseloadEntry;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.Phase;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.shared.PageRequestParams;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's completed course gives a full discharge summary: what a visitor trying the demo would download. */
@DatabaseTest
class DemoDischargeSummaryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;
    @Autowired
    CaseloadService caseload;
    @Autowired
    CourseService courses;

    @Test
    void theCompletedDemoCourseHasAFullDischargeSummary() throws Exception {
        CurrentUser therapist = identity.actingAs(identity.findByEmail(identity.demoOrganisation().orElseThrow(), "therapist" + DemoOrganisation.DOMAIN)
                .orElseThrow());
        CaseloadEntry completed = caseload.caseload(therapist, "", PageRequestParams.of(0)).items().stream()
                .filter(c -> c.status() != null && c.status().phase().equals(Phase.COMPLETED.name())).findFirst()
                .orElseThrow();
        CourseId course = courses.coursesOf(therapist, completed.id()).getFirst().id();
        MockHttpSession session = Pages.signIn(mvc, "therapist" + DemoOrganisation.DOMAIN, DemoOrganisation.PASSWORD);

        MockHttpServletResponse response = mvc.perform(get("/courses/" + course + "/discharge-summary")
                .session(session)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Discharge summary", "Tom Becker (demo)", "Riverside Counselling", "8 of 8")
                .contains("Grief", "His wife", "Have one calm conversation about it each week", "Achieved",
                        "Partly achieved")
                .contains("End of treatment", "I still miss her every day")
                .contains("Closeness circle", "Finn", "Anna", "Klaus")
                .contains("Staying in bed, skipping choir practice")
                .contains("Sertraline (fictional)", "50 mg daily");
    }
}
