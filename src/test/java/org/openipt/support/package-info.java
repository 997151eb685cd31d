@NullMarked
package org.openipt.support;

import org.jspecify.annotations.NullMarked;
