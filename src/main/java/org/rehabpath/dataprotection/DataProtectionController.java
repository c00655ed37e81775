package org.rehabpath.dataprotection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rehabpath.security.PersonalData;
import org.rehabpath.security.ReadsPersonalData;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data protection", description = "Who read a case's data")
@SecurityRequirement(name = "basic")
public class DataProtectionController {

  private final ReadLogView readLog;

  DataProtectionController(ReadLogView readLog) {
    this.readLog = readLog;
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
}
