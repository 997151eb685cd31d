package org.openipt.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Delivery;
import org.openipt.protocol.ProtocolSettings;

class ContractRulesTests {

    private static final ProtocolSettings INDIVIDUAL_IPT = new ProtocolSettings(Delivery.INDIVIDUAL, 16, 8, 20,
            Cadence.WEEKLY, 50, 0, 3, 3, false, false, false);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theNumberOfSessionsMustLieInTheFormatsRange() {
        assertThat(ContractRules.problemsWith(contract(8, 50, null), INDIVIDUAL_IPT, TODAY)).isEmpty();
        assertThat(ContractRules.problemsWith(contract(20, 50, null), INDIVIDUAL_IPT, TODAY)).isEmpty();
        assertThat(ContractRules.problemsWith(contract(7, 50, null), INDIVIDUAL_IPT, TODAY))
                .containsExactly("contract.sessions.outsideProtocol");
        assertThat(ContractRules.problemsWith(contract(21, 50, null), INDIVIDUAL_IPT, TODAY))
                .containsExactly("contract.sessions.outsideProtocol");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(ContractRules.problemsWith(contract(40, 2, TODAY.plusDays(1)), INDIVIDUAL_IPT, TODAY))
                .containsExactly("contract.sessions.outsideProtocol", "contract.minutes.invalid",
                        "contract.agreedOn.future");
    }

    @Test
    void anExtensionRaisesTheTotalForAStatedReason() {
        assertThat(ContractRules.problemsWithExtension(12, 14, "Grief work needs two more sessions")).isEmpty();
        assertThat(ContractRules.problemsWithExtension(12, 12, "same")).containsExactly("extension.total.notLarger");
        assertThat(ContractRules.problemsWithExtension(12, 10, " ")).containsExactly("extension.total.notLarger",
                "extension.reason.required");
        assertThat(ContractRules.problemsWithExtension(12, 500, "long")).containsExactly("extension.total.tooLarge");
    }

    @Test
    void anEarlyEndNeedsAReasonAndADateWithinTheCourse() {
        LocalDate start = LocalDate.of(2026, 9, 1);
        assertThat(ContractRules.problemsWithExit("Moved away", TODAY, start, TODAY)).isEmpty();
        assertThat(ContractRules.problemsWithExit("", start.minusDays(1), start, TODAY))
                .containsExactly("exit.reason.required", "exit.date.beforeStart");
        assertThat(ContractRules.problemsWithExit("Moved away", TODAY.plusDays(1), start, TODAY))
                .containsExactly("exit.date.future");
        assertThat(ContractRules.problemsWithExit("x".repeat(2001), TODAY, start, TODAY))
                .as("longer than the record keeps (the fuzzer's 20,000 characters were a 500 on PostgreSQL)")
                .containsExactly("exit.reason.tooLong");
        assertThat(ContractRules.problemsWithExit("x".repeat(2000), TODAY, start, TODAY)).isEmpty();
    }

    @Test
    void thePlannedEndFollowsTheCadence() {
        assertThat(new TreatmentContract(12, Cadence.WEEKLY, 50, LocalDate.of(2026, 1, 5), null).plannedEndDate())
                .isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(new TreatmentContract(3, Cadence.MONTHLY, 50, LocalDate.of(2026, 1, 31), null).plannedEndDate())
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(new TreatmentContract(1, Cadence.WEEKLY, 50, LocalDate.of(2026, 1, 5), null).plannedEndDate())
                .isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void sessionKOfNAndTheProposalToTerminate() {
        CourseProgress progress = new CourseProgress(9, 12, 3);

        assertThat(progress.sessionsLeft()).isEqualTo(3);
        assertThat(progress.terminationDue(Phase.MIDDLE)).isTrue();
        assertThat(progress.terminationDue(Phase.INITIAL)).isFalse();
        assertThat(new CourseProgress(8, 12, 3).terminationDue(Phase.MIDDLE)).isFalse();
        assertThat(new CourseProgress(13, 12, 3).sessionsLeft()).isZero();
    }

    private static TreatmentContract contract(int sessions, int minutes, @org.jspecify.annotations.Nullable LocalDate agreedOn) {
        return new TreatmentContract(sessions, Cadence.WEEKLY, minutes, LocalDate.of(2026, 11, 2), agreedOn);
    }

    @Test
    void theProposedContractChangesOnlyBeforeTheMiddlePhase() {
        assertThat(ContractRules.contractMayChange(Phase.REFERRED)).isTrue();
        assertThat(ContractRules.contractMayChange(Phase.INITIAL)).isTrue();
        for (Phase later : new Phase[] { Phase.MIDDLE, Phase.TERMINATION, Phase.COMPLETED, Phase.DROPPED_OUT,
                Phase.REFERRED_ON }) {
            assertThat(ContractRules.contractMayChange(later)).as(later.name()).isFalse();
        }
    }
}
