@NullMarked
package org.openipt.reporting.web;

import org.jspecify.annotations.NullMarked;
