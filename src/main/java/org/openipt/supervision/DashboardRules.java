package org.openipt.supervision;

import java.util.Comparator;
import java.util.List;

import org.openipt.shared.ResultPage;

/** Filtering, ordering (open risk first, escalated before the rest) and paging of the dashboard's rows. Pure. */
public final class DashboardRules {

    public static final int PAGE_SIZE = 25;

    private DashboardRules() {
    }

    public static ResultPage<DashboardRow> page(List<DashboardRow> rows, DashboardFilter filter) {
        List<DashboardRow> kept = rows.stream().filter(row -> keeps(filter, row)).sorted(order(filter.sort())).toList();
        int last = Math.max(0, (kept.size() - 1) / PAGE_SIZE);
        int page = Math.max(0, Math.min(filter.page(), last));
        return new ResultPage<>(kept.subList(page * PAGE_SIZE, Math.min(kept.size(), (page + 1) * PAGE_SIZE)), page,
                PAGE_SIZE, kept.size());
    }

    static boolean keeps(DashboardFilter filter, DashboardRow row) {
        if (filter.counsellor() != null && !filter.counsellor().equals(row.counsellor())) {
            return false;
        }
        if (filter.group() != null && !filter.group().equals(row.groupId())) {
            return false;
        }
        if (filter.phase() != null && filter.phase() != row.phase()) {
            return false;
        }
        if (filter.flag() == null) {
            return true;
        }
        return switch (filter.flag()) {
            case RISK -> row.atRisk();
            case OVERDUE_MEASURES -> row.measuresOverdue() > 0;
            case NEVER_DISCUSSED -> !row.everDiscussed();
        };
    }

    static Comparator<DashboardRow> order(DashboardFilter.Sort sort) {
        Comparator<DashboardRow> riskFirst = Comparator.comparing((DashboardRow r) -> !r.atRisk())
                .thenComparing(r -> !r.riskEscalated());
        Comparator<DashboardRow> byName = Comparator.comparing(DashboardRow::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.clientId().value());
        Comparator<DashboardRow> chosen = switch (sort) {
            case NAME -> byName;
            case COUNSELLOR -> Comparator.comparing(DashboardRow::counsellorName, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(byName);
            case PHASE -> Comparator.comparing((DashboardRow r) -> r.phase() == null ? Integer.MAX_VALUE
                    : r.phase().ordinal()).thenComparing(byName);
            case LATEST_SCORE -> Comparator.comparing((DashboardRow r) -> r.latestScore(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byName);
            case CHANGE -> Comparator.comparing((DashboardRow r) -> r.change(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byName);
            case SINCE_DISCUSSED -> Comparator.comparing(DashboardRow::sessionsSinceDiscussed,
                    Comparator.reverseOrder()).thenComparing(byName);
        };
        return riskFirst.thenComparing(chosen);
    }
}
