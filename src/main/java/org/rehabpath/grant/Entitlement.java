package org.rehabpath.grant;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A month's work-grant entitlement of a case (table {@code work_grant_entitlement}): computed at the
 * attendance report from the plan's terms in force that month, paid only under a payment decision.
 *
 * @param daysInInternship the days of the month the internship ran (fewer in a month started or ended
 *     part-way)
 * @param plannedHours the plan's hours for those days
 * @param grantShare the share of the monthly grant due ({@code work-grant-month})
 * @param paidUnder the number of the decision that paid it, {@code null} while unpaid
 * @param paidUnderDecisionId that decision's id ({@code /api/payment-decisions/{id}}): numbers repeat
 *     from year to year
 */
public record Entitlement(
    Long id,
    String caseReference,
    String serviceSite,
    YearMonth month,
    long termsId,
    int weeklyHours,
    BigDecimal monthlyGrant,
    int daysInInternship,
    int daysInMonth,
    BigDecimal plannedHours,
    BigDecimal hoursAttended,
    BigDecimal grantShare,
    BigDecimal amount,
    String rationale,
    String reportedBy,
    String paidUnder,
    Long paidUnderDecisionId) {

  public boolean paid() {
    return paidUnder != null;
  }
}
