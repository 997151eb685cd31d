/** The fictional demo organisation a newcomer can sign in to; seeded once on the embedded database. */
@NullMarked
package org.openipt.demo;

import org.jspecify.annotations.NullMarked;
