/** Reading our FHIR Questionnaires into instrument definitions (HAPI FHIR stays behind this package). */
@NullMarked
package org.openipt.measures.internal;

import org.jspecify.annotations.NullMarked;
