package org.rehabpath.internship;

import static org.rehabpath.internship.InternshipVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rehabpath.grant.Entitlement;
import org.rehabpath.grant.MonthlyEntitlements;
import org.rehabpath.grant.MonthlyEntitlements.MonthFacts;
import org.rehabpath.models.ModelBean;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.variables.CaseVariables;

/**
 * The month's work-grant entitlement in {@code internship.bpmn} (bean {@code monthEntitlement}): who
 * reported the attendance, the decision's inputs worked out, and the entitlement recorded with the
 * decision's share.
 */
@ModelBean("monthEntitlement")
public class MonthEntitlement {

  private final MonthlyEntitlements entitlements;
  private final CurrentUser currentUser;

  public MonthEntitlement(MonthlyEntitlements entitlements, CurrentUser currentUser) {
    this.entitlements = entitlements;
    this.currentUser = currentUser;
  }

  /** Complete listener of the attendance report: who reported it does not approve its payment. */
  public void reportedBy(DelegateTask task) {
    ATTENDANCE_REPORTED_BY.set(task.getExecution(), currentUser.idOrNull());
  }

  /** "Work out the month's attendance": the inputs of {@code work-grant-month}. */
  public void workOut(DelegateExecution execution) {
    MonthFacts facts = facts(execution);
    MONTH_SHARE.set(execution, BigDecimal.valueOf(facts.monthShare()));
    ATTENDANCE_SHARE.set(execution, BigDecimal.valueOf(facts.attendanceShare()));
  }

  /** "Record the month's entitlement": once per case and month. */
  public void record(DelegateExecution execution) {
    BigDecimal share = require(GRANT_SHARE.get(execution), GRANT_SHARE.name());
    Entitlement entitlement = entitlements.record(
        require(CaseVariables.CASE_REFERENCE.get(execution), CaseVariables.CASE_REFERENCE.name()),
        require(CaseVariables.SERVICE_SITE.get(execution), CaseVariables.SERVICE_SITE.name()),
        require(ATTENDANCE_MONTH.get(execution), ATTENDANCE_MONTH.name()),
        facts(execution), share.doubleValue(), require(MONTH_RATIONALE.get(execution), MONTH_RATIONALE.name()),
        ATTENDANCE_REPORTED_BY.get(execution));
    LAST_ENTITLEMENT_ID.set(execution, entitlement.id());
  }

  private MonthFacts facts(DelegateExecution execution) {
    YearMonth month = require(ATTENDANCE_MONTH.get(execution), ATTENDANCE_MONTH.name());
    Date started = INTERNSHIP_STARTED_AT.get(execution);
    LocalDate start = started == null ? null : started.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    return entitlements.facts(
        require(CaseVariables.CASE_REFERENCE.get(execution), CaseVariables.CASE_REFERENCE.name()), month, start,
        PLANNED_END_DATE.get(execution), require(HOURS_ATTENDED.get(execution), HOURS_ATTENDED.name()));
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("Cannot record the month's work grant: variable " + name + " is missing");
    }
    return value;
  }
}
