package org.openipt.identity.web;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.SecondFactorDemand;
import org.openipt.identity.SecondFactors;
import org.openipt.identity.UserId;
import org.openipt.identity.internal.SignInFlow;
import org.openipt.identity.internal.SignInThrottle;
import org.openipt.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The second step of signing in, after a right password: the code from the person's authenticator app (or a
 * recovery code), or, where their organisation requires a second factor they have not set up, setting it up now.
 * A method that answers {@code null} has signed the person in and sent them on already.
 */
@Controller
class SecondFactorSignInController {

    static final String RECOVERY_CODES_PAGE = "/account/second-factor/recovery-codes";

    private final SignInFlow flow;
    private final SecondFactors secondFactors;

    SecondFactorSignInController(SignInFlow flow, SecondFactors secondFactors) {
        this.flow = flow;
        this.secondFactors = secondFactors;
    }

    @GetMapping("/login/second-factor")
    String ask(HttpServletRequest request, Model model) {
        SecondFactorDemand demand = flow.pending(request).orElse(null);
        if (demand == null) {
            return "redirect:/login?again";
        }
        return demand == SecondFactorDemand.SET_UP ? setUpPage(flow.pendingUser(request), model)
                : "identity/second-factor-code";
    }

    @PostMapping("/login/second-factor")
    @Nullable String codeTyped(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException, ServletException {
        return switch (flow.codeTyped(request, response, code)) {
            case SIGNED_IN -> null;
            case WAIT -> "redirect:/login/second-factor?wait=" + SignInThrottle.seconds(flow.waitBeforeCode(request));
            case START_AGAIN -> "redirect:/login?again";
            case WRONG_CODE -> {
                model.addAttribute("codeError", "secondFactor.code.wrong");
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                yield "identity/second-factor-code";
            }
        };
    }

    @PostMapping("/login/second-factor/set-up")
    @Nullable String setUpConfirmed(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException, ServletException {
        if (flow.pending(request).orElse(null) != SecondFactorDemand.SET_UP) {
            return "redirect:/login?again";
        }
        UserId user = flow.pendingUser(request);
        List<String> recoveryCodes;
        try {
            recoveryCodes = secondFactors.confirmSetUp(user, code);
        }
        catch (RuleViolation wrong) {
            model.addAttribute("codeError", wrong.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return setUpPage(user, model);
        }
        RequestContextUtils.getOutputFlashMap(request).put("recoveryCodes", recoveryCodes);
        RequestContextUtils.saveOutputFlashMap(RECOVERY_CODES_PAGE, request, response);
        return flow.setUpConfirmed(request, response, RECOVERY_CODES_PAGE) ? null : "redirect:/login?again";
    }

    private String setUpPage(UserId user, Model model) {
        return SecondFactorSetUpPage.render(secondFactors.beginSetUp(user), true, model);
    }

}
