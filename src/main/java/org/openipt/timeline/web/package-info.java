@NullMarked
package org.openipt.timeline.web;

import org.jspecify.annotations.NullMarked;
