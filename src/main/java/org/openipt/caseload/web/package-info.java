
@NullMarked
package org.openipt.caseload.web;

import org.jspecify.annotations.NullMarked;
