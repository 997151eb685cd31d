package org.openipt.groups;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionMode;
import org.openipt.formulation.DisputeStage;
import org.openipt.formulation.ProblemArea;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.RelationshipRole;
import org.openipt.timeline.MoodSeverity;

/**
 * The individual session before the group, as a facilitator records it in plain words: the symptoms by the
 * questionnaire's items, when the low mood began (a month), what was happening then and how bad it has been, the
 * problem to work on in the group (for a disagreement, where it stands), the people who matter most with how close
 * they are, and the member's own goal.
 */
public record PreGroupEntry(LocalDateTime heldAt, @Nullable SessionMode mode, Map<String, String> answers,
        @Nullable YearMonth onset, @Nullable MoodSeverity severity, @Nullable String whatWasHappening,
        @Nullable ProblemArea area, @Nullable DisputeStage disputeStage, List<KeyPerson> people,
        @Nullable String goal) {

    public static final int MOST_PEOPLE = 8;
    public static final int GOAL_LENGTH = 500;

    public PreGroupEntry {
        answers = Map.copyOf(answers);
        people = List.copyOf(people);
    }

    /** Someone who matters to the member, and how close they are (the small closeness circle). */
    public record KeyPerson(String name, RelationshipRole role, ClosenessRing ring) {
    }
}
