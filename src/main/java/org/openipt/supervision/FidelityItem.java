package org.openipt.supervision;

/**
 * The items of OpenIPT's own session adherence checklist, after what adherence scales typically check (reference
 * §7; it is not the IPT Quality and Adherence Scale, whose items must come from the IPT Institute). The first five
 * are read from the session record; the last three are rated by the supervisor and by the counsellor themself.
 */
public enum FidelityItem {
    MOOD_CHECKED(true),
    MOOD_LINKED_TO_EVENTS(true),
    FOCUS_ON_AGREED_AREA(true),
    SESSIONS_LEFT_NAMED(true),
    PHASE_WORK(true),
    WARMTH_AND_EMPATHY(false),
    STAYED_INTERPERSONAL(false),
    TECHNIQUES_WELL_USED(false);

    private final boolean derived;

    FidelityItem(boolean derived) {
        this.derived = derived;
    }

    /** Read from the record rather than rated. */
    public boolean derived() {
        return derived;
    }

    public static java.util.List<FidelityItem> rated() {
        return java.util.Arrays.stream(values()).filter(item -> !item.derived).toList();
    }
}
