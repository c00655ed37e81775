package org.rehabpath.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets a {@link FormFieldValidationException} thrown by a task listener reach the caller as itself.
 * The engine wraps every task-listener exception in a plain ProcessEngineException ("Exception while
 * invoking TaskListener: ..."), which the engine REST API answers with 500; unwrapped, completing or
 * submitting the task answers 400 with the listener's message, and the task stays open. The refusal is
 * also remembered for the request, whose answer then names its field ({@link FieldRefusalResponses}).
 */
@Component
public class FormFieldValidationErrors extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
    List<CommandInterceptor> withUnwrapping = new ArrayList<>();
    // First: the outermost interceptor, so the transaction has been rolled back already.
    withUnwrapping.add(new Unwrapping());
    if (interceptors != null) {
      withUnwrapping.addAll(interceptors);
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(withUnwrapping);
  }

  static class Unwrapping extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        FormFieldValidationException refusal = FieldRefusal.find(e);
        if (refusal == null) {
          throw e;
        }
        FieldRefusalResponses.remember(refusal);
        throw refusal;
      }
    }
  }
}
