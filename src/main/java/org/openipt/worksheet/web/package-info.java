@NullMarked
package org.openipt.worksheet.web;

import org.jspecify.annotations.NullMarked;
