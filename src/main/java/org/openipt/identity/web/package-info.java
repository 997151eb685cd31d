
@NullMarked
package org.openipt.identity.web;

import org.jspecify.annotations.NullMarked;
