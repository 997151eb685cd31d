
@NullMarked
package org.openipt.audit.web;

import org.jspecify.annotations.NullMarked;
