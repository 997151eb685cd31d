package org.openipt.worksheet;

/**
 * The ways communication commonly goes wrong that a communication analysis looks for. A fixed list (the domain
 * reference, section 3.2); what the person sees are our own plain words in the message bundles.
 */
public enum CommunicationPattern {
    /** A look, a sigh or a slammed door instead of saying it. */
    NONVERBAL_INSTEAD_OF_WORDS,
    /** Believing the other person knows what one wants without having said it. */
    ASSUMED_COMMUNICATED,
    /** Believing one understood the other person without checking. */
    ASSUMED_UNDERSTOOD,
    /** Hinting or talking around the point when saying it plainly was possible. */
    UNNECESSARILY_INDIRECT,
    /** Going silent or shutting the conversation down. */
    SILENCE_OR_CLOSING_OFF,
    /** Raising the temperature: hostility that makes things escalate. */
    HOSTILE_ESCALATION,
    /** Blaming "you" statements instead of saying how one feels. */
    ACCUSING_YOU_STATEMENTS,
    /** Giving in or avoiding the disagreement to keep the peace. */
    GIVING_IN_OR_AVOIDING
}
