/**
 * The client's own pages, on a phone, in their language: where they are in their course, what is due, what IPT is,
 * and where to turn in a crisis. Composes the public APIs of the other modules and owns no table; it never shows a
 * session note or a private psychotherapy note.
 */
@NullMarked
package org.openipt.portal;

import org.jspecify.annotations.NullMarked;
