@NullMarked
package org.openipt.shared.web;

import org.jspecify.annotations.NullMarked;
