package org.rehabpath.system;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.rehabpath.review.ReviewVariables;
import org.springframework.stereotype.Component;

/**
 * Full history, except the per-update copies of process variables (ACT_HI_DETAIL): the history keeps
 * each variable's latest value (ACT_HI_VARINST), every activity, task, decision and user operation.
 *
 * <p>Why: every value a variable ever had was stored twice more, once as a detail and, for JSON
 * values, once more as a byte array. For special-category data those copies are more places that
 * hold a health detail and that erasure must reach (data minimisation), and they were a fifth of the
 * rows written when a month passes for every internship at once (README "Performance").
 *
 * <p>The choices a form offers ({@link #FORM_CHOICES}, the steps of the ladder that the review and exit
 * forms offer) get no history at all: they are the ladder as it was, not a fact of the case, and the
 * answer chosen from them is kept. Each review wrote them as a history row and its byte array.
 */
@Component
public class LatestVariableValuesHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomHistoryEventHandlers(EngineConfigurationLists.with(
        configuration.getCustomHistoryEventHandlers(), new WithoutVariableDetails()));
    // In place of the engine's own database handler, which would write the details.
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** Variables that only list a form's choices. */
  static final Set<String> FORM_CHOICES = Set.of(ReviewVariables.STEP_OPTIONS);

  /** The engine's database history handler, writing no variable-update details and no form choices. */
  static class WithoutVariableDetails extends DbHistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent historyEvent) {
      if (historyEvent instanceof HistoricVariableUpdateEventEntity variable
          && FORM_CHOICES.contains(variable.getVariableName())) {
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
