@NullMarked
package org.openipt.measures.web;

import org.jspecify.annotations.NullMarked;
