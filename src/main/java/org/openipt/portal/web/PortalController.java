package org.openipt.portal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.openipt.identity.CurrentUser;
import org.openipt.portal.LearnTopic;
import org.openipt.portal.MyPlanService;
import org.openipt.portal.PortalHomeQuery;
import org.openipt.portal.PortalPlansQuery;
import org.openipt.safety.CrisisResourceService;
import org.openipt.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The client's pages under {@code /me}: home, where to turn in a crisis (linked from the header of every page a
 * client sees), their plans, and the short pages about IPT (the one on problem areas names the client's own, when
 * shared).
 */
@Controller
class PortalController {

    private final PortalHomeQuery home;
    private final PortalPlansQuery plans;
    private final CrisisResourceService crisisResources;
    private final MyPlanService myPlan;

    PortalController(PortalHomeQuery home, PortalPlansQuery plans, CrisisResourceService crisisResources,
            MyPlanService myPlan) {
        this.myPlan = myPlan;
        this.home = home;
        this.plans = plans;
        this.crisisResources = crisisResources;
    }

    @GetMapping("/me")
    String home(CurrentUser client, Locale locale, Model model) {
        model.addAttribute("home", home.home(client, locale));
        model.addAttribute("topics", LearnTopic.values());
        return "portal/home";
    }

    @GetMapping("/me/crisis")
    String crisis(CurrentUser client, Locale locale, Model model) {
        model.addAttribute("resources", crisisResources.forReader(client, locale));
        return "portal/crisis";
    }

    /** The safety plan first (the crisis page points to it), then the plan for staying well. */
    @GetMapping("/me/plans")
    String plans(CurrentUser client, Locale locale, Model model) {
        model.addAttribute("plans", plans.plans(client));
        model.addAttribute("resources", crisisResources.forReader(client, locale));
        return "portal/plans";
    }

    @GetMapping("/me/learn")
    String learn(Model model) {
        model.addAttribute("topics", LearnTopic.values());
        return "portal/learn";
    }

    /** One page per topic, each at its own fixed address (no id in the path: the pages are the same for everyone). */
    @GetMapping({ "/me/learn/what-is-ipt", "/me/learn/phases", "/me/learn/sick-role", "/me/learn/problem-areas",
            "/me/learn/ending" })
    String topic(CurrentUser client, HttpServletRequest request, Model model) {
        String slug = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        LearnTopic chosen = LearnTopic.bySlug(slug).orElseThrow(() -> new NotFoundException("topic"));
        model.addAttribute("topic", chosen);
        // the client's own problem areas, when their clinician shared the formulation
        model.addAttribute("ownAreas", chosen == LearnTopic.PROBLEM_AREAS ? myPlan.plan(client).focalAreas()
                : java.util.List.of());
        model.addAttribute("topics", LearnTopic.values());
        return "portal/topic";
    }
}
