package org.openipt.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.CourseService;
import org.openipt.course.Phase;
import org.openipt.measures.InstrumentLibrary;
import org.openipt.measures.InstrumentScoring;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.safety.RiskEventService;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A screening day as a programme runs it: people screened one a screen (eligible, excluded for risk and referred with
 * a risk event the supervisor hears of, below the cut-off), the eligible put into a group as its site and composition
 * suggest, and a sheet uploaded whose every line is checked before anything is saved.
 */
@DatabaseTest
class ScreeningTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationContext context;
    @Autowired
    ScreeningService screening;
    @Autowired
    GroupService groups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Pages pages;
    Fixtures.Organisation org;
    Protocol who;
    LocalDate today;

    @BeforeEach
    void organisation() {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        who = context.getBean(ProtocolCatalog.class).protocolByCode(org.id(), "GROUP_IPT_WHO");
        today = LocalDate.now(clock);
    }

    @Test
    void aScreeningDayOfTwelveSortsThePeopleAndTheEligibleFormAGroup() throws Exception {
        MockHttpSession counsellor = pages.signIn(org.email("clinician"));
        String dayPath = pages.send(counsellor, "/screening", "format", who.id().toString(), "site", "Kisoro",
                "heldOn", today.toString(), "instrument", "phq-9", "eligibleFrom", "10").getRedirectedUrl();
        assertThat(dayPath).startsWith("/screening/");
        for (int i = 1; i <= 9; i++) {
            assertThat(screen(counsellor, dayPath, UUID.randomUUID(), "Eligible " + i, i <= 8 ? "FEMALE" : "MALE",
                    11 + i, 0).getRedirectedUrl()).isEqualTo(dayPath);
        }
        UUID riskKey = UUID.randomUUID();
        screen(counsellor, dayPath, riskKey, "At risk", "FEMALE", 15, 2);
        assertThat(screen(counsellor, dayPath, riskKey, "At risk", "FEMALE", 15, 2).getRedirectedUrl())
                .as("the same submission again").isEqualTo(dayPath);
        screen(counsellor, dayPath, UUID.randomUUID(), "Below one", "FEMALE", 5, 0);
        screen(counsellor, dayPath, UUID.randomUUID(), "Below two", "MALE", 9, 0);
        MockHttpServletResponse nameless = screen(counsellor, dayPath, UUID.randomUUID(), " ", "FEMALE", 12, 0);
        assertThat(nameless.getStatus()).isEqualTo(422);
        assertThat(nameless.getContentAsString()).contains(pages.text("screening.name.required"));

        UUID day = UUID.fromString(dayPath.substring("/screening/".length()));
        ScreeningDayPage page = screening.page(org.clinician(), day);
        assertThat(page.lines()).hasSize(12);
        assertThat(List.of(page.count(ScreeningOutcome.ELIGIBLE), page.count(ScreeningOutcome.EXCLUDED_FOR_RISK),
                page.count(ScreeningOutcome.BELOW_CUT_OFF))).containsExactly(9L, 1L, 2L);
        assertThat(pages.page(counsellor, dayPath)).contains(pages.text("screening.counts", 12, 9, 1, 2, 0));
        ScreeningLine atRisk = page.lines().stream().filter(l -> l.name().equals("At risk")).findFirst().orElseThrow();
        var course = context.getBean(CourseService.class).coursesOf(org.clinician(), atRisk.clientId()).getFirst();
        assertThat(course.phase()).as("referred on, not put in a group").isEqualTo(Phase.REFERRED_ON);
        assertThat(context.getBean(RiskEventService.class).openEvents(course.id())).hasSize(1);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from notification"
                + " where kind = 'RISK_OPENED' and recipient_id = ?").param(org.supervisor().id().value())
                .query(Long.class).single() == 1);
        assertThat(page.lines().stream().filter(l -> l.outcome() == ScreeningOutcome.BELOW_CUT_OFF))
                .allMatch(l -> l.clientId() == null);

        GroupId group = groups.create(org.clinician(), new GroupSettings("Kisoro women", who.id(),
                org.clinician().id(), null, org.supervisor().id(), MeetingMode.SITE, "Kisoro", today.getDayOfWeek(),
                LocalTime.of(10, 0), today.plusDays(7), 5, 8, Sex.FEMALE, null, null, "phq-9"));
        page = screening.page(org.clinician(), day);
        List<ScreeningLine> suggested = ScreeningService.suggestedFor(groups.group(org.clinician(), group), 0,
                page.waiting(), today.getYear());
        assertThat(suggested).hasSize(8).allMatch(l -> l.sex() == Sex.FEMALE);
        List<String> form = new ArrayList<>(List.of("group", group.toString()));
        suggested.forEach(l -> form.addAll(List.of("people", l.id().toString())));
        assertThat(pages.send(counsellor, dayPath + "/groups", form.toArray(String[]::new)).getRedirectedUrl())
                .isEqualTo("/groups/" + group);
        assertThat(groups.page(org.clinician(), group).active()).hasSize(8);
        assertThat(screening.page(org.clinician(), day).waiting()).extracting(ScreeningLine::name)
                .containsExactly("Eligible 9");
    }

    @Test
    void aSheetIsCheckedLineByLineBeforeAnythingIsSavedAndSavedOnce() throws Exception {
        UUID day = screening.startDay(org.clinician(), who.id(), "Kisoro", today, "phq-9", 10);
        String csv = """
                name,site,sex,age,q1,q2,q3,q4,q5,q6,q7,q8,q9,difficulty
                "Achieng, Grace",Kisoro,F,30,2,2,2,2,2,1,1,1,0,
                Nakato,Kisoro,X,28,1,1,1,1,1,1,1,1,0,
                ,Kisoro,F,40,3,3,3,3,3,3,3,3,0,
                Amina,Kisoro,F,35,0,0,0,0,1,0,0,0,0,
                Esther,Kisoro,F,33,2,2,2,2,7,2,2,2,0,
                """;
        MockHttpSession counsellor = pages.signIn(org.email("clinician"));
        String checked = mvc.perform(multipart("/screening/" + day + "/sheet").file(new MockMultipartFile("file",
                "sheet.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).session(counsellor).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(checked).contains(pages.text("screening.sheet.read", 5, 2, 3))
                .contains(pages.text("screening.sheet.sex")).contains(pages.text("screening.name.required"))
                .contains(pages.text("screening.sheet.answer")).contains("Achieng, Grace");
        assertThat(screening.page(org.clinician(), day).lines()).as("nothing saved by a check").isEmpty();

        assertThat(pages.send(counsellor, "/screening/" + day + "/sheet/save", "csv", csv).getRedirectedUrl())
                .isEqualTo("/screening/" + day);
        pages.send(counsellor, "/screening/" + day + "/sheet/save", "csv", csv);
        assertThat(screening.page(org.clinician(), day).lines()).as("the same sheet twice screens nobody twice")
                .extracting(ScreeningLine::name, ScreeningLine::outcome).containsExactlyInAnyOrder(
                        tuple("Achieng, Grace", ScreeningOutcome.ELIGIBLE),
                        tuple("Amina", ScreeningOutcome.BELOW_CUT_OFF));
        assertThat(pages.open(pages.signIn(org.email("other")), "/screening/" + day).getStatus()).isEqualTo(404);
    }

    @Test
    void twoIdenticalScreeningsAtTheSameMomentKeepOneLineAndOneClientAndOddInputIsRefusedOrCleaned() {
        UUID day = screening.startDay(org.clinician(), who.id(), "Kisoro", today, "phq-9", 10);
        ScreeningEntry twice = new ScreeningEntry(UUID.randomUUID(), "Grace\u0000\u202E", "Kisoro\u0007", Sex.FEMALE,
                30, answers(2, 0));
        List<java.util.concurrent.CompletableFuture<ScreeningLine>> racing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racing.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> screening.screen(org.clinician(), day,
                    twice)));
        }
        assertThat(racing.stream().map(java.util.concurrent.CompletableFuture::join).map(ScreeningLine::id)
                .distinct()).hasSize(1);
        assertThat(screening.page(org.clinician(), day).lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Grace");
            assertThat(line.site()).isEqualTo("Kisoro");
        });
        assertThat(jdbc.sql("select count(*) from client where display_name = 'Grace' and organisation_id = ?")
                .param(org.id().value()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> screening.screen(org.clinician(), day, new ScreeningEntry(UUID.randomUUID(),
                "\u0001\u0002", null, null, 999, answers(1, 0)))).isInstanceOf(RuleViolation.class)
                .satisfies(f -> assertThat(((RuleViolation) f).messageKeys()).containsExactly("screening.name.required",
                        "screening.age.invalid"));
        assertThatThrownBy(() -> screening.startDay(org.clinician(), who.id(), "Kisoro", LocalDate.of(1, 1, 1),
                "phq-9", 10)).isInstanceOf(RuleViolation.class).hasMessageContaining("screening.day.invalid");
        assertThatThrownBy(() -> screening.startDay(org.clinician(), who.id(), "Kisoro", LocalDate.of(9999, 12, 31),
                "phq-9", 10)).isInstanceOf(RuleViolation.class).hasMessageContaining("screening.day.invalid");
        assertThatThrownBy(() -> groups.create(org.clinician(), new GroupSettings("Far future", who.id(),
                org.clinician().id(), null, org.supervisor().id(), MeetingMode.REMOTE, null, today.getDayOfWeek(),
                LocalTime.NOON, LocalDate.of(9999, 12, 31), 2, 8, null, null, null, "phq-9")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("group.startsOn.implausible");
    }

    @Test
    void riskExcludesWhateverTheTotalAndMissingAnswersDecideNothing() {
        var phq9 = InstrumentLibrary.standard().definition("phq-9");
        assertThat(ScreeningRules.outcome(InstrumentScoring.score(phq9, answers(0, 1)), 10))
                .isEqualTo(ScreeningOutcome.EXCLUDED_FOR_RISK);
        assertThat(ScreeningRules.outcome(InstrumentScoring.score(phq9, answers(2, 0)), 10))
                .isEqualTo(ScreeningOutcome.ELIGIBLE);
        assertThat(ScreeningRules.outcome(InstrumentScoring.score(phq9, answers(1, 0)), 10))
                .as("8 is below 10").isEqualTo(ScreeningOutcome.BELOW_CUT_OFF);
        assertThat(ScreeningRules.outcome(InstrumentScoring.score(phq9, Map.of("phq9-1",
                "LA6571-9")), 10)).isEqualTo(ScreeningOutcome.INCOMPLETE);
        assertThat(ScreeningSheet.fields("\"a, b\",\"say \"\"hi\"\"\",,3")).containsExactly("a, b", "say \"hi\"", "",
                "3");
        assertThat(ScreeningRules.problemsWith("x".repeat(201), null, 121)).containsExactly("screening.name.tooLong",
                "screening.age.invalid");
    }

    private MockHttpServletResponse screen(MockHttpSession session, String dayPath, UUID key, String name, String sex,
            int total, int item9) throws Exception {
        List<String> form = new ArrayList<>(List.of("submissionKey", key.toString(), "name", name, "site", "Kisoro",
                "sex", sex, "age", "30"));
        Map<String, String> answers = new HashMap<>();
        int left = total;
        List<String> codes = List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");
        for (int item = 1; item <= 8; item++) {
            int score = Math.min(3, (left + (8 - item)) / (9 - item));
            answers.put("phq9-" + item, codes.get(score));
            left -= score;
        }
        answers.put("phq9-9", codes.get(item9));
        answers.forEach((item, code) -> form.addAll(List.of("answers[" + item + "]", code)));
        return pages.send(session, dayPath + "/people", form.toArray(String[]::new));
    }

    private static Map<String, String> answers(int usual, int item9) {
        return Fixtures.phq9(usual, item9);
    }
}
