package org.openipt.supervision.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Phase;
import org.openipt.groups.GroupId;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.UserId;
import org.openipt.supervision.DashboardFilter;
import org.openipt.supervision.SupervisionDashboardService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervisor's dashboard, filtered and ordered by the query string so that a view can be bookmarked. */
@Controller
class SupervisionController {

    private final SupervisionDashboardService dashboards;

    SupervisionController(SupervisionDashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/supervision")
    String dashboard(CurrentUser supervisor, @RequestParam(required = false) @Nullable UUID counsellor,
            @RequestParam(required = false) @Nullable UUID group, @RequestParam(required = false) @Nullable Phase phase,
            @RequestParam(required = false) DashboardFilter.@Nullable Flag flag,
            @RequestParam(defaultValue = "NAME") DashboardFilter.Sort sort, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DashboardFilter filter = new DashboardFilter(counsellor == null ? null : new UserId(counsellor),
                group == null ? null : new GroupId(group), phase, flag, sort, page);
        model.addAttribute("dashboard", dashboards.dashboard(supervisor, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("phases", new Phase[] { Phase.REFERRED, Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION,
                Phase.COMPLETED, Phase.DROPPED_OUT, Phase.REFERRED_ON });
        model.addAttribute("flags", DashboardFilter.Flag.values());
        model.addAttribute("sorts", DashboardFilter.Sort.values());
        model.addAttribute("today", java.time.LocalDate.now(java.time.Clock.system(supervisor.timeZone())));
        return "supervision/dashboard";
    }
}
