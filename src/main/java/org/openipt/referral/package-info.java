/**
 * Self-referral: a public page per organisation where someone looking for help refers themself — how to reach them,
 * what brings them in their words, a PHQ-9 and a GAD-7, their language and format, and the organisation's consent
 * wording — without an account. A risk answer shows the crisis lines at once and marks the referral urgent, and the
 * organisation's intake staff (its supervisors, else its administrators) get an e-mail with no detail. Staff work a
 * triage queue (urgent first, then oldest): accept (a client and a course in REFERRED, the answers kept as its first
 * questionnaires, a portal invitation if wished), refer elsewhere or decline with a reason the referrer never sees.
 * Attempts are limited per network address and per organisation; a field people cannot see catches bots.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-referral")
@NullMarked
package org.openipt.referral;

import org.jspecify.annotations.NullMarked;
