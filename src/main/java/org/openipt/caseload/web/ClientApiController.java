package org.openipt.caseload.web;

import java.net.URI;

import org.openipt.caseload.CaseloadEntry;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientDetails;
import org.openipt.caseload.ClientId;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients")
class ClientApiController {

    private final CaseloadService caseload;

    ClientApiController(CaseloadService caseload) {
        this.caseload = caseload;
    }

    @GetMapping
    @Operation(summary = "The caller's caseload, paged and searchable by name or record number")
    ResultPage<CaseloadEntry> caseload(CurrentUser user, @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return caseload.caseload(user, search, new PageRequestParams(page, size));
    }

    @PostMapping
    @Operation(summary = "Register a client; the calling clinician is assigned to them")
    ResponseEntity<ClientDetails> register(CurrentUser clinician, @Validated @RequestBody ClientForm body) {
        ClientId id = caseload.register(clinician, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id)).body(caseload.client(clinician, id));
    }

    @GetMapping("/{clientId}")
    @Operation(summary = "One client")
    ClientDetails client(CurrentUser user, @PathVariable ClientId clientId) {
        return caseload.client(user, clientId);
    }
}
