package org.rehabpath.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The refusal of one form field by a check of the project's: the engine's own form-field exception,
 * which the engine REST API and Tasklist show as a 400 naming the field, and the task stays open.
 * Features throw it from here, so that only this module names Camunda's internal classes.
 */
public final class FieldRefusal {

  private FieldRefusal() {}

  /** The refusal of a field somewhere in the error's causes (the first ten), or null. */
  public static FormFieldValidationException find(Throwable error) {
    Throwable cause = error;
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return refusal;
      }
    }
    return null;
  }

  /** A refusal of the field (its variable name) with a message the user can act on. */
  public static RuntimeException of(String field, String message) {
    return new FormFieldValidationException(field, message);
  }
}
