/** FHIR R4 for every module that exports: one context. */
@NullMarked
package org.openipt.shared.fhir;

import org.jspecify.annotations.NullMarked;
