@NullMarked
package org.openipt.notification.internal;

import org.jspecify.annotations.NullMarked;
