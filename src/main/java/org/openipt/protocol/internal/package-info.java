
@NullMarked
package org.openipt.protocol.internal;

import org.jspecify.annotations.NullMarked;
