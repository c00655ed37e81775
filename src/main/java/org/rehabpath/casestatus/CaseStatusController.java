package org.rehabpath.casestatus;

import org.rehabpath.security.PersonalData;
import org.rehabpath.security.ReadsPersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Case status", description = "Where a case stands: its phase, open tasks and phases so far; its audit trail")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class CaseStatusController {

  private final CaseStatusService cases;
  private final CaseAudit audit;

  public CaseStatusController(CaseStatusService cases, CaseAudit audit) {
    this.cases = cases;
    this.audit = audit;
  }

  @Operation(
      summary = "Who did what to the case and when (programme managers)",
      responses = {
        @ApiResponse(responseCode = "200", description = "The audit trail, oldest first"),
        @ApiResponse(responseCode = "403", description = "Only programme managers read audit trails"),
        @ApiResponse(responseCode = "404", description = "No such case in the user's service sites")
      })
  @ReadsPersonalData(PersonalData.AUDIT_TRAIL)
  @GetMapping("/{caseReference}/audit")
  public java.util.List<CaseAudit.AuditEntry> audit(@PathVariable String caseReference) {
    return audit.trail(caseReference);
  }

  @Operation(
      summary = "The phase of a case, its open tasks (names and groups) and its history of phases",
      responses = {
        @ApiResponse(responseCode = "200", description = "The case's status"),
        @ApiResponse(responseCode = "403", description = "The user's role may not read case status"),
        @ApiResponse(responseCode = "404", description = "No such case in the user's service sites")
      })
  @ReadsPersonalData(PersonalData.CASE_STATUS)
  @GetMapping("/{caseReference}")
  public CaseStatus status(@PathVariable String caseReference) {
    return cases.status(caseReference);
  }
}
