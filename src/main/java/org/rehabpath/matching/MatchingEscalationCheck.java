package org.rehabpath.matching;

import static org.rehabpath.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.web.MessageText;

/** Complete listener of "Matching overdue": the decision must be KEEP_SEARCHING or REROUTE. */
@ModelBean("matchingEscalationCheck")
public class MatchingEscalationCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object decision = MATCHING_ESCALATION_DECISION.submitted(task);
    if (!KEEP_SEARCHING.equals(decision) && !REROUTE.equals(decision)) {
      throw FieldRefusal.of(MATCHING_ESCALATION_DECISION.name(),
          decision == null ? MessageText.of("matching.escalation.missing")
              : MessageText.of("matching.escalation.invalid", decision));
    }
  }
}
