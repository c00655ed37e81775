package org.rehabpath.plan;

import static org.rehabpath.plan.PlanVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rehabpath.models.ModelBean;

/** Complete listener of "Record tutoring plan": the form must be INDIVIDUAL, GROUP or BOTH. */
@ModelBean("tutoringPlanCheck")
public class TutoringPlanCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object value = task.getVariable(TUTORING_FORM);
    for (TutoringForm form : TutoringForm.values()) {
      if (form.name().equals(value)) {
        return;
      }
    }
    throw new FormFieldValidationException(TUTORING_FORM,
        "Choose the tutoring form (tutoringForm): INDIVIDUAL, GROUP or BOTH"
            + (value == null ? "." : ", got '" + value + "'."));
  }
}
