package org.rehabpath.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Server-side validation of Camunda Forms: every user task with a {@code camunda:formRef} gets a
 * built-in {@code complete} listener ({@link FormValidationListener}) that checks the submitted
 * variables against the task's form, so a task completed over REST obeys the same rules as one
 * completed in Tasklist. Built-in listeners run before the model's own complete listeners, so the
 * form's rules are checked before a phase's cross-field rules.
 */
@Component
public class CamundaFormValidation extends AbstractProcessEnginePlugin {

  private final FormValidationListener listener = new FormValidationListener(new FormSchemas());

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPreBPMNParseListeners(listeners);
    }
    listeners.add(new AddFormValidation(listener));
  }

  static class AddFormValidation extends AbstractBpmnParseListener {
    private final TaskListener listener;

    AddFormValidation(TaskListener listener) {
      this.listener = listener;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        TaskDefinition task = userTask.getTaskDefinition();
        if (task.getCamundaFormDefinitionKey() != null) {
          task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
        }
      }
    }
  }
}
