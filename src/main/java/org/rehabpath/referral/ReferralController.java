package org.rehabpath.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.rehabpath.referral.ReferralService.OpenedCase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/referrals")
@Tag(name = "Referrals", description = "Refer a participant: opens their case. An integration's first call")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class ReferralController {

  private final ReferralService referrals;

  public ReferralController(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Operation(
      summary = "Refer a participant: opens their case",
      responses = {
        @ApiResponse(responseCode = "201", description = "Case opened; Location names it"),
        @ApiResponse(responseCode = "400", description = "Malformed JSON, missing or invalid fields, unknown service site"),
        @ApiResponse(responseCode = "401", description = "No or wrong credentials"),
        @ApiResponse(responseCode = "403", description = "The user may not refer to that service site"),
        @ApiResponse(responseCode = "409", description = "The referral was received before: the problem's caseReference names the existing case"
            + " (absent when it is another service site's)")
      })
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<OpenedCase> refer(@Valid @RequestBody ReferralRequest referral) {
    OpenedCase opened;
    try {
      opened = referrals.open(referral);
    } catch (DuplicateKeyException sameReferralAtTheSameTime) {
      throw new DuplicateReferralException(referrals.existingCase(referral));
    }
    return ResponseEntity.created(URI.create("/api/cases/" + opened.caseReference())).body(opened);
  }
}
