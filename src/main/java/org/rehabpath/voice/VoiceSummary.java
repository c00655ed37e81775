package org.rehabpath.voice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rehabpath.models.ModelBean;
import org.rehabpath.variables.CaseVariables;

/**
 * Shows the participant's own change since the baseline on the tasks of those who read it (create
 * listener {@code ${voiceSummary.show(task)}}: the supervisor's follow-up, the interservice review), as
 * a task-local line of text; the answers themselves stay in the project's tables.
 */
@ModelBean("voiceSummary")
public class VoiceSummary {

  /** The task-local text the forms show. */
  public static final String VARIABLE = "ownVoiceChange";

  private final ParticipantVoiceFigures figures;

  VoiceSummary(ParticipantVoiceFigures figures) {
    this.figures = figures;
  }

  public void show(DelegateTask task) {
    task.setVariableLocal(VARIABLE, figures.summary(CaseVariables.CASE_REFERENCE.get(task)));
  }

  /** "empowerment +50.0, health +30.0, job readiness +25.0 since the baseline (3 questionnaires)". */
  static String describe(int questionnaires, Map<Dimension, BigDecimal> change) {
    if (questionnaires == 0) {
      return "no questionnaire answered yet";
    }
    if (change.isEmpty()) {
      return "the baseline only, so far";
    }
    List<String> parts = change.entrySet().stream()
        .map(e -> e.getKey().name().toLowerCase().replace('_', ' ') + " " + (e.getValue().signum() >= 0 ? "+" : "")
            + e.getValue())
        .toList();
    return String.join(", ", parts) + " since the baseline (" + questionnaires + " questionnaires, on 0-100)";
  }
}
