@NullMarked
package org.openipt.notification.web;

import org.jspecify.annotations.NullMarked;
