package org.openipt.shared.fhir;

import ca.uhn.fhir.context.FhirContext;

/** One FHIR R4 context for the application: creating it is slow, using it is thread-safe. */
public final class Fhir {

    private static final FhirContext R4 = FhirContext.forR4();

    private Fhir() {
    }

    public static FhirContext r4() {
        return R4;
    }
}
