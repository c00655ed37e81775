package org.rehabpath.grant;

import static org.rehabpath.grant.PaymentDecisionRefused.Reason.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.rehabpath.grant.PaymentDecisionRefused.Reason;
import org.rehabpath.grant.WorkGrantPayment.EntryKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.rehabpath.web.MessageText;

/**
 * Payment decisions: a programme manager of the service site numbers and dates a decision and approves
 * the amounts it covers, one or more months of one or more participants; only then is an entitlement
 * paid. A correction is a new entry under a decision of its own: nothing paid is ever changed.
 *
 * <p>Four eyes: the approver never reported the attendance of a month the decision covers, nor wrote
 * or adjusted the plan whose terms it was computed with.
 */
@Service
public class PaymentDecisions {

  static final String NUMBER_PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}";
  /** The earliest year a decision may carry (the oldest payments the programmes keep). */
  static final int EARLIEST_YEAR = 2000;
  /** The ledger's amounts: NUMERIC(10, 2). */
  static final BigDecimal LARGEST_AMOUNT = new BigDecimal("99999999.99");
  static final int REASON_LENGTH = 500;

  private final WorkGrantPaymentRepository ledger;
  private final EntitlementRepository entitlements;
  private final PlanTermsRepository terms;

  public PaymentDecisions(WorkGrantPaymentRepository ledger, EntitlementRepository entitlements, PlanTermsRepository terms) {
    this.ledger = ledger;
    this.entitlements = entitlements;
    this.terms = terms;
  }

  /** What a manager numbers and dates. */
  public record Numbering(String serviceSite, String number, LocalDate date) {}

  /**
   * Checks a decision paying the entitlements, without recording it.
   *
   * @throws PaymentDecisionRefused saying why and at which field
   */
  public List<Entitlement> check(Numbering numbering, List<Long> entitlementIds, String approver) {
    checkNumbering(numbering);
    if (entitlementIds == null || entitlementIds.isEmpty()) {
      throw new PaymentDecisionRefused(INVALID, "entitlements", MessageText.of("grant.decision.noMonth"));
    }
    // Another site's entitlement is refused in the same words as one that does not exist.
    List<Entitlement> covered = entitlements.findByIds(entitlementIds).stream()
        .filter(e -> e.serviceSite().equals(numbering.serviceSite())).toList();
    if (covered.size() != entitlementIds.stream().distinct().count()) {
      throw new PaymentDecisionRefused(INVALID, "entitlements",
          MessageText.of("grant.decision.otherSite", numbering.serviceSite()));
    }
    YearMonth latest = covered.stream().map(Entitlement::month).max(YearMonth::compareTo).orElseThrow();
    if (numbering.date().isBefore(latest.atDay(1))) {
      throw new PaymentDecisionRefused(INVALID, "date",
          MessageText.of("grant.decision.beforeMonth", latest, latest.atDay(1)));
    }
    for (Entitlement e : covered) {
      if (e.paid()) {
        throw new PaymentDecisionRefused(CONFLICT, "entitlements",
            MessageText.of("grant.decision.alreadyPaid", e.caseReference(), e.month(), e.paidUnder()));
      }
      requireFourEyes(e, approver);
    }
    return covered;
  }

  /**
   * Records the decision and pays each entitlement under it, in one transaction: all or nothing.
   *
   * @throws PaymentDecisionRefused saying why; nothing is recorded
   */
  @Transactional
  public PaymentDecision approve(Numbering numbering, List<Long> entitlementIds, String approver) {
    List<Entitlement> covered = check(numbering, entitlementIds, approver);
    PaymentDecision decision = insertDecision(numbering, approver);
    for (Entitlement e : covered) {
      try {
        ledger.insert(WorkGrantPayment.payment(e.caseReference(), e.serviceSite(), e.month(), e.month(),
            e.hoursAttended(), e.amount(), numbering.number(), numbering.date(), e.id(), approver), decision.id());
      } catch (DuplicateKeyException paidMeanwhile) {
        throw new PaymentDecisionRefused(CONFLICT, "entitlements",
            MessageText.of("grant.decision.paidAMomentAgo", e.caseReference(), e.month()));
      }
    }
    return ledger.findDecision(decision.id()).orElseThrow();
  }

  /**
   * A correction of a ledger entry under a decision of its own: a reversal (minus the whole entry) or
   * an adjustment (plus or minus an amount), with the reason.
   */
  @Transactional
  public PaymentDecision correct(Numbering numbering, long entryId, EntryKind kind, BigDecimal amount, String reason,
      String approver) {
    checkNumbering(numbering);
    WorkGrantPayment entry = ledger.findById(entryId)
        .filter(e -> e.serviceSite().equals(numbering.serviceSite()))
        .orElseThrow(() -> new PaymentDecisionRefused(INVALID, "entryId",
            "There is no ledger entry " + entryId + " at service site " + numbering.serviceSite() + "."));
    if (reason == null || reason.isBlank()) {
      throw new PaymentDecisionRefused(INVALID, "reason", "Say why the entry is corrected.");
    }
    if (reason.strip().length() > REASON_LENGTH) {
      throw new PaymentDecisionRefused(INVALID, "reason", "The reason is at most " + REASON_LENGTH + " characters.");
    }
    if (kind == null || kind == EntryKind.PAYMENT) {
      throw new PaymentDecisionRefused(INVALID, "kind", "A correction is a REVERSAL or an ADJUSTMENT.");
    }
    if (entry.kind() != EntryKind.PAYMENT) {
      throw new PaymentDecisionRefused(INVALID, "entryId", "Correct the payment itself, not a correction of it.");
    }
    if (entry.entitlementId() != null) {
      requireFourEyes(entitlements.findById(entry.entitlementId()).orElseThrow(), approver);
    }
    List<WorkGrantPayment> earlier = ledger.correctionsOf(entryId);
    BigDecimal standing = entry.amount().add(earlier.stream().map(WorkGrantPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    BigDecimal change;
    if (earlier.stream().anyMatch(c -> c.kind() == EntryKind.REVERSAL)) {
      throw new PaymentDecisionRefused(CONFLICT, "entryId", "Entry " + entryId + " is reversed already: a reversed"
          + " payment is not corrected again (adjust a payment whose amount was wrong; reverse one that was not due).");
    }
    if (kind == EntryKind.REVERSAL) {
      if (amount != null) {
        throw new PaymentDecisionRefused(INVALID, "amount", "A reversal takes back the whole payment: give no amount.");
      }
      if (standing.signum() == 0) {
        throw new PaymentDecisionRefused(CONFLICT, "entryId", "Entry " + entryId + " stands at 0.00: nothing to reverse.");
      }
      change = standing.negate();
    } else {
      if (amount == null || amount.signum() == 0 || amount.scale() > 2 || amount.abs().compareTo(LARGEST_AMOUNT) > 0) {
        throw new PaymentDecisionRefused(INVALID, "amount", "An adjustment is an amount in euros and cents, not zero.");
      }
      if (standing.add(amount).signum() < 0) {
        throw new PaymentDecisionRefused(INVALID, "amount",
            "The adjustment would take the payment below zero (it stands at " + standing + "); reverse it instead.");
      }
      BigDecimal most = mostDue(entry);
      if (standing.add(amount).compareTo(most) > 0) {
        throw new PaymentDecisionRefused(INVALID, "amount", "The adjustment would take the payment to "
            + standing.add(amount) + ", more than the " + most + " its months could be due (it stands at " + standing + ").");
      }
      change = amount;
    }
    PaymentDecision decision = insertDecision(numbering, approver);
    ledger.insert(new WorkGrantPayment(null, entry.caseReference(), entry.serviceSite(), entry.paymentMonth(),
        entry.lastMonth(), null, change, kind, numbering.number(), numbering.date(), null, entryId, reason.strip(),
        approver, null), decision.id());
    return ledger.findDecision(decision.id()).orElseThrow();
  }

  /**
   * The most a payment may stand at after adjustments: the full monthly grant of its entitlement for
   * a month paid by the system, the amount paid for an imported payment (whose grant is not known).
   */
  private BigDecimal mostDue(WorkGrantPayment entry) {
    if (entry.entitlementId() == null) {
      return entry.amount();
    }
    return entitlements.findById(entry.entitlementId()).orElseThrow().monthlyGrant();
  }

  private PaymentDecision insertDecision(Numbering numbering, String approver) {
    try {
      return ledger.insertDecision(numbering.serviceSite(), numbering.number(), numbering.date(), approver);
    } catch (DuplicateKeyException usedMeanwhile) {
      throw numberUsed(numbering);
    }
  }

  private void checkNumbering(Numbering numbering) {
    if (numbering.number() == null || numbering.number().isBlank()) {
      throw new PaymentDecisionRefused(INVALID, "number",
          MessageText.of("grant.decision.number.missing"));
    }
    if (!numbering.number().matches(NUMBER_PATTERN)) {
      throw new PaymentDecisionRefused(INVALID, "number",
          MessageText.of("grant.decision.number.invalid"));
    }
    if (numbering.date() == null) {
      throw new PaymentDecisionRefused(INVALID, "date", MessageText.of("grant.decision.date.missing"));
    }
    if (numbering.date().isAfter(org.rehabpath.engine.EngineClock.today()) || numbering.date().getYear() < EARLIEST_YEAR) {
      throw new PaymentDecisionRefused(INVALID, "date",
          MessageText.of("grant.decision.date.notTaken", EARLIEST_YEAR, numbering.date()));
    }
    if (ledger.findDecision(numbering.serviceSite(), numbering.date().getYear(), numbering.number()).isPresent()) {
      throw numberUsed(numbering);
    }
  }

  private static PaymentDecisionRefused numberUsed(Numbering numbering) {
    return new PaymentDecisionRefused(CONFLICT, "number",
        MessageText.of("grant.decision.number.used", numbering.number(), numbering.date().getYear()));
  }

  private void requireFourEyes(Entitlement e, String approver) {
    if (approver == null) {
      return;
    }
    boolean reported = approver.equals(e.reportedBy());
    PlanTerms basis = terms.findById(e.termsId()).orElseThrow();
    boolean wrote = approver.equals(basis.writtenBy());
    if (reported || wrote) {
      String key = reported && wrote ? "grant.decision.fourEyes.reportedAndWrote"
          : reported ? "grant.decision.fourEyes.reported" : "grant.decision.fourEyes.wrote";
      throw new PaymentDecisionRefused(Reason.FOUR_EYES, "approver", MessageText.of(key, e.caseReference(), e.month()));
    }
  }

  /** The decision's annex for the finance system: one row per entry, then the total. */
  public String annexCsv(PaymentDecision decision) {
    List<WorkGrantPayment> entries = ledger.entriesOf(decision.id());
    BigDecimal total = entries.stream().map(WorkGrantPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(decision.total()) != 0) {
      throw new IllegalStateException("The entries of decision " + decision.id() + " do not add up to its total");
    }
    return PaymentCsv.annex(decision, entries);
  }
}
