package org.openipt.supervision.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.course.SessionId;
import org.openipt.course.SessionService;
import org.openipt.groups.GroupId;
import org.openipt.groups.GroupSessionId;
import org.openipt.groups.GroupSessionService;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.RuleViolation;
import org.openipt.supervision.RecordKind;
import org.openipt.supervision.Review;
import org.openipt.supervision.ReviewService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Records for sign-off: submitting one, the lists (to review; what came back), a record's review and decision. */
@Controller
class ReviewController {

    private final ReviewService reviews;
    private final SessionService sessions;
    private final GroupSessionService groupSessions;

    ReviewController(ReviewService reviews, SessionService sessions, GroupSessionService groupSessions) {
        this.reviews = reviews;
        this.sessions = sessions;
        this.groupSessions = groupSessions;
    }

    @GetMapping("/reviews")
    String list(CurrentUser user, Model model) {
        model.addAttribute("lines", reviews.reviews(user));
        return "supervision/reviews";
    }

    @PostMapping("/reviews/sessions")
    String submitSession(CurrentUser counsellor, @RequestParam UUID courseId, @RequestParam UUID sessionId,
            RedirectAttributes redirect) {
        return submitted(redirect, () -> reviews.submitSession(counsellor, new CourseId(courseId),
                new SessionId(sessionId)), "/courses/" + courseId + "/sessions/" + sessionId);
    }

    @PostMapping("/reviews/group-sessions")
    String submitGroupSession(CurrentUser facilitator, @RequestParam UUID groupId, @RequestParam UUID groupSessionId,
            RedirectAttributes redirect) {
        return submitted(redirect, () -> reviews.submitGroupSession(facilitator, new GroupId(groupId),
                new GroupSessionId(groupSessionId)), "/groups/" + groupId + "/sessions/" + groupSessionId);
    }

    @GetMapping("/reviews/{reviewId}")
    String review(CurrentUser user, @PathVariable Review.ReviewId reviewId, Model model) {
        Review review = reviews.review(user, reviewId);
        model.addAttribute("line", reviews.line(user, review));
        if (review.kind() == RecordKind.SESSION && review.courseId() != null) {
            SessionId session = new SessionId(review.recordId());
            model.addAttribute("heldSession", sessions.session(user, review.courseId(), session));
            model.addAttribute("addenda", sessions.addenda(user, review.courseId(), session));
        }
        else if (review.groupId() != null) {
            model.addAttribute("groupSession", groupSessions.session(user, review.groupId(),
                    new GroupSessionId(review.recordId())));
        }
        model.addAttribute("mayDecide", user.id().equals(review.supervisor()));
        return "supervision/review";
    }

    @PostMapping("/reviews/{reviewId}/sign")
    String sign(CurrentUser supervisor, @PathVariable Review.ReviewId reviewId, @RequestParam long version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return decided(reviewId, () -> reviews.sign(supervisor, reviewId, version), "review.signed", supervisor,
                model, response, redirect, null);
    }

    @PostMapping("/reviews/{reviewId}/return")
    String sendBack(CurrentUser supervisor, @PathVariable Review.ReviewId reviewId,
            @RequestParam(required = false) @Nullable String comment, @RequestParam long version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return decided(reviewId, () -> reviews.sendBack(supervisor, reviewId, comment, version), "review.returned",
                supervisor, model, response, redirect, comment);
    }

    @PostMapping("/reviews/{reviewId}/resubmit")
    String resubmit(CurrentUser counsellor, @PathVariable Review.ReviewId reviewId, @RequestParam long version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return decided(reviewId, () -> reviews.resubmit(counsellor, reviewId, version), "review.resubmitted",
                counsellor, model, response, redirect, null);
    }

    private String submitted(RedirectAttributes redirect, Runnable submit, String back) {
        try {
            submit.run();
            redirect.addFlashAttribute("notice", "review.submitted");
        }
        catch (RuleViolation violation) {
            redirect.addFlashAttribute("notice", violation.messageKey());
        }
        return "redirect:" + back;
    }

    private String decided(Review.ReviewId reviewId, Runnable decision, String notice, CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect, @Nullable String keptComment) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/reviews";
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", violation.messageKeys());
            model.addAttribute("keptComment", keptComment);
            return review(user, reviewId, model);
        }
    }
}
