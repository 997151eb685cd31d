/** The small toolkit the server-drawn pictures share: their words ({@link org.openipt.shared.svg.PictureLabels}). */
@NullMarked
package org.openipt.shared.svg;

import org.jspecify.annotations.NullMarked;
