package org.rehabpath.engine;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Full history, except the per-update copies of process variables (ACT_HI_DETAIL): the history keeps
 * each variable's latest value (ACT_HI_VARINST), every activity, task, decision and user operation.
 *
 * <p>Why: every value a variable ever had was stored twice more, once as a detail and, for JSON
 * values, once more as a byte array. For special-category data those copies are more places that
 * hold a health detail and that erasure must reach (data minimisation), and they were a fifth of the
 * rows written when a month passes for every internship at once (docs/performance.md).
 *
 * <p>The choices a form offers ({@link FormChoiceVariables}, such as the steps of the ladder that the
 * review and exit forms offer) get no history at all: they are the ladder as it was, not a fact of
 * the case, and the answer chosen from them is kept. Each review wrote them as a history row and its
 * byte array.
 */
@Component
public class LatestVariableValuesHistory extends AbstractProcessEnginePlugin {

  /** Variables that only list a form's choices, named by the features ({@link FormChoiceVariables}). */
  private final Set<String> formChoices;

  /** Variables that pass through a form into the project's tables ({@link TransientFormVariables}). */
  private final List<TransientFormVariables> transientVariables;

  public LatestVariableValuesHistory(List<FormChoiceVariables> formChoices, List<TransientFormVariables> transientVariables) {
    this.formChoices = formChoices.stream().flatMap(choices -> choices.names().stream())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.transientVariables = List.copyOf(transientVariables);
  }

  private boolean withoutHistory(String variableName) {
    return formChoices.contains(variableName) || transientVariables.stream().anyMatch(v -> v.covers(variableName));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomHistoryEventHandlers(EngineConfigurationLists.with(
        configuration.getCustomHistoryEventHandlers(), new WithoutVariableDetails(this::withoutHistory)));
    // In place of the engine's own database handler, which would write the details.
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** The engine's database history handler, writing no variable-update details and no form choices. */
  static class WithoutVariableDetails extends DbHistoryEventHandler {
    private final java.util.function.Predicate<String> withoutHistory;

    WithoutVariableDetails(java.util.function.Predicate<String> withoutHistory) {
      this.withoutHistory = withoutHistory;
    }

    @Override
    public void handleEvent(HistoryEvent historyEvent) {
      if (historyEvent instanceof HistoricVariableUpdateEventEntity variable
          && withoutHistory.test(variable.getVariableName())) {
        return;
      }
      // A task completed through its form (submit-form) records each field submitted as a form-field detail.
      if (historyEvent instanceof org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity field
          && withoutHistory.test(field.getPropertyId())) {
        return;
      }
      super.handleEvent(historyEvent);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
      return false;
    }
  }
}
