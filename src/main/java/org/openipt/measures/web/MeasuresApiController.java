package org.openipt.measures.web;

import org.openipt.course.CourseId;
import org.openipt.identity.CurrentUser;
import org.openipt.measures.MeasuresService;
import org.openipt.measures.ResponseId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A stored response as FHIR R4: a Bundle with the QuestionnaireResponse and, when complete, the total. */
@RestController
class MeasuresApiController {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final MeasuresService measures;

    MeasuresApiController(MeasuresService measures) {
        this.measures = measures;
    }

    @GetMapping(path = "/api/v1/courses/{courseId}/measures/{responseId}/fhir",
            produces = { "application/fhir+json", "application/json" })
    ResponseEntity<String> fhir(CurrentUser user, @PathVariable CourseId courseId,
            @PathVariable ResponseId responseId) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(measures.fhirBundle(user, courseId, responseId));
    }
}
