@NullMarked
package org.openipt.safety.web;

import org.jspecify.annotations.NullMarked;
