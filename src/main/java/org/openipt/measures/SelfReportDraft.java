package org.openipt.measures;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.course.SessionId;
import org.openipt.measures.InstrumentDefinition.AnswerOption;
import org.openipt.measures.InstrumentDefinition.Item;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;

/**
 * A questionnaire the client is filling in themself, one question at a time: the answers so far (link id to answer
 * code), kept between visits, and the key under which sending it stores one response. Questions are numbered from 1.
 *
 * @param session the session whose occasion it answers, if the schedule asked for it at a session
 */
public record SelfReportDraft(CourseId courseId, InstrumentDefinition instrument, @Nullable SessionId session,
        UUID submissionKey, Map<String, String> answers, Instant savedAt) {

    public SelfReportDraft {
        answers = Map.copyOf(answers);
    }

    public int questions() {
        return instrument.items().size();
    }

    /** The question with this number; not found outside 1..{@link #questions()}. */
    public Item question(int number) {
        if (number < 1 || number > questions()) {
            throw new NotFoundException("question");
        }
        return instrument.items().get(number - 1);
    }

    /** The first question without an answer, or one past the last when every question has one. */
    public int nextQuestion() {
        List<Item> items = instrument.items();
        for (int i = 0; i < items.size(); i++) {
            if (!answers.containsKey(items.get(i).linkId())) {
                return i + 1;
            }
        }
        return items.size() + 1;
    }

    public boolean complete() {
        return nextQuestion() > questions();
    }

    public @Nullable String answer(Item question) {
        return answers.get(question.linkId());
    }

    /** The option chosen for the question, if any, to show the answer in words. */
    public @Nullable AnswerOption chosen(Item question) {
        String code = answer(question);
        return code == null ? null : question.option(code).orElse(null);
    }

    /** This draft with the question answered; an answer that is none of the question's options is refused. */
    SelfReportDraft answered(int number, @Nullable String code) {
        Item question = question(number);
        if (code == null || question.option(code).isEmpty()) {
            throw new RuleViolation("selfReport.chooseOne");
        }
        Map<String, String> now = new LinkedHashMap<>(answers);
        now.put(question.linkId(), code);
        return new SelfReportDraft(courseId, instrument, session, submissionKey, now, savedAt);
    }

    /** Whether the answer to this question is a risk answer: a risk item answered above zero. */
    boolean riskAnswerTo(int number) {
        Item question = question(number);
        AnswerOption chosen = chosen(question);
        return question.risk() && chosen != null && chosen.score() != null && chosen.score() > 0;
    }
}
