package org.rehabpath.plan;

import static org.rehabpath.plan.PlanVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.web.MessageText;

/** Complete listener of "Record tutoring plan": the form must be INDIVIDUAL, GROUP or BOTH. */
@ModelBean("tutoringPlanCheck")
public class TutoringPlanCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object value = TUTORING_FORM.submitted(task);
    for (TutoringForm form : TutoringForm.values()) {
      if (form.name().equals(value)) {
        return;
      }
    }
    throw FieldRefusal.of(TUTORING_FORM.name(),
        value == null ? MessageText.of("plan.tutoringForm.missing") : MessageText.of("plan.tutoringForm.invalid", value));
  }
}
