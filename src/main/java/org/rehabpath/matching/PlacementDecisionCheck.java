package org.rehabpath.matching;

import static org.rehabpath.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.models.ModelBean;

/**
 * Complete listener of "Accept or decline placement": a decline needs a reason (HTTP 400 over REST;
 * the task stays open).
 */
@ModelBean("placementDecisionCheck")
public class PlacementDecisionCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PlacementDecision.check(HOST_DECISION.submitted(task), DECLINE_REASON.submitted(task));
  }
}
