package org.rehabpath.internship;

import static org.rehabpath.internship.InternshipVariables.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.grant.PlanTerms;
import org.rehabpath.grant.PlanTermsRepository;
import org.rehabpath.models.ModelBean;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.variables.CaseVariables;

/**
 * Keeps the approved work-grant terms of the plan (bean {@code grantTerms}): the plan's at the start
 * of the internship, an adjusted plan's from the month after a programme manager approved it.
 */
@ModelBean("grantTerms")
public class GrantTermsRecorder {

  private final PlanTermsRepository terms;
  private final CurrentUser currentUser;

  public GrantTermsRecorder(PlanTermsRepository terms, CurrentUser currentUser) {
    this.terms = terms;
    this.currentUser = currentUser;
  }

  /**
   * At the start: the approved plan's terms from this month (after a change of site, the plan approved
   * again for the new site; the months before keep theirs).
   */
  public void recordInitial(DelegateExecution execution) {
    terms.insert(current(execution, EngineClock.thisMonth(), PLAN_WRITTEN_BY.get(execution), PLAN_APPROVED_BY.get(execution)));
  }

  /** After "Approve adjusted plan and grant": the adjusted terms, in force from next month. */
  public void recordAdjusted(DelegateExecution execution) {
    terms.insert(current(execution, EngineClock.thisMonth().plusMonths(1), PLAN_ADJUSTED_BY.get(execution),
        currentUser.idOrNull()));
  }

  private static PlanTerms current(DelegateExecution execution, YearMonth from, String writtenBy, String approvedBy) {
    BigDecimal grant = MONTHLY_GRANT.get(execution);
    Integer hours = WEEKLY_HOURS.get(execution);
    if (grant == null || hours == null || TARGET_GROUP.get(execution) == null) {
      throw new IllegalStateException("The plan's work-grant terms are incomplete (monthlyGrant, weeklyHours, targetGroup)");
    }
    return new PlanTerms(null, CaseVariables.CASE_REFERENCE.get(execution), from, TARGET_GROUP.get(execution).name(),
        hours, grant.setScale(2, RoundingMode.HALF_UP), GRANT_RATIONALE.get(execution), writtenBy, approvedBy);
  }
}
