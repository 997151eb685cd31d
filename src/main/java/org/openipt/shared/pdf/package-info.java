/** Documents as PDF from Thymeleaf templates: the discharge summary, the client's own record. */
@NullMarked
package org.openipt.shared.pdf;

import org.jspecify.annotations.NullMarked;
