package org.rehabpath.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * One entry of the work-grant ledger (table {@code work_grant_payment}), never changed once written:
 * a payment of one or more months of a case under a payment decision, or a correction of an earlier
 * entry (a reversal or an adjustment) under a decision of its own.
 *
 * @param id database id, {@code null} before it is stored
 * @param paymentMonth the first month the entry covers
 * @param lastMonth the last month it covers (the same month for a month's entitlement)
 * @param hoursAttended the hours reported for the month ({@code null} for imported historical
 *     payments that did not record them, and for corrections)
 * @param amount euros, negative for a reversal
 * @param entitlementId the entitlement it pays ({@code null} for imports and corrections)
 * @param correctsEntryId the entry a reversal or adjustment corrects
 */
public record WorkGrantPayment(
    Long id,
    String caseReference,
    String serviceSite,
    YearMonth paymentMonth,
    YearMonth lastMonth,
    BigDecimal hoursAttended,
    BigDecimal amount,
    EntryKind kind,
    String paymentDecisionNumber,
    LocalDate decisionDate,
    Long entitlementId,
    Long correctsEntryId,
    String correctionReason,
    String recordedBy,
    OffsetDateTime createdAt) {

  /** What an entry of the ledger is. */
  public enum EntryKind {
    PAYMENT,
    /** Minus the whole corrected entry. */
    REVERSAL,
    /** Plus or minus part of the corrected entry. */
    ADJUSTMENT
  }

  /** A payment of months first..last of a case (imported, or of one entitlement). */
  public static WorkGrantPayment payment(String caseReference, String serviceSite, YearMonth first, YearMonth last,
      BigDecimal hoursAttended, BigDecimal amount, String decisionNumber, LocalDate decisionDate, Long entitlementId,
      String recordedBy) {
    return new WorkGrantPayment(null, caseReference, serviceSite, first, last, hoursAttended, amount, EntryKind.PAYMENT,
        decisionNumber, decisionDate, entitlementId, null, null, recordedBy, null);
  }

  /** The months covered: {@code 2013-01..2013-03}, or one month. */
  public String months() {
    return paymentMonth.equals(lastMonth) ? paymentMonth.toString() : paymentMonth + ".." + lastMonth;
  }
}
