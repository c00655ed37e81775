package org.rehabpath.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an expression of a model may do, without the engine: the rules of {@link ModelExpressions}. */
class ModelExpressionsTest {

  final ModelExpressions expressions = new ModelExpressions(ModelSafetyPlugin.modelBeans());

  @Test
  void theShippedKindsOfExpressionRun() {
    for (String allowed : new String[] {"${participantName}", "Report attendance: ${participantName}",
        "#{execution.processBusinessKey}", "${stepRecorder.review(task)}", "${pathwaySettings.followUpAfter}",
        "${decisionResult.getSingleResult().targetGroup}", "${reviewDecision == 'CONTINUE'}", "${!eligible}",
        "${selectionOutcomes.record(execution, 'INCLUDED')}", "R/${pathwaySettings.siteVisitCycle}", "${now()}"}) {
      assertThat(expressions.problems(allowed)).as(allowed).isEmpty();
    }
  }

  @Test
  void everythingElseIsRefusedWithAReason() {
    for (String refused : new String[] {"${identityService.createUser('x')}", "${execution.getProcessEngineServices()}",
        "${execution.processEngineServices}", "${participantName.getClass()}", "${participantName['cl'.concat('ass')]}",
        "${stepRecorder.toString()}", "${stepRecorder.getClass().name}", "${pathwaySettings.followUpAfter.bytes}",
        "${dateTime().chronology}", "${dateTime().plusDays(1)}", "${pathwaySettings}", "${stepRecorder.review(pathwaySettings)}",
        "${x.y(1)}", "${execution}", "${task.execution.processEngine}", "${(participantName).class}", "${a ? b.class : c}",
        "${unknownFunction()}", "${"}) {
      assertThat(expressions.problems(refused)).as(refused).isNotEmpty();
    }
  }
}
