package org.rehabpath.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the individual plan and its payment decision say about the work grant.
 *
 * @param monthlyGrant the full monthly grant (from the DMN {@code work-grant}, approved by the manager)
 * @param weeklyHours the planned weekly hours of the internship
 * @param paymentDecisionNumber the number of the payment decision that authorises the payments
 * @param decisionDate the date of that decision
 */
public record GrantTerms(
    BigDecimal monthlyGrant, int weeklyHours, String paymentDecisionNumber, LocalDate decisionDate) {}
