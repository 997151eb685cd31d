@NullMarked
package org.openipt.retention.web;

import org.jspecify.annotations.NullMarked;
