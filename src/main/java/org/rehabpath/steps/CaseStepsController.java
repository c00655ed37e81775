package org.rehabpath.steps;

import org.rehabpath.security.PersonalData;
import org.rehabpath.security.ReadsPersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Case steps", description = "The participant's steps toward work, studies or self-support, as the reviews and the exit recorded them")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class CaseStepsController {

  private final CaseSteps caseSteps;

  public CaseStepsController(CaseSteps caseSteps) {
    this.caseSteps = caseSteps;
  }

  @Operation(
      summary = "The dated steps of a case on the step ladder (reviews and exit), oldest first, with the"
          + " movement between consecutive steps",
      responses = {
        @ApiResponse(responseCode = "200", description = "The case's steps"),
        @ApiResponse(responseCode = "403", description = "The user's role may not read case status"),
        @ApiResponse(responseCode = "404", description = "No such case in the user's service sites")
      })
  @ReadsPersonalData(PersonalData.STEPS)
  @GetMapping("/api/cases/{caseReference}/steps")
  public CaseSteps.StepHistory steps(@PathVariable String caseReference) {
    return caseSteps.of(caseReference);
  }
}
