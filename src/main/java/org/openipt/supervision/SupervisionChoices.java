package org.openipt.supervision;

import java.util.List;

import org.openipt.caseload.TeamClient;
import org.openipt.identity.UserSummary;

/** What the supervision session form offers: the supervisor's counsellors and the matching clients of the team. */
public record SupervisionChoices(List<UserSummary> counsellors, List<TeamClient> clients) {
}
