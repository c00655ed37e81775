package org.rehabpath.grant;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The work-grant terms of a plan as a programme manager approved them (table {@code work_grant_terms}):
 * in force from {@code effectiveFrom} until a later approval. Never changed once stored.
 *
 * @param writtenBy who wrote or adjusted the plan
 * @param approvedBy the programme manager who approved it
 */
public record PlanTerms(
    Long id,
    String caseReference,
    YearMonth effectiveFrom,
    String targetGroup,
    int weeklyHours,
    BigDecimal monthlyGrant,
    String grantRationale,
    String writtenBy,
    String approvedBy) {}
