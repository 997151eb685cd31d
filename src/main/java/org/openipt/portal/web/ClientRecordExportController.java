package org.openipt.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.openipt.caseload.ClientId;
import org.openipt.identity.CurrentUser;
import org.openipt.portal.MyDataService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A subject-access request: the client's clinician (or supervisor) downloads the record exactly as the client's own
 * "My data" gives it, as PDF and FHIR R4 JSON, whether or not the client uses the portal. The file names carry no
 * name, so that a download folder says nothing about whose record it is.
 */
@Controller
class ClientRecordExportController {

    private final MyDataService data;

    ClientRecordExportController(MyDataService data) {
        this.data = data;
    }

    @GetMapping("/clients/{clientId}/record.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser staff, @PathVariable ClientId clientId, Locale locale) {
        return MyDataController.download(data.pdfOf(staff, clientId, locale), MediaType.APPLICATION_PDF,
                "client-record.pdf");
    }

    @GetMapping("/clients/{clientId}/record.json")
    ResponseEntity<byte[]> json(CurrentUser staff, @PathVariable ClientId clientId) {
        return MyDataController.download(data.fhirJsonOf(staff, clientId).getBytes(StandardCharsets.UTF_8),
                MyDataController.FHIR_JSON, "client-record.json");
    }
}
