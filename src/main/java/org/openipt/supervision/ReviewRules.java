package org.openipt.supervision;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The moves of a review: who may make which, from which state, with what. Pure. */
public final class ReviewRules {

    public static final int COMMENT_LENGTH = 2000;

    private ReviewRules() {
    }

    /** A record may be submitted when it has no review yet or was sent back; a signed one stays signed. */
    public static List<String> submitProblems(@Nullable ReviewState current) {
        if (current == ReviewState.SIGNED) {
            return List.of("review.alreadySigned");
        }
        if (current == ReviewState.SUBMITTED) {
            return List.of("review.alreadySubmitted");
        }
        return List.of();
    }

    public static List<String> decisionProblems(ReviewState current) {
        return current == ReviewState.SUBMITTED ? List.of() : List.of("review.notWaiting");
    }

    /** Sending a record back needs a comment the counsellor can act on. */
    public static List<String> returnProblems(ReviewState current, @Nullable String comment) {
        if (current != ReviewState.SUBMITTED) {
            return List.of("review.notWaiting");
        }
        if (comment == null || comment.isBlank()) {
            return List.of("review.comment.required");
        }
        return comment.length() > COMMENT_LENGTH ? List.of("review.comment.tooLong") : List.of();
    }
}
