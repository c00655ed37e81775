package org.rehabpath.activityplan;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.rehabpath.activityplan.ActivityPlan.NewMeasure;
import org.rehabpath.activityplan.MeasureKinds.MeasureKind;
import org.rehabpath.models.ModelBean;
import org.rehabpath.variables.CaseVariables;
import org.springframework.context.annotation.Lazy;

/**
 * Starts and ends {@code case-support} beside the case ({@code ${caseSupport...}} in
 * rehabilitation-case.bpmn), and adds the measures the decision {@code activity-measures} proposes
 * once the pathway is decided.
 */
@ModelBean("caseSupport")
public class CaseSupport {

  private final RuntimeService runtimeService;
  private final ActivityPlan plan;
  private final MeasureKinds kinds;

  CaseSupport(@Lazy RuntimeService runtimeService, ActivityPlan plan, MeasureKinds kinds) {
    this.runtimeService = runtimeService;
    this.plan = plan;
    this.kinds = kinds;
  }

  /** "Start supervisor support": the case's support instance, same business key and site. */
  public void start(DelegateExecution execution) {
    VariableMap variables = Variables.createVariables();
    for (var variable : List.of(CaseVariables.CASE_REFERENCE, CaseVariables.PARTICIPANT_NAME, CaseVariables.SERVICE_SITE)) {
      variables.putValue(variable.name(), variable.get(execution));
    }
    runtimeService.startProcessInstanceByKey(SupportVariables.PROCESS_KEY, execution.getProcessBusinessKey(), variables);
  }

  /** End listener of the case: its support ends with it (not when the case is deleted, as by erasure). */
  public void caseClosed(DelegateExecution execution) {
    if (execution.isCanceled() || execution.getProcessBusinessKey() == null) {
      return;
    }
    plan.leaveGroups(execution.getProcessBusinessKey(), org.rehabpath.engine.EngineClock.today());
    runtimeService.createMessageCorrelation(SupportVariables.MESSAGE_CASE_CLOSED)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .correlateAll();
  }

  /**
   * "Add the proposals to the activity plan": each measure kind the decision proposes that the plan
   * does not hold yet is added as PROPOSED, for the supervisor to agree with the participant.
   */
  public void addProposals(DelegateExecution execution) {
    String caseReference = CaseVariables.CASE_REFERENCE.get(execution);
    String site = CaseVariables.SERVICE_SITE.get(execution);
    List<String> proposed = SupportVariables.PROPOSED_MEASURES.find(execution).orElse(List.of());
    // Two rules may propose the same kind; a kind the plan holds open is not proposed again.
    java.util.Set<String> held = plan.measures(caseReference).stream()
        .filter(measure -> measure.status().isOpen())
        .map(ActivityPlan.Measure::kind)
        .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    for (String code : proposed) {
      MeasureKind kind = kinds.find(code).orElseThrow(() -> new IllegalStateException(
          "The decision activity-measures proposes " + code + ", which is not a kind of measure (measure_kind)"));
      if (held.add(code)) {
        plan.add(caseReference, site, new NewMeasure(code, kind.ownerRole(), null, null, null, MeasureStatus.PROPOSED,
            null, null, "activity-measures"));
      }
    }
  }
}
