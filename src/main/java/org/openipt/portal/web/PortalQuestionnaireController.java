package org.openipt.portal.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.CurrentUser;
import org.openipt.measures.RecallWording;
import org.openipt.measures.ResponseId;
import org.openipt.measures.SelfReportDraft;
import org.openipt.measures.SelfReportStep;
import org.openipt.portal.PortalQuestionnaires;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A questionnaire filled in by the client, one question per screen, without JavaScript: each answer is kept as it is
 * given; a page to check the answers and send them; the page after sending. The questionnaire is named by its
 * instrument (the portal is about the client's current course), so no page takes a record id but the last.
 */
@Controller
class PortalQuestionnaireController {

    /** Where an address without its questionnaire leads: the home page lists what there is to fill in. */
    private static final String HOME = "redirect:/me";

    private final PortalQuestionnaires questionnaires;

    PortalQuestionnaireController(PortalQuestionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** Goes on where the client left off: the first question without an answer, or the check when none is left. */
    @GetMapping("/me/questionnaires")
    String resume(CurrentUser client, @RequestParam(required = false) @Nullable String instrument) {
        if (instrument == null) {
            return HOME;
        }
        SelfReportDraft draft = questionnaires.draft(client, instrument);
        return "redirect:" + (draft.complete() ? reviewPath(instrument) : questionPath(instrument, draft.nextQuestion()));
    }

    @GetMapping("/me/questionnaires/question")
    String question(CurrentUser client, @RequestParam(required = false) @Nullable String instrument,
            @RequestParam(defaultValue = "1") int number, Model model) {
        if (instrument == null) {
            return HOME;
        }
        SelfReportDraft draft = questionnaires.draft(client, instrument);
        AnswerForm form = new AnswerForm(instrument, number, draft.answer(draft.question(number)));
        return questionPage(draft, form, model);
    }

    @PostMapping("/me/questionnaires/question")
    String answer(CurrentUser client, @ModelAttribute("form") AnswerForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        try {
            SelfReportStep step = questionnaires.answer(client, form.getInstrument(), form.getNumber(),
                    form.getAnswer());
            return switch (step) {
                case SelfReportStep.SentForRisk sent -> "redirect:" + sentPath(sent.response());
                case SelfReportStep.Saved saved -> "redirect:" + (form.getNumber() < saved.draft().questions()
                        ? questionPath(form.getInstrument(), form.getNumber() + 1) : reviewPath(form.getInstrument()));
            };
        }
        catch (RuleViolation violation) {
            FormSubmission.reject(errors, violation);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return questionPage(questionnaires.draft(client, form.getInstrument()), form, model);
        }
    }

    @GetMapping("/me/questionnaires/review")
    String review(CurrentUser client, @RequestParam(required = false) @Nullable String instrument, Model model) {
        if (instrument == null) {
            return HOME;
        }
        SelfReportDraft draft = questionnaires.draft(client, instrument);
        if (draft.answers().isEmpty()) {
            return "redirect:" + questionPath(instrument, 1);
        }
        model.addAttribute("draft", draft);
        return "portal/questionnaire-review";
    }

    @PostMapping("/me/questionnaires/review")
    String send(CurrentUser client, @RequestParam String instrument, @RequestParam UUID submissionKey) {
        return "redirect:" + sentPath(questionnaires.send(client, instrument, submissionKey));
    }

    @GetMapping("/me/questionnaires/sent")
    String sent(CurrentUser client, @RequestParam(required = false) @Nullable UUID response, Locale locale,
            Model model) {
        if (response == null) {
            return HOME;
        }
        model.addAttribute("sent", questionnaires.sent(client, new ResponseId(response), locale));
        return "portal/questionnaire-sent";
    }

    private String questionPage(SelfReportDraft draft, AnswerForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("question", draft.question(form.getNumber()));
        model.addAttribute("form", form);
        model.addAttribute("recall", RecallWording.of(draft.instrument()));
        return "portal/questionnaire-question";
    }

    static String questionPath(String instrument, int number) {
        return UriComponentsBuilder.fromPath("/me/questionnaires/question").queryParam("instrument", instrument)
                .queryParam("number", number).encode().toUriString();
    }

    private static String reviewPath(String instrument) {
        return UriComponentsBuilder.fromPath("/me/questionnaires/review").queryParam("instrument", instrument)
                .encode().toUriString();
    }

    private static String sentPath(ResponseId response) {
        return "/me/questionnaires/sent?response=" + response;
    }
}
