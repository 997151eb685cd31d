package org.openipt.measures.internal;

import ca.uhn.fhir.context.FhirContext;

/** One R4 context for the module: creating it is slow, using it is thread-safe. */
public final class Fhir {

    private static final FhirContext R4 = FhirContext.forR4();

    private Fhir() {
    }

    public static FhirContext r4() {
        return R4;
    }
}
