/**
 * The client's own pages, on a phone, in their language: where they are in their course, the questionnaires they
 * fill in, the plan their clinician shared with them, what IPT is, and where to turn in a crisis. Composes the public
 * APIs of the other modules; its one table is the clinician's choice, per course, of what the client sees
 * ({@link org.openipt.portal.PortalSharingService}). It never shows a session note or a private psychotherapy note.
 */
@NullMarked
package org.openipt.portal;

import org.jspecify.annotations.NullMarked;
