package org.openipt.portal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the client sees of a course in the portal, chosen by the clinician per course; nothing until they choose.
 * Session notes and private psychotherapy notes are never among the choices: no page, download or API of the portal
 * shows them.
 */
public record Sharing(Set<SharedPart> parts) {

    public static final Sharing NOTHING = new Sharing(Set.of());

    public Sharing {
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
    }

    public static Sharing of(SharedPart... parts) {
        return of(Arrays.asList(parts));
    }

    public static Sharing of(Collection<SharedPart> parts) {
        return new Sharing(Set.copyOf(parts));
    }

    public boolean shares(SharedPart part) {
        return parts.contains(part);
    }

    public boolean formulation() {
        return shares(SharedPart.FORMULATION);
    }

    public boolean goals() {
        return shares(SharedPart.GOALS);
    }

    public boolean closenessCircle() {
        return shares(SharedPart.CLOSENESS_CIRCLE);
    }

    public boolean timeline() {
        return shares(SharedPart.TIMELINE);
    }

    public boolean worksheets() {
        return shares(SharedPart.WORKSHEETS);
    }

    public boolean charts() {
        return shares(SharedPart.CHARTS);
    }

    /** How many parts are shared, for the course page. */
    public int count() {
        return parts.size();
    }
}
