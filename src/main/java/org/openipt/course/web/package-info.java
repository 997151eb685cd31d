
@NullMarked
package org.openipt.course.web;

import org.jspecify.annotations.NullMarked;
