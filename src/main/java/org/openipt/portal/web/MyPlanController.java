package org.openipt.portal.web;

import java.util.Locale;

import org.openipt.formulation.ClientResponse;
import org.openipt.identity.CurrentUser;
import org.openipt.portal.MyPlanService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * "My plan": the formulation and goals the clinician shared, and the client's answer to the formulation. When the
 * words changed while the client read them, the page shows the new words and says so (409), nothing is recorded.
 */
@Controller
class MyPlanController {

    private final MyPlanService plans;

    MyPlanController(MyPlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/me/plan")
    String plan(CurrentUser client, Locale locale, Model model) {
        model.addAttribute("plan", plans.plan(client));
        model.addAttribute("timeline", plans.timeline(client, locale));
        return "portal/my-plan";
    }

    @PostMapping("/me/plan")
    String respond(CurrentUser client, @RequestParam ClientResponse.Kind response, @RequestParam long version,
            Locale locale, Model model, HttpServletResponse http, RedirectAttributes redirect) {
        try {
            plans.respond(client, response, version);
        }
        catch (OptimisticLockingFailureException changed) {
            http.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("changed", true);
            return plan(client, locale, model);
        }
        redirect.addFlashAttribute("notice", "myPlan.answered." + response);
        return "redirect:/me/plan";
    }
}
