package org.rehabpath.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * One monthly work-grant payment of a case (table {@code work_grant_payment}). A case is paid at
 * most once for a month.
 *
 * @param id database id, {@code null} before it is stored
 * @param paymentMonth the month the attendance covers (stored as its first day)
 * @param hoursAttended the hours the host tutor reported for the month ({@code null} only for
 *     imported historical payments that did not record them)
 */
public record WorkGrantPayment(
    Long id,
    String caseReference,
    String serviceSite,
    YearMonth paymentMonth,
    BigDecimal hoursAttended,
    BigDecimal amount,
    String paymentDecisionNumber,
    LocalDate decisionDate,
    OffsetDateTime createdAt) {}
