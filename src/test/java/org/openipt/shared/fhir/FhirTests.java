package org.openipt.shared.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * A FHIR document handed out carries no text the pages would not show: a right-to-left override stored in a name
 * before the boundary cleaned input, or a control character in a note, is gone from every resource of a bundle,
 * while line breaks and the rest of the text stay.
 */
class FhirTests {

    @Test
    void everyTextOfEveryResourceInABundleIsPrintable() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setResource(new Patient().addName(new HumanName().setText("Ana\u202Eztol\u202C Ruiz")));
        Observation observation = new Observation();
        observation.addNote().setText("Slept badly\u0001\nbetter on Sunday");
        bundle.addEntry().setResource(observation);

        String json = Fhir.json(bundle, false);

        assertThat(json).doesNotContain("\u202E").doesNotContain("\u202C").doesNotContain("\\u0001")
                .doesNotContain("\u0001").contains("Anaztol Ruiz").contains("Slept badly\\nbetter on Sunday");
    }
}
