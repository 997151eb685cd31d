@NullMarked
package org.openipt.formulation.internal;

import org.jspecify.annotations.NullMarked;
