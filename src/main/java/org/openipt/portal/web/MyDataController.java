package org.openipt.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.openipt.identity.CurrentUser;
import org.openipt.portal.MyDataService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My data": the page that explains the two downloads, and the downloads themselves — a PDF to read and a FHIR R4
 * Bundle (JSON) to take to another service. Nothing is kept by a browser's cache; the file names carry no health
 * information.
 */
@Controller
class MyDataController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final MyDataService data;

    MyDataController(MyDataService data) {
        this.data = data;
    }

    @GetMapping("/me/data")
    String page() {
        return "portal/data";
    }

    @GetMapping("/me/data/my-record.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser client, Locale locale) {
        return download(data.pdf(client, locale), MediaType.APPLICATION_PDF, "my-record.pdf");
    }

    @GetMapping("/me/data/my-record.json")
    ResponseEntity<byte[]> json(CurrentUser client) {
        return download(data.fhirJson(client).getBytes(StandardCharsets.UTF_8), FHIR_JSON, "my-record.json");
    }

    /** A file to keep, never cached on the way (it holds health information). */
    static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
