package org.rehabpath.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;

/**
 * The rule of a decision table that an evaluation matched, read from the engine's history (level
 * full records every evaluation with the ids of its matched rules): a FIRST table's rules may share
 * their outputs, and a test of one rule should fail when another rule answers for it.
 */
public final class MatchedRule {

  private MatchedRule() {}

  /** Runs the evaluation and returns the id of the one rule it matched. */
  public static String of(HistoryService history, String decisionKey, Runnable evaluation) {
    Set<String> before = ids(history, decisionKey);
    evaluation.run();
    var added = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(decisionKey)
        .includeOutputs().list().stream().filter(instance -> !before.contains(instance.getId())).toList();
    assertThat(added).as("evaluations of " + decisionKey + " recorded").hasSize(1);
    Set<String> rules = added.get(0).getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId)
        .collect(Collectors.toSet());
    assertThat(rules).as("rules matched").hasSize(1);
    return rules.iterator().next();
  }

  private static Set<String> ids(HistoryService history, String decisionKey) {
    return history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(decisionKey).list().stream()
        .map(HistoricDecisionInstance::getId).collect(Collectors.toSet());
  }
}
