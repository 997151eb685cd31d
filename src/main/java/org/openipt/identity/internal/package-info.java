
@NullMarked
package org.openipt.identity.internal;

import org.jspecify.annotations.NullMarked;
