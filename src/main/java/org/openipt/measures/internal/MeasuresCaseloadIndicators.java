package org.openipt.measures.internal;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openipt.caseload.ClientId;
import org.openipt.caseload.ClientIndicator;
import org.openipt.caseload.ClientIndicatorProvider;
import org.openipt.identity.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The caseload line's note of the questionnaires due and overdue in the client's latest course, linking to its
 * questionnaires page. A quiet note in the line, never an alert: risk events stay the first thing on the caseload.
 * A bounded number of queries for the whole page.
 */
@Component
class MeasuresCaseloadIndicators implements ClientIndicatorProvider {

    private final ScheduleEvaluation schedules;

    MeasuresCaseloadIndicators(ScheduleEvaluation schedules) {
        this.schedules = schedules;
    }

    @Override
    public Map<ClientId, List<ClientIndicator>> indicatorsOf(OrganisationId organisation,
            Collection<ClientId> clients, ZoneId zone) {
        Map<ClientId, List<ClientIndicator>> indicators = new HashMap<>();
        schedules.wantedOfClients(organisation, clients, zone).forEach((client, wanted) -> indicators.put(client,
                List.of(new ClientIndicator("schedule.caseload.wanted", List.of(wanted.due(), wanted.overdue()),
                        "/courses/" + wanted.courseId() + "/measures#schedule"))));
        return indicators;
    }
}
