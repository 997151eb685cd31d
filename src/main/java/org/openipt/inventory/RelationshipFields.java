package org.openipt.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.Text;

/**
 * What the inventory records about one relationship. Only the alias, the role and the ring are required; the rest
 * is filled in as the initial sessions go on.
 *
 * @param alias who the person is, as the client names them (a first name or a pseudonym)
 * @param contact how often they meet, how much time they spend together and what they do
 * @param discussable what can and cannot be talked about with this person
 * @param confiding whether the client confides in this person
 * @param clientExpectations what the client expects of the person
 * @param otherExpectations what the client thinks the person expects of them
 * @param expectationsMet whether those expectations are met
 * @param conflicts arguments and conflicts, and how they usually end
 * @param changedNearOnset whether the relationship changed around the time the depression began
 * @param onsetChange what changed then
 * @param deceasedWhen when the person died (free text, as dates are often approximate)
 */
public record RelationshipFields(String alias, RelationshipRole role, ClosenessRing ring, @Nullable String contact,
        @Nullable String satisfying, @Nullable String unsatisfying, @Nullable String discussable, Answer confiding,
        @Nullable String clientExpectations, @Nullable String otherExpectations, Answer expectationsMet,
        @Nullable String conflicts, Answer knowsAboutDepression, @Nullable String wishesToChange,
        Answer changedNearOnset, @Nullable String onsetChange, boolean deceased, @Nullable String deceasedWhen) {

    public static final int ALIAS_LENGTH = 100;
    public static final int TEXT_LENGTH = 2000;
    public static final int WHEN_LENGTH = 100;

    public RelationshipFields {
        alias = alias.strip();
        contact = Text.clean(contact);
        satisfying = Text.clean(satisfying);
        unsatisfying = Text.clean(unsatisfying);
        discussable = Text.clean(discussable);
        clientExpectations = Text.clean(clientExpectations);
        otherExpectations = Text.clean(otherExpectations);
        conflicts = Text.clean(conflicts);
        wishesToChange = Text.clean(wishesToChange);
        onsetChange = Text.clean(onsetChange);
        deceasedWhen = deceased ? Text.clean(deceasedWhen) : null;
    }

    /** A person with only the required facts; the rest is unknown. */
    public static RelationshipFields of(String alias, RelationshipRole role, ClosenessRing ring) {
        return new RelationshipFields(alias, role, ring, null, null, null, null, Answer.UNKNOWN, null, null,
                Answer.UNKNOWN, null, Answer.UNKNOWN, null, Answer.UNKNOWN, null, false, null);
    }

    public RelationshipFields withRing(ClosenessRing newRing) {
        return new RelationshipFields(alias, role, newRing, contact, satisfying, unsatisfying, discussable, confiding,
                clientExpectations, otherExpectations, expectationsMet, conflicts, knowsAboutDepression,
                wishesToChange, changedNearOnset, onsetChange, deceased, deceasedWhen);
    }

    /**
     * The names of the fields (other than the ring) that differ from {@code other}, in the order of this record;
     * each is also the last part of the field's message key ({@code inventory.field.<name>}).
     */
    public List<String> differencesFrom(RelationshipFields other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "alias", alias, other.alias);
        compare(changed, "role", role, other.role);
        compare(changed, "contact", contact, other.contact);
        compare(changed, "satisfying", satisfying, other.satisfying);
        compare(changed, "unsatisfying", unsatisfying, other.unsatisfying);
        compare(changed, "discussable", discussable, other.discussable);
        compare(changed, "confiding", confiding, other.confiding);
        compare(changed, "clientExpectations", clientExpectations, other.clientExpectations);
        compare(changed, "otherExpectations", otherExpectations, other.otherExpectations);
        compare(changed, "expectationsMet", expectationsMet, other.expectationsMet);
        compare(changed, "conflicts", conflicts, other.conflicts);
        compare(changed, "knowsAboutDepression", knowsAboutDepression, other.knowsAboutDepression);
        compare(changed, "wishesToChange", wishesToChange, other.wishesToChange);
        compare(changed, "changedNearOnset", changedNearOnset, other.changedNearOnset);
        compare(changed, "onsetChange", onsetChange, other.onsetChange);
        compare(changed, "deceased", deceased, other.deceased);
        compare(changed, "deceasedWhen", deceasedWhen, other.deceasedWhen);
        return changed;
    }

    private static void compare(List<String> changed, String name, @Nullable Object mine,
            @Nullable Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(name);
        }
    }
}
