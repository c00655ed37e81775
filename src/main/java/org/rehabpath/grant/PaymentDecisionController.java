package org.rehabpath.grant;

import org.rehabpath.security.PersonalData;
import org.rehabpath.security.ReadsPersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.rehabpath.grant.PaymentDecisions.Numbering;
import org.rehabpath.grant.WorkGrantPayment.EntryKind;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.ServiceSites;
import org.rehabpath.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Entitlements, payment decisions, corrections and annexes, for programme managers and finance. */
@RestController
@RequestMapping("/api")
@Tag(name = "Work-grant payments")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class PaymentDecisionController {

  private final PaymentDecisions decisions;
  private final WorkGrantPaymentRepository ledger;
  private final EntitlementRepository entitlements;
  private final CurrentUser currentUser;
  private final ServiceSites serviceSites;

  public PaymentDecisionController(PaymentDecisions decisions, WorkGrantPaymentRepository ledger,
      EntitlementRepository entitlements, CurrentUser currentUser, ServiceSites serviceSites) {
    this.decisions = decisions;
    this.ledger = ledger;
    this.entitlements = entitlements;
    this.currentUser = currentUser;
    this.serviceSites = serviceSites;
  }

  /** A decision paying entitlements: one or more months of one or more participants of one site. */
  public record DecisionRequest(@NotNull String serviceSite, @NotNull String number, @NotNull LocalDate date,
      @NotNull List<Long> entitlements) {}

  /** A correction of a ledger entry under a decision of its own. */
  public record CorrectionRequest(@NotNull String serviceSite, @NotNull String number, @NotNull LocalDate date,
      @NotNull Long entryId, @NotNull EntryKind kind, BigDecimal amount, @NotNull String reason) {}

  /** A decision with its entries. */
  public record DecisionWithEntries(PaymentDecision decision, List<WorkGrantPayment> entries) {}

  @Operation(summary = "The months' entitlements of the user's service sites, paid or not (status paid or unpaid)")
  @ReadsPersonalData(value = PersonalData.PAYMENTS, casesInAnswer = true)
  @GetMapping(path = "/entitlements", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<Entitlement> entitlements(
      @Parameter(example = "borlange") @RequestParam(required = false) String serviceSite,
      @Parameter(example = "2026-01") @RequestParam(required = false) YearMonth from,
      @Parameter(example = "2026-12") @RequestParam(required = false) YearMonth to,
      @Parameter(description = "paid or unpaid; both when absent") @RequestParam(required = false) String status) {
    currentUser.requireAnyGroup(PaymentController.FINANCE, "read work-grant entitlements");
    if (status != null && !List.of("paid", "unpaid").contains(status)) {
      throw new PaymentDecisionRefused(PaymentDecisionRefused.Reason.INVALID, "status",
          "status is paid or unpaid (or absent for both), not '" + (status.length() > 20 ? status.substring(0, 20) : status) + "'.");
    }
    List<String> sites = serviceSites.namedOrAllOwn(serviceSite, "read work-grant entitlements");
    YearMonth first = PaymentController.orStartOfYear(from);
    YearMonth last = PaymentController.orThisMonth(to);
    org.rehabpath.web.InvalidPeriodException.requireOrdered(first, last);
    return entitlements.between(first, last, sites).stream()
        .filter(e -> status == null || ("paid".equals(status) == e.paid())).toList();
  }

  @Operation(summary = "The payment decisions of the user's service sites in a year, with their totals")
  @GetMapping(path = "/payment-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<PaymentDecision> list(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String serviceSite) {
    currentUser.requireAnyGroup(PaymentController.FINANCE, "read payment decisions");
    List<String> sites = serviceSites.namedOrAllOwn(serviceSite, "read payment decisions");
    return ledger.decisions(year != null ? year : Year.now().getValue(), sites);
  }

  @Operation(summary = "A payment decision with its ledger entries")
  @ReadsPersonalData(value = PersonalData.PAYMENTS, casesInAnswer = true)
  @GetMapping(path = "/payment-decisions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public DecisionWithEntries one(@PathVariable long id) {
    PaymentDecision decision = readable(id);
    return new DecisionWithEntries(decision, ledger.entriesOf(id));
  }

  @Operation(summary = "The decision's annex for the municipality's finance system (CSV)")
  @ReadsPersonalData(value = PersonalData.PAYMENTS, casesInAnswer = true)
  @GetMapping(path = "/payment-decisions/{id}/annex", produces = "text/csv")
  public ResponseEntity<String> annex(@PathVariable long id) {
    PaymentDecision decision = readable(id);
    return ResponseEntity.ok()
        .contentType(new MediaType(PaymentController.CSV, StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"payment-decision-%s-%d-%s.csv\""
            .formatted(decision.serviceSite(), decision.year(), decision.number().replaceAll("[^A-Za-z0-9._-]", "_")))
        .body(decisions.annexCsv(decision));
  }

  @Operation(summary = "Approve a payment decision paying the given entitlements (four eyes; number unique per site and year)")
  @PostMapping(path = "/payment-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<PaymentDecision> approve(@Valid @RequestBody DecisionRequest request) {
    currentUser.requireAnyGroup(PaymentController.FINANCE, "approve payment decisions");
    serviceSites.requireOwn(request.serviceSite(), "approve payment decisions");
    PaymentDecision decision = decisions.approve(new Numbering(request.serviceSite(), request.number(), request.date()),
        request.entitlements(), currentUser.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(decision);
  }

  @Operation(summary = "Correct a ledger entry by a reversal or an adjustment, under a decision of its own")
  @PostMapping(path = "/payment-decisions/corrections", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<PaymentDecision> correct(@Valid @RequestBody CorrectionRequest request) {
    currentUser.requireAnyGroup(PaymentController.FINANCE, "correct payments");
    serviceSites.requireOwn(request.serviceSite(), "correct payments");
    PaymentDecision decision = decisions.correct(new Numbering(request.serviceSite(), request.number(), request.date()),
        request.entryId(), request.kind(), request.amount(), request.reason(), currentUser.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(decision);
  }

  private PaymentDecision readable(long id) {
    currentUser.requireAnyGroup(PaymentController.FINANCE, "read payment decisions");
    return ledger.findDecision(id).filter(d -> currentUser.worksAt(d.serviceSite()))
        // Another site's decision is not told apart from none.
        .orElseThrow(() -> new NotFoundException("There is no payment decision " + id + " at your service sites."));
  }
}
