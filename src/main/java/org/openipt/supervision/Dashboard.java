package org.openipt.supervision;

import java.util.List;

import org.openipt.groups.Group;
import org.openipt.identity.UserSummary;
import org.openipt.shared.ResultPage;

/** The dashboard: a page of rows, what the filters offer (the team's counsellors, the groups), the open follow-ups. */
public record Dashboard(ResultPage<DashboardRow> rows, int teamClients, int atRisk, List<UserSummary> counsellors,
        List<Group> groups, List<FollowUp> followUps) {
}
