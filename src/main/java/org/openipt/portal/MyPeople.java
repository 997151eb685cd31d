package org.openipt.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.ClientQuestion;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.RelationshipRole;

/**
 * "My people": the closeness circle of the client's course as the clinician shared it — the picture and each person
 * by name, what they are to the client and their ring, nothing said about them — and the changes the client
 * suggested for their next session.
 */
public record MyPeople(boolean shared, @Nullable String picture, List<Person> people, List<ClientQuestion> suggestions,
        boolean open) {

    public static final MyPeople NOT_SHARED = new MyPeople(false, null, List.of(), List.of(), false);

    public MyPeople {
        people = List.copyOf(people);
        suggestions = List.copyOf(suggestions);
    }

    /** A person of the circle as the client sees them. */
    public record Person(String alias, RelationshipRole role, ClosenessRing ring) {
    }
}
