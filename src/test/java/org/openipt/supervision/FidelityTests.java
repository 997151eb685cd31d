package org.openipt.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.Phase;
import org.openipt.shared.NotFoundException;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fidelity ratings: the record answers its items, the counsellor rates themself and the supervisor rates, each sees
 * both; another clinician never sees them; the trend page draws the ratings with their table. And the pure rules.
 */
@DatabaseTest
class FidelityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationContext context;
    @Autowired
    FidelityService fidelity;

    Pages pages;
    Fixtures.Organisation org;

    @BeforeEach
    void organisation() {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
    }

    @Test
    void theCounsellorAndTheSupervisorRateASessionAndEachSeesBoth() throws Exception {
        String path = "/courses/" + org.course() + "/sessions/" + org.session() + "/fidelity";
        MockHttpSession counsellor = pages.signIn(org.email("clinician"));
        String sheet = pages.page(counsellor, path);
        assertThat(sheet).contains(pages.text("fidelity.item.MOOD_CHECKED")).contains(pages.text("fidelity.yourRating.SELF"));
        MockHttpServletResponse missing = pages.send(counsellor, path, "WARMTH_AND_EMPATHY", "YES");
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString()).contains(pages.text("fidelity.item.required"));
        assertThat(pages.send(counsellor, path, "WARMTH_AND_EMPATHY", "YES", "STAYED_INTERPERSONAL", "YES",
                "TECHNIQUES_WELL_USED", "YES").getRedirectedUrl()).isEqualTo(path);

        MockHttpSession supervisor = pages.signIn(org.email("supervisor"));
        assertThat(pages.page(supervisor, path)).contains(pages.text("fidelity.yourRating.SUPERVISOR"));
        pages.send(supervisor, path, "WARMTH_AND_EMPATHY", "YES", "STAYED_INTERPERSONAL", "NO",
                "TECHNIQUES_WELL_USED", "NOT_APPLICABLE");
        FidelitySheet both = fidelity.sheet(org.clinician(), org.course(), org.session());
        // the fixture's session: a mood rating and "since we last met", nothing else recorded, contract not agreed
        assertThat(both.derived()).containsEntry(FidelityItem.MOOD_CHECKED, FidelityAnswer.YES)
                .containsEntry(FidelityItem.MOOD_LINKED_TO_EVENTS, FidelityAnswer.NO)
                .containsEntry(FidelityItem.FOCUS_ON_AGREED_AREA, FidelityAnswer.NOT_APPLICABLE);
        assertThat(both.self().percent()).as("4 of 7").isEqualTo(57);
        assertThat(both.supervisor().met()).isEqualTo(2);
        assertThat(both.supervisor().rated()).isEqualTo(6);

        assertThat(pages.open(pages.signIn(org.email("other")), path).getStatus()).isEqualTo(404);
        assertThatThrownBy(() -> fidelity.trend(org.otherClinician(), Optional.of(org.clinician().id()),
                Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
        String trend = pages.page(supervisor, "/fidelity?counsellor=" + org.clinician().id());
        assertThat(trend).contains("<svg").contains(pages.text("fidelity.percent", 57, 4, 7))
                .contains(pages.text("fidelity.percent", 33, 2, 6));
        assertThat(pages.page(pages.signIn(org.email("other")), "/fidelity"))
                .contains(pages.text("fidelity.trend.none")).doesNotContain("57 %");
    }

    @Test
    void theRecordAnswersTheDerivedItemsByPhase() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        SessionFacts initial = new SessionFacts(day, Phase.INITIAL, false, false, true, true, false, false, true,
                false, day.minusDays(7));
        assertThat(FidelityRules.derived(initial)).containsExactlyInAnyOrderEntriesOf(Map.of(
                FidelityItem.MOOD_CHECKED, FidelityAnswer.YES, FidelityItem.MOOD_LINKED_TO_EVENTS, FidelityAnswer.YES,
                FidelityItem.FOCUS_ON_AGREED_AREA, FidelityAnswer.NOT_APPLICABLE,
                FidelityItem.SESSIONS_LEFT_NAMED, FidelityAnswer.YES, FidelityItem.PHASE_WORK, FidelityAnswer.YES));
        SessionFacts agreedLater = new SessionFacts(day, Phase.INITIAL, false, false, false, false, false, false,
                false, false, day.plusDays(1));
        assertThat(FidelityRules.derived(agreedLater)).containsEntry(FidelityItem.MOOD_CHECKED, FidelityAnswer.NO)
                .containsEntry(FidelityItem.PHASE_WORK, FidelityAnswer.NO);
        SessionFacts middleOffFocus = new SessionFacts(day, Phase.MIDDLE, true, false, false, false, false, true,
                false, true, day.minusDays(30));
        assertThat(FidelityRules.derived(middleOffFocus)).containsEntry(FidelityItem.FOCUS_ON_AGREED_AREA,
                FidelityAnswer.NO).containsEntry(FidelityItem.PHASE_WORK, FidelityAnswer.YES);
        assertThat(FidelityRules.score(Map.of(FidelityItem.MOOD_CHECKED, FidelityAnswer.YES,
                FidelityItem.PHASE_WORK, FidelityAnswer.NO, FidelityItem.FOCUS_ON_AGREED_AREA,
                FidelityAnswer.NOT_APPLICABLE))).isEqualTo(new FidelityRules.Score(1, 2));
        assertThat(new FidelityRules.Score(0, 0).percent()).isZero();
    }
}
