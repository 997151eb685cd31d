@NullMarked
package org.openipt.worksheet.internal;

import org.jspecify.annotations.NullMarked;
