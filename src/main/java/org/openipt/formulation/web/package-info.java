@NullMarked
package org.openipt.formulation.web;

import org.jspecify.annotations.NullMarked;
