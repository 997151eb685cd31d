package org.openipt.notification;

/**
 * The reminders a client chose: before each booked session, and whether a questionnaire is waiting. {@code reachable}
 * is false when their account has no e-mail address (invited by a code), so no reminder can reach them.
 */
public record ReminderChoices(boolean sessions, boolean questionnaires, long version, boolean reachable) {
}
