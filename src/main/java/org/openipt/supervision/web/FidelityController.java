package org.openipt.supervision.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.course.SessionId;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.UserId;
import org.openipt.shared.RuleViolation;
import org.openipt.supervision.FidelityAnswer;
import org.openipt.supervision.FidelityItem;
import org.openipt.supervision.FidelityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Rating a session's fidelity (the counsellor themself, their supervisor), and a counsellor's trend. */
@Controller
class FidelityController {

    private final FidelityService fidelity;

    FidelityController(FidelityService fidelity) {
        this.fidelity = fidelity;
    }

    @GetMapping("/courses/{courseId}/sessions/{sessionId}/fidelity")
    String sheet(CurrentUser user, @PathVariable CourseId courseId, @PathVariable SessionId sessionId, Model model) {
        model.addAttribute("sheet", fidelity.sheet(user, courseId, sessionId));
        model.addAttribute("courseId", courseId);
        model.addAttribute("rated", FidelityItem.rated());
        model.addAttribute("answers", FidelityAnswer.values());
        return "supervision/fidelity-rating";
    }

    @PostMapping("/courses/{courseId}/sessions/{sessionId}/fidelity")
    String rate(CurrentUser user, @PathVariable CourseId courseId, @PathVariable SessionId sessionId,
            @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<FidelityItem, FidelityAnswer> given = new EnumMap<>(FidelityItem.class);
        for (FidelityItem item : FidelityItem.rated()) {
            String value = form.get(item.name());
            if (value != null && !value.isBlank()) {
                try {
                    given.put(item, FidelityAnswer.valueOf(value));
                }
                catch (IllegalArgumentException unknown) {
                    // left out: the service names the missing item
                }
            }
        }
        try {
            fidelity.rate(user, courseId, sessionId, given);
            redirect.addFlashAttribute("notice", "fidelity.saved");
            return "redirect:/courses/" + courseId + "/sessions/" + sessionId + "/fidelity";
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", violation.messageKeys());
            model.addAttribute("kept", given);
            return sheet(user, courseId, sessionId, model);
        }
    }

    @GetMapping("/fidelity")
    String trend(CurrentUser user, @RequestParam(required = false) @Nullable UUID counsellor, Locale locale,
            Model model) {
        model.addAttribute("trend", fidelity.trend(user, Optional.ofNullable(counsellor).map(UserId::new), locale));
        model.addAttribute("items", FidelityItem.values());
        return "supervision/fidelity-trend";
    }
}
