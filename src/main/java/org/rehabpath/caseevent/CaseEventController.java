package org.rehabpath.caseevent;

import org.rehabpath.security.PersonalData;
import org.rehabpath.security.ReadsPersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Case events", description = "Talks, employment found, studies started, withdrawal, pauses and resumptions")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class CaseEventController {

  private final CaseEventHistory history;

  CaseEventController(CaseEventHistory history) {
    this.history = history;
  }

  @Operation(summary = "The dated events of a case, oldest first (staff of its site; recorded from Tasklist's"
      + " \"Record a case event\")",
      responses = {
        @ApiResponse(responseCode = "200", description = "The events"),
        @ApiResponse(responseCode = "403", description = "Host tutors and integrations do not read a case's events"),
        @ApiResponse(responseCode = "404", description = "No such case in the user's service sites")
      })
  @ReadsPersonalData(PersonalData.EVENTS)
  @GetMapping("/api/cases/{caseReference}/events")
  public List<CaseEventRecords.CaseEvent> events(@PathVariable String caseReference) {
    return history.eventsOf(caseReference);
  }
}
