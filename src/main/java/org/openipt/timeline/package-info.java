/**
 * The IPT timeline of a course: life events (with exact or approximate dates, the people of the inventory involved
 * and whether they are linked to the onset) beside mood episodes and mood ratings, drawn as one picture
 * ({@code internal.TimelinePicture}) with a table of the same. The facade is
 * {@link org.openipt.timeline.TimelineService}; the rules ({@link org.openipt.timeline.TimelineRules}) are plain Java.
 */
@NullMarked
package org.openipt.timeline;

import org.jspecify.annotations.NullMarked;
