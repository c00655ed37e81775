package org.rehabpath.grant;

import org.rehabpath.security.PersonalData;
import org.rehabpath.security.ReadsPersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.Groups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
@Tag(name = "Work-grant payments", description = "Monthly payments for the finance office")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class PaymentController {

  static final List<String> FINANCE = List.of(Groups.PROGRAMME_MANAGERS);
  static final MediaType CSV = MediaType.parseMediaType("text/csv");

  private final PaymentReport payments;
  private final CurrentUser currentUser;

  public PaymentController(PaymentReport payments, CurrentUser currentUser) {
    this.payments = payments;
    this.currentUser = currentUser;
  }

  @Operation(summary = "The ledger of the user's service sites: entries whose first month is in from..to (JSON)")
  @ReadsPersonalData(value = PersonalData.PAYMENTS, casesInAnswer = true)
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public List<WorkGrantPayment> list(
      @Parameter(example = "2013-01", description = "first month, default January of this year") @RequestParam(required = false) YearMonth from,
      @Parameter(example = "2013-12", description = "last month, default this month") @RequestParam(required = false) YearMonth to) {
    currentUser.requireAnyGroup(FINANCE, "read payments");
    return payments.between(orStartOfYear(from), orThisMonth(to), currentUser.serviceSites());
  }

  @Operation(summary = "The same payments as CSV for the finance office (Accept: text/csv)")
  @ReadsPersonalData(value = PersonalData.PAYMENTS, casesInAnswer = true)
  @GetMapping(produces = "text/csv")
  public ResponseEntity<String> csv(
      @RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to) {
    List<WorkGrantPayment> rows = list(from, to);
    return ResponseEntity.ok()
        .contentType(new MediaType(CSV, java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"work-grant-payments-%s-%s.csv\""
            .formatted(orStartOfYear(from), orThisMonth(to)))
        .body(PaymentCsv.write(rows));
  }

  @Operation(
      summary = "Import historical payments from CSV: all rows, or none if any row is bad",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "text/csv",
          examples = @ExampleObject("case_reference,service_site,first_month,last_month,hours_attended,amount,kind,"
              + "payment_decision_number,decision_date\n"
              + "VCO-2013-01,asl-vco,2012-10,2013-03,,1560.00,PAYMENT,293,2013-03-27\n"))),
      responses = {
        @ApiResponse(responseCode = "201", description = "Every row imported"),
        @ApiResponse(responseCode = "400", description = "Nothing imported; each bad row with its line number")
      })
  @PostMapping(path = "/import", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Integer>> importCsv(@RequestBody String csv) {
    currentUser.requireAnyGroup(FINANCE, "import payments");
    int imported = payments.importCsv(new StringReader(csv), currentUser.serviceSites(), currentUser.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", imported));
  }

  /** The first month of a period: January of this year when none is given. */
  static YearMonth orStartOfYear(YearMonth from) {
    return from != null ? from : YearMonth.now().withMonth(1);
  }

  /** The last month of a period: this month when none is given. */
  static YearMonth orThisMonth(YearMonth to) {
    return to != null ? to : YearMonth.now();
  }
}
