package org.rehabpath.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The case reference and the participant's name on every task, as task variables, for the Participant
 * and Case columns of Tasklist's filters. A filter's columns show what the user may read: a task's own
 * variables are readable by whoever may read the task (its candidates and assignee), the case's only by
 * those who may read the whole case (doctors, managers). Copying the two names to the task lets every
 * role tell its tasks apart without reading anything more of the case.
 */
@Component
public class TaskListColumns extends AbstractProcessEnginePlugin {

  /** What a task shows of its case in the list; nothing sensitive. */
  static final List<ProcessVariable<String>> COLUMNS =
      List.of(CaseVariables.PARTICIPANT_NAME, CaseVariables.CASE_REFERENCE);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostBPMNParseListeners(EngineConfigurationLists.with(
        configuration.getCustomPostBPMNParseListeners(), new AddColumns()));
  }

  static class AddColumns extends AbstractBpmnParseListener {
    private final TaskListener copyColumns = TaskListColumns::copy;

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, copyColumns);
      }
    }
  }

  static void copy(DelegateTask task) {
    for (ProcessVariable<String> column : COLUMNS) {
      String value = column.get(task.getExecution());
      if (value != null) {
        task.setVariableLocal(column.name(), value);
      }
    }
  }
}
