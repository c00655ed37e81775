package org.rehabpath.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A numbered payment decision of a service site (table {@code payment_decision}): the programme
 * manager's approval of the amounts of its ledger entries (the ASL's determina di liquidazione).
 * Numbers are unique within a service site and year.
 *
 * @param approvedBy empty only for a decision imported from before the system
 * @param total the sum of its entries
 * @param entries how many entries it holds
 */
public record PaymentDecision(
    Long id,
    String serviceSite,
    int year,
    String number,
    LocalDate date,
    String approvedBy,
    OffsetDateTime approvedAt,
    BigDecimal total,
    int entries) {}
