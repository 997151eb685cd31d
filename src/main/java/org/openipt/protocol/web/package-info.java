
@NullMarked
package org.openipt.protocol.web;

import org.jspecify.annotations.NullMarked;
