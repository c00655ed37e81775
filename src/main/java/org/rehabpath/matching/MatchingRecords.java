package org.rehabpath.matching;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rehabpath.models.ModelBean;

/** Records on the matching instance (bean {@code matchingRecords}, used by execution listeners). */
@ModelBean("matchingRecords")
public class MatchingRecords {

  /** Sets matchingOutcome, e.g. REROUTED when the programme manager sends the case elsewhere. */
  public void recordOutcome(DelegateExecution execution, String outcome) {
    MatchingVariables.MATCHING_OUTCOME.set(execution, MatchingOutcome.valueOf(outcome));
  }
}
