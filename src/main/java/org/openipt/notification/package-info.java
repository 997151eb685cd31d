/**
 * Notification: e-mail to staff through Spring Mail (standard {@code spring.mail.*} properties).
 * <p>
 * Every e-mail is first a row in a durable <em>outbox</em>, written in its own transaction after the event that
 * caused it committed (Spring Modulith's publication registry redelivers an event whose listener did not finish, and
 * a unique dedupe key per event and recipient makes a second delivery add nothing). A job ({@code
 * openipt.notification.send-every}) sends what is due; on several nodes each row is claimed with a conditional update
 * before it is sent, so it goes out once; a failure is retried with growing pauses up to {@code
 * openipt.notification.max-attempts}, then the row stays visible as failed. Without {@code spring.mail.host} nothing
 * is sent and nothing is lost: the rows wait, and administrators see them as pending.
 * <p>
 * Risk events: when one opens ({@link org.openipt.safety.RiskEventOpened}) or escalates ({@link
 * org.openipt.safety.RiskEventEscalated}) the responsible clinician and their supervisor are told; a clinician with no
 * supervisor (or a client with no clinician) has the organisation's administrators told instead. The e-mails carry
 * no client details: the organisation, the time and a link to the page, which asks for a sign-in.
 */
@NullMarked
package org.openipt.notification;

import org.jspecify.annotations.NullMarked;
