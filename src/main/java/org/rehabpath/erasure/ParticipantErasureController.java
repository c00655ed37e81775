package org.rehabpath.erasure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/participants")
@Tag(name = "Participant erasure", description = "Erase a participant on their request (GDPR Art. 17)")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class ParticipantErasureController {

  private final ParticipantErasure erasure;

  public ParticipantErasureController(ParticipantErasure erasure) {
    this.erasure = erasure;
  }

  @Operation(
      summary = "Erase the participant of a case (programme managers of the case's service site)",
      description = "Deletes every process instance of the case and its history; the participant record keeps"
          + " only anonymous data, work-grant payments keep their amounts under an anonymous token, and the"
          + " erasure is recorded without personal data. All or nothing.",
      responses = {
        @ApiResponse(responseCode = "200", description = "Erased; the numbers of what was removed"),
        @ApiResponse(responseCode = "401", description = "No or wrong credentials"),
        @ApiResponse(responseCode = "403", description = "Only programme managers erase participants"),
        @ApiResponse(responseCode = "404", description = "No such case in the user's service sites, or erased before")
      })
  @DeleteMapping(path = "/{caseReference}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ErasureSummary erase(
      @Parameter(example = "RC-2026-000001", description = "the case reference") @PathVariable String caseReference) {
    return erasure.erase(caseReference);
  }
}
