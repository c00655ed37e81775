package org.rehabpath.dataprotection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rehabpath.security.PersonalData;
import org.rehabpath.security.ReadsPersonalData;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data protection", description = "Who read a case's data; a copy of everything held on a participant (GDPR Art. 15 and 20)")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class DataProtectionController {

  private final ReadLogView readLog;
  private final ParticipantExport export;

  DataProtectionController(ReadLogView readLog, ParticipantExport export) {
    this.readLog = readLog;
    this.export = export;
  }

  @Operation(
      summary = "Who read the case's personal data, when, which kind and through which door (programme managers of"
          + " the case's site; clinicians of its clinical record for the clinical record's reads; the administrator)",
      responses = {
        @ApiResponse(responseCode = "200", description = "The reads the caller may see, oldest first, and the number of others"),
        @ApiResponse(responseCode = "403", description = "The user's role may not read the read log"),
        @ApiResponse(responseCode = "404", description = "No such case in the user's service sites")
      })
  @ReadsPersonalData(PersonalData.READ_LOG)
  @GetMapping(path = "/api/cases/{caseReference}/read-log", produces = MediaType.APPLICATION_JSON_VALUE)
  public ReadLogView.CaseReadLog readLog(@PathVariable String caseReference) {
    return readLog.of(caseReference);
  }

  @Operation(
      summary = "Everything held on the participant, but the clinical record, as JSON (programme managers of the case's site)",
      responses = {
        @ApiResponse(responseCode = "200", description = "The copy; also as a printable HTML document with Accept: text/html"),
        @ApiResponse(responseCode = "403", description = "Only programme managers export a participant's data"),
        @ApiResponse(responseCode = "404", description = "No such case in the user's service sites")
      })
  @ReadsPersonalData(PersonalData.EXPORT)
  @GetMapping(path = "/api/participants/{caseReference}/export", produces = MediaType.APPLICATION_JSON_VALUE)
  public ParticipantExport.Export export(
      @Parameter(example = "RC-2026-000001") @PathVariable String caseReference) {
    return export.ofServiceSite(caseReference);
  }

  @Operation(summary = "The same copy as a printable HTML document")
  @ReadsPersonalData(PersonalData.EXPORT)
  @GetMapping(path = "/api/participants/{caseReference}/export", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> exportPage(@PathVariable String caseReference) {
    return page(export.ofServiceSite(caseReference));
  }

  @Operation(
      summary = "The participant's clinical record (the clinical assessment, its values and decision) as JSON"
          + " (doctors and psychologists of the case's clinical record)",
      responses = {
        @ApiResponse(responseCode = "200", description = "The copy; also as HTML with Accept: text/html"),
        @ApiResponse(responseCode = "403", description = "Only the clinicians of the case's clinical record export it"),
        @ApiResponse(responseCode = "404", description = "No such case in the user's service sites")
      })
  @ReadsPersonalData(value = PersonalData.EXPORT, clinical = true)
  @GetMapping(path = "/api/participants/{caseReference}/export/clinical", produces = MediaType.APPLICATION_JSON_VALUE)
  public ParticipantExport.Export clinicalExport(@PathVariable String caseReference) {
    return export.ofClinicalRecord(caseReference);
  }

  @Operation(summary = "The clinical record's copy as a printable HTML document")
  @ReadsPersonalData(value = PersonalData.EXPORT, clinical = true)
  @GetMapping(path = "/api/participants/{caseReference}/export/clinical", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> clinicalExportPage(@PathVariable String caseReference) {
    return page(export.ofClinicalRecord(caseReference));
  }

  private static ResponseEntity<String> page(ParticipantExport.Export copy) {
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(ExportPage.of(copy));
  }
}
