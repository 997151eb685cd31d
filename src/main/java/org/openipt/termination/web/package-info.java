@NullMarked
package org.openipt.termination.web;

import org.jspecify.annotations.NullMarked;
