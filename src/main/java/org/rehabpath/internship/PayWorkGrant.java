package org.rehabpath.internship;

import static org.rehabpath.internship.InternshipVariables.*;

import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rehabpath.grant.GrantTerms;
import org.rehabpath.grant.WorkGrantPayment;
import org.rehabpath.grant.WorkGrantPayments;
import org.rehabpath.models.ModelBean;
import org.rehabpath.variables.CaseVariables;

/**
 * "Pay work grant for the month": reads the month's attendance and the plan's grant terms and pays
 * the month once (bean {@code payWorkGrant}). A retried job or a second node finds the month paid and
 * leaves it as it is.
 */
@ModelBean("payWorkGrant")
public class PayWorkGrant implements JavaDelegate {

  private final WorkGrantPayments payments;

  public PayWorkGrant(WorkGrantPayments payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth month = require(ATTENDANCE_MONTH.get(execution), ATTENDANCE_MONTH.name());
    LocalDate decisionDate = PAYMENT_DECISION_DATE.get(execution);
    GrantTerms terms =
        new GrantTerms(
            require(MONTHLY_GRANT.get(execution), MONTHLY_GRANT.name()),
            require(WEEKLY_HOURS.get(execution), WEEKLY_HOURS.name()),
            require(PAYMENT_DECISION_NUMBER.get(execution), PAYMENT_DECISION_NUMBER.name()),
            require(decisionDate, PAYMENT_DECISION_DATE.name()));
    WorkGrantPayment payment =
        payments.payMonth(
            require(CaseVariables.CASE_REFERENCE.get(execution), CaseVariables.CASE_REFERENCE.name()),
            require(CaseVariables.SERVICE_SITE.get(execution), CaseVariables.SERVICE_SITE.name()),
            month,
            require(HOURS_ATTENDED.get(execution), HOURS_ATTENDED.name()),
            terms);
    LAST_PAYMENT_ID.set(execution, payment.id());
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("Cannot pay the work grant: variable " + name + " is missing");
    }
    return value;
  }
}
