package org.openipt.shared.fhir;

import java.util.Objects;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.StringType;
import org.openipt.shared.Text;

import ca.uhn.fhir.context.FhirContext;

/** One FHIR R4 context for the application: creating it is slow, using it is thread-safe. */
public final class Fhir {

    private static final FhirContext R4 = FhirContext.forR4();

    private Fhir() {
    }

    public static FhirContext r4() {
        return R4;
    }

    /**
     * A resource as JSON to hand out, its every text as the pages show it ({@link Text#printable}): whatever was
     * stored before the boundary cleaned input (a control character, a right-to-left override in a name) never
     * reaches another system.
     */
    public static String json(IBaseResource resource, boolean pretty) {
        printable(resource);
        return R4.newJsonParser().setPrettyPrint(pretty).encodeResourceToString(resource);
    }

    /** Every text of the resource, and of each resource in it when it is a bundle (the terser stops at entries). */
    private static void printable(IBaseResource resource) {
        if (resource instanceof Bundle bundle) {
            bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Objects::nonNull)
                    .forEach(Fhir::printable);
        }
        for (StringType text : R4.newTerser().getAllPopulatedChildElementsOfType(resource, StringType.class)) {
            if (text.getValue() != null) {
                text.setValue(Text.printable(text.getValue()));
            }
        }
    }
}
