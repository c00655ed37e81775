package org.rehabpath.matching;

import static org.rehabpath.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Accept or decline placement": a decline needs a reason (HTTP 400 over REST;
 * the task stays open).
 */
@Component("placementDecisionCheck")
public class PlacementDecisionCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PlacementDecision.check(task.getVariable(HOST_DECISION), task.getVariable(DECLINE_REASON));
  }
}
