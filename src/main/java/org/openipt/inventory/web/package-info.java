@NullMarked
package org.openipt.inventory.web;

import org.jspecify.annotations.NullMarked;
