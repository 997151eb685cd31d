package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openipt.identity.Role;

class MeasuresRulesTests {

    private final InstrumentLibrary library = InstrumentLibrary.standard();

    @Test
    void aClinicianRatedScaleIsEnteredByStaffOnlyWhileASelfReportIsOpenToTheClient() {
        InstrumentDefinition hamd = library.definition("hamd-17");
        assertThat(MeasuresRules.mayEnter(hamd, Role.CLIENT)).isFalse();
        assertThat(MeasuresRules.mayEnter(hamd, Role.CLINICIAN)).isTrue();
        assertThat(MeasuresRules.mayEnter(hamd, Role.SUPERVISOR)).isTrue();
        assertThat(MeasuresRules.mayEnter(library.definition("phq-9"), Role.CLIENT)).isTrue();
    }

    @Test
    void structureOnlyInstrumentsCannotBeAdministeredUntilTheirWordingIsSupplied() {
        assertThat(MeasuresRules.administrable(library.definition("epds"))).isFalse();
        assertThat(MeasuresRules.administrable(library.definition("wsas"))).isFalse();
        assertThat(MeasuresRules.administrable(library.definition("phq-9"))).isTrue();
        assertThat(MeasuresRules.administrable(library.definition("hamd-17"))).isTrue();
    }

    @Test
    void onlyTheItemsOwnAnswerCodesAreAccepted() {
        InstrumentDefinition phq9 = library.definition("phq-9");
        assertThat(MeasuresRules.problems(phq9, Map.of("phq9-1", "LA6569-3"))).isEmpty();
        assertThat(MeasuresRules.problems(phq9, Map.of("phq9-1", "LA9999-9"))).containsExactly("measures.answer.unknown");
        assertThat(MeasuresRules.problems(phq9, Map.of("phq9-1", "not-difficult"))).containsExactly(
                "measures.answer.unknown");
        assertThat(MeasuresRules.problems(phq9, Map.of("gad7-1", "LA6569-3"))).containsExactly("measures.answer.unknown");
        assertThat(MeasuresRules.problems(phq9, Map.of())).containsExactly("measures.answers.none");
    }

    @Test
    void riskAnswersCarryTheirScoresAndZeroIsNoRisk() {
        InstrumentDefinition phq9 = library.definition("phq-9");
        assertThat(MeasuresRules.riskAnswers(InstrumentScoring.score(phq9, Map.of("phq9-9", "LA6570-1"))))
                .containsExactly(new RiskAnswersRecorded.RiskAnswer("phq9-9", 2));
        assertThat(MeasuresRules.riskAnswers(InstrumentScoring.score(phq9, Map.of("phq9-9", "LA6568-5")))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void onlyASelfReportWithItsWordingShippedIsReadAloud() {
        assertThat(MeasuresRules.readableAloud(library.definition("phq-9"))).isTrue();
        assertThat(MeasuresRules.readableAloud(library.definition("gad-7"))).isTrue();
        assertThat(MeasuresRules.readableAloud(library.definition("hamd-17"))).as("rated by the clinician").isFalse();
        assertThat(MeasuresRules.readableAloud(library.definition("epds"))).as("structure only").isFalse();
    }
}
