package org.rehabpath.engine;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.rehabpath.forms.FormSchemas;
import org.springframework.stereotype.Component;

/**
 * Server-side validation of Camunda Forms: every user task with a {@code camunda:formRef} gets a
 * built-in {@code complete} listener ({@link FormValidationListener}) that checks the submitted
 * variables against the task's form, so a task completed over REST obeys the same rules as one
 * completed in Tasklist. Built-in listeners run before the model's own complete listeners, so the
 * form's rules are checked before a phase's cross-field rules. A process's start event with a
 * {@code camunda:formRef} gets a built-in {@code start} listener ({@link StartFormValidationListener})
 * that checks a submitted start form likewise.
 */
@Component
public class CamundaFormValidation extends AbstractProcessEnginePlugin {

  private final FormCheck formCheck;

  CamundaFormValidation(FormSchemas forms) {
    this.formCheck = new FormCheck(forms);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreBPMNParseListeners(EngineConfigurationLists.with(configuration.getCustomPreBPMNParseListeners(),
        new AddFormValidation(new FormValidationListener(formCheck), new StartFormValidationListener(formCheck))));
  }

  static class AddFormValidation extends AbstractBpmnParseListener {
    private final TaskListener taskListener;
    private final ExecutionListener startListener;

    AddFormValidation(TaskListener taskListener, ExecutionListener startListener) {
      this.taskListener = taskListener;
      this.startListener = startListener;
    }

    @Override
    public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEvent) {
      // A start form belongs to the process's own start events, not to those of (event) subprocesses.
      boolean hasFormRef = startEventElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null;
      if (hasFormRef && scope instanceof ProcessDefinitionEntity) {
        startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_START, startListener);
      }
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        TaskDefinition task = userTask.getTaskDefinition();
        if (task.getCamundaFormDefinitionKey() != null) {
          task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, taskListener);
        }
      }
    }
  }
}
