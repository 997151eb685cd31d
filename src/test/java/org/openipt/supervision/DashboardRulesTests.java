package org.openipt.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.ClientId;
import org.openipt.course.Phase;
import org.openipt.groups.GroupId;
import org.openipt.identity.UserId;
import org.openipt.shared.ResultPage;

/** Filtering, ordering (open risk first, escalated first among them) and paging of the dashboard. */
class DashboardRulesTests {

    static final UserId LINA = new UserId(UUID.randomUUID());
    static final UserId THEO = new UserId(UUID.randomUUID());
    static final GroupId TUESDAY = new GroupId(UUID.randomUUID());

    static DashboardRow row(String name, UserId counsellor, @Nullable GroupId group, Phase phase,
            @Nullable Integer score, int risks, boolean escalated, int overdue, int since, boolean discussed) {
        return new DashboardRow(new ClientId(UUID.randomUUID()), name, counsellor, counsellor == LINA ? "Lina" : "Theo",
                group, group == null ? null : "Tuesday", null, phase, 3, 9, score, score == null ? null : -2, 0,
                overdue, risks, escalated, since, discussed, null);
    }

    final List<DashboardRow> rows = List.of(
            row("Ann", THEO, null, Phase.MIDDLE, 8, 0, false, 1, 5, true),
            row("Bea", LINA, TUESDAY, Phase.INITIAL, 20, 1, false, 0, 1, false),
            row("Cleo", LINA, TUESDAY, Phase.MIDDLE, null, 0, false, 0, 0, true),
            row("Dora", THEO, null, Phase.TERMINATION, 12, 2, true, 0, 9, false));

    @Test
    void openRiskComesFirstEscalatedAtTheTopWhateverTheOrderChosen() {
        assertThat(names(DashboardRules.page(rows, DashboardFilter.ALL))).containsExactly("Dora", "Bea", "Ann",
                "Cleo");
        assertThat(names(DashboardRules.page(rows, filter(null, null, null, null, DashboardFilter.Sort.LATEST_SCORE))))
                .as("no score last").containsExactly("Dora", "Bea", "Ann", "Cleo");
        assertThat(names(DashboardRules.page(rows, filter(null, null, null, null,
                DashboardFilter.Sort.SINCE_DISCUSSED)))).containsExactly("Dora", "Bea", "Ann", "Cleo");
        assertThat(names(DashboardRules.page(rows, filter(null, null, null, null, DashboardFilter.Sort.COUNSELLOR))))
                .containsExactly("Dora", "Bea", "Cleo", "Ann");
    }

    @Test
    void filtersNarrowByCounsellorGroupPhaseAndFlag() {
        assertThat(names(DashboardRules.page(rows, filter(LINA, null, null, null, DashboardFilter.Sort.NAME))))
                .containsExactly("Bea", "Cleo");
        assertThat(names(DashboardRules.page(rows, filter(null, TUESDAY, Phase.MIDDLE, null,
                DashboardFilter.Sort.NAME)))).containsExactly("Cleo");
        assertThat(names(DashboardRules.page(rows, filter(null, null, null, DashboardFilter.Flag.OVERDUE_MEASURES,
                DashboardFilter.Sort.NAME)))).containsExactly("Ann");
        assertThat(names(DashboardRules.page(rows, filter(null, null, null, DashboardFilter.Flag.NEVER_DISCUSSED,
                DashboardFilter.Sort.NAME)))).containsExactly("Dora", "Bea");
    }

    @Test
    void pagesHoldTwentyFiveAndAPageBeyondTheLastShowsTheLast() {
        List<DashboardRow> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(row("Client %02d".formatted(i), LINA, null, Phase.MIDDLE, 10, 0, false, 0, 0, true));
        }
        ResultPage<DashboardRow> third = DashboardRules.page(many, new DashboardFilter(null, null, null, null,
                DashboardFilter.Sort.NAME, 7));
        assertThat(third.page()).isEqualTo(2);
        assertThat(third.total()).isEqualTo(60);
        assertThat(names(third)).hasSize(10).first().isEqualTo("Client 50");
    }

    private static DashboardFilter filter(@Nullable UserId counsellor, @Nullable GroupId group, @Nullable Phase phase,
            DashboardFilter.@Nullable Flag flag, DashboardFilter.Sort sort) {
        return new DashboardFilter(counsellor, group, phase, flag, sort, 0);
    }

    private static List<String> names(ResultPage<DashboardRow> page) {
        return page.items().stream().map(DashboardRow::name).toList();
    }
}
