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
import org.rehabpath.pathway.CaseVariables;

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
    YearMonth month = require(attendanceMonth(execution), ATTENDANCE_MONTH);
    LocalDate decisionDate = paymentDecisionDate(execution);
    GrantTerms terms =
        new GrantTerms(
            require(monthlyGrant(execution), MONTHLY_GRANT),
            require(weeklyHours(execution), WEEKLY_HOURS),
            require(paymentDecisionNumber(execution), PAYMENT_DECISION_NUMBER),
            require(decisionDate, PAYMENT_DECISION_DATE));
    WorkGrantPayment payment =
        payments.payMonth(
            require(CaseVariables.caseReference(execution), CaseVariables.CASE_REFERENCE),
            require(CaseVariables.serviceSite(execution), CaseVariables.SERVICE_SITE),
            month,
            require(hoursAttended(execution), HOURS_ATTENDED),
            terms);
    execution.setVariable(LAST_PAYMENT_ID, payment.id());
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("Cannot pay the work grant: variable " + name + " is missing");
    }
    return value;
  }
}
